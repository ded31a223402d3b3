import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, normalize, parse, relative, resolve, sep } from 'node:path';
import { BriefdeckError } from '../errors.js';

/**
 * Output folders. briefdeck replaces only what it wrote: every folder it builds holds a
 * manifest of its files and their SHA-256. A later build into that folder replaces those files
 * and leaves everything else as it was; a folder without a manifest (not proven to be
 * briefdeck's) is never touched unless it is empty. Folders that must never be an output — the
 * current folder or one above it, a folder holding the deck's input, a repository root, the
 * home folder, `/` — are refused whatever they hold.
 */

/** The manifest's name inside an output folder. */
export const MANIFEST = '.briefdeck-manifest.json';

interface Manifest {
  generator: 'briefdeck';
  /** Relative paths, `/`-separated → SHA-256 (hex) of the bytes briefdeck wrote. */
  files: Record<string, string>;
}

/** What the caller knows about the build: where it runs and what it reads. */
export interface OutputGuard {
  cwd: string;
  /** The deck's input files and folders (the essay, its deck folder, deck.yaml). */
  inputs: readonly string[];
}

/** The output folder, symlinks resolved, and what it holds now. */
type OutputState = { dir: string } & (
  | { kind: 'absent' | 'empty' }
  /** An earlier output; `foreign` lists what the user added beside it (kept). */
  | { kind: 'output'; manifest: Manifest; foreign: string[] }
);

/** The SHA-256 of some bytes, in hex, as the manifest lists each file's. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const sha256 = (path: string): string => sha256Of(readFileSync(path));

/**
 * What a writer into the temporary folder knows of the files it wrote: each one's `sha256Of`, by
 * its path. The manifest takes those instead of reading the files back (a long essay's page is
 * some megabytes); any file not listed is read and hashed.
 */
export type WrittenHashes = Map<string, string>;

/** `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/** The path with symlinks resolved as far as it exists (the rest appended as written). */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, absolute));
}

/** Every file under `dir`, as `/`-separated relative paths; symlinks are listed, not followed. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function readManifest(dir: string): Manifest | null {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
    if (data.generator !== 'briefdeck' || typeof data.files !== 'object' || data.files === null) return null;
    const files: Record<string, string> = {};
    for (const [name, hash] of Object.entries(data.files)) {
      // A manifest is only a claim: a path out of the folder (`../x`, `/x`) makes it worthless.
      const clean = normalize(name);
      if (typeof hash !== 'string' || isAbsolute(clean) || clean.startsWith('..') || name.includes('\\') || clean === MANIFEST) return null;
      files[name] = hash;
    }
    return { generator: 'briefdeck', files };
  } catch {
    return null;
  }
}

function refuse(dir: string, why: string, hint: string): never {
  throw new BriefdeckError(`refusing to write the deck into this folder: ${why}`, { file: dir, hint });
}

const CHOOSE = 'Choose a new or empty folder with --out (the default is dist/).';

/**
 * Checks that briefdeck may write its output into `outDir`, before any work is done, and says
 * what is there. Throws a BriefdeckError naming the folder and the reason otherwise.
 */
export function checkOutputDir(outDir: string, guard: OutputGuard): OutputState {
  const dir = realPath(outDir);
  if (existsSync(dir) && !lstatSync(dir).isDirectory()) refuse(outDir, 'it is a file, not a folder', CHOOSE);
  if (dir === parse(dir).root || dir === realPath(homedir())) refuse(outDir, 'it is the file system root or your home folder', CHOOSE);
  const cwd = realPath(guard.cwd);
  if (within(cwd, dir)) {
    refuse(outDir, dir === cwd ? 'it is the current folder' : `it holds the current folder (${cwd})`, CHOOSE);
  }
  for (const input of guard.inputs) {
    if (within(realPath(input), dir))
      refuse(outDir, `it holds the deck’s input (${input})`, `${CHOOSE} It must not hold the essay or its deck folder.`);
  }
  if (!existsSync(dir)) return { dir, kind: 'absent' };
  if (existsSync(join(dir, '.git'))) refuse(outDir, 'it is the root of a repository', CHOOSE);
  const present = listFiles(dir);
  if (present.length === 0) return { dir, kind: 'empty' };
  const manifest = readManifest(dir);
  if (!manifest) {
    refuse(
      outDir,
      `it is not a folder briefdeck built (it has no valid ${MANIFEST})`,
      `${CHOOSE} briefdeck replaces only files it recorded as its own; remove the folder yourself if it is an old deck.`,
    );
  }
  for (const [name, hash] of Object.entries(manifest.files)) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const link = relative(dir, realPath(path)) !== normalize(name);
    if (link || !lstatSync(path).isFile()) refuse(outDir, `${name} is no longer the file briefdeck wrote`, CHOOSE);
    if (sha256(path) !== hash) {
      refuse(
        outDir,
        `${name} was changed after briefdeck wrote it`,
        `Move your edited ${name} elsewhere, or choose another folder with --out.`,
      );
    }
  }
  const foreign = present.filter((name) => name !== MANIFEST && !(name in manifest.files));
  return { dir, kind: 'output', manifest, foreign };
}

/** A sibling temporary path: renaming it into place is atomic on one file system. */
export function temporarySibling(target: string): string {
  return join(dirname(target), `.briefdeck-tmp-${basename(target)}-${process.pid}-${Date.now()}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A fresh temporary folder `$TMPDIR/<prefix><pid>-XXXXXX`. The pid in the name lets a later run
 * remove the folders of a run that was killed before it could (removeStaleWorkFolders).
 */
export function workFolder(prefix: string): string {
  removeStaleWorkFolders(prefix);
  return mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
}

/** Removes `$TMPDIR/<prefix><pid>-*` folders whose process is gone. */
export function removeStaleWorkFolders(prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid && Number(pid) !== process.pid && !processAlive(Number(pid))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** Removes temporary siblings of `target` left by a briefdeck run that was killed while writing. */
export function removeLeftovers(target: string): void {
  const parent = dirname(resolve(target));
  if (!existsSync(parent)) return;
  const prefix = `.briefdeck-tmp-${basename(target)}-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)-\d+(?:-old)?$/.exec(name.slice(prefix.length))?.[1];
    if (pid && Number(pid) !== process.pid && !processAlive(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function writeManifest(dir: string, known: ReadonlyMap<string, string>): Manifest {
  const files: Record<string, string> = {};
  for (const name of listFiles(dir)) {
    const path = join(dir, name);
    files[name] = known.get(path) ?? sha256(path);
  }
  const manifest: Manifest = { generator: 'briefdeck', files };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
function pruneEmpty(dir: string, root: string): void {
  for (let at = dir; at !== root && within(at, root); at = dirname(at)) {
    if (readdirSync(at).length > 0) return;
    rmdirSync(at);
  }
}

/**
 * Replaces the files of an earlier output that also holds the user's own files: the old
 * files briefdeck wrote move aside, the new ones move in, the user's stay where they are.
 * On an error, everything moved is moved back.
 */
function replaceOwnFiles(outDir: string, tmp: string, manifest: Manifest, fresh: Manifest, foreign: readonly string[]): void {
  const clash = Object.keys(fresh.files).find((name) => foreign.includes(name));
  if (clash) refuse(outDir, `the new deck would overwrite ${clash}, which briefdeck did not write`, CHOOSE);
  const old = `${tmp}-old`;
  const moves: Array<[from: string, to: string]> = [];
  const move = (from: string, to: string): void => {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
    moves.push([from, to]);
  };
  try {
    for (const name of [...Object.keys(manifest.files), MANIFEST]) {
      if (existsSync(join(outDir, name))) move(join(outDir, name), join(old, name));
    }
    for (const name of [...Object.keys(fresh.files), MANIFEST]) move(join(tmp, name), join(outDir, name));
  } catch (error) {
    for (const [from, to] of moves.reverse()) renameSync(to, from);
    throw error;
  }
  for (const name of Object.keys(manifest.files)) if (!(name in fresh.files)) pruneEmpty(dirname(join(outDir, name)), outDir);
  rmSync(old, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}

/**
 * Runs `write` into a temporary folder beside `outDir`, records what it wrote in the
 * manifest, then puts it in place: by one rename when `outDir` is new, empty or holds only an
 * earlier output, file by file when the user keeps files of their own there. On failure the
 * temporary folder is removed and `outDir` is left as it was. `write` may note the hashes of
 * the files it writes in `hashes` (see WrittenHashes). Returns the files written,
 * relative to `outDir` and `/`-separated, as the manifest lists them.
 */
export async function writeOutputDir(
  outDir: string,
  guard: OutputGuard,
  write: (tmpDir: string, hashes: WrittenHashes) => Promise<void>,
): Promise<string[]> {
  const state = checkOutputDir(outDir, guard);
  const { dir } = state;
  mkdirSync(dirname(dir), { recursive: true });
  removeLeftovers(dir);
  const tmp = temporarySibling(dir);
  try {
    const hashes: WrittenHashes = new Map();
    await write(tmp, hashes);
    const fresh = writeManifest(tmp, hashes);
    const written = Object.keys(fresh.files);
    if (state.kind === 'output' && state.foreign.length > 0) {
      replaceOwnFiles(dir, tmp, state.manifest, fresh, state.foreign);
      return written;
    }
    const old = state.kind === 'output' ? `${tmp}-old` : null;
    if (old) renameSync(dir, old);
    // Empty sub-folders at most: nothing to keep.
    else if (state.kind === 'empty') rmSync(dir, { recursive: true });
    renameSync(tmp, dir);
    if (old) rmSync(old, { recursive: true, force: true });
    return written;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Writes a file through a temporary sibling and a rename. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  removeLeftovers(path);
  const tmp = temporarySibling(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
