import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkOutputDir, MANIFEST, type OutputGuard, removeLeftovers, writeOutputDir } from '../../src/io/output.js';
import { errorOf } from '../helpers/errors.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let root: string;
let guard: OutputGuard;
let case_ = 0;
beforeEach(() => {
  root = join(work, `case-${++case_}`);
  mkdirSync(join(root, 'deck'), { recursive: true });
  writeFileSync(join(root, 'deck', 'essay.txt'), 'An essay.\n');
  guard = { cwd: root, inputs: [join(root, 'deck', 'essay.txt'), join(root, 'deck')] };
});

/** A build that writes `files` (relative path → content). */
const writing =
  (files: Record<string, string>) =>
  async (dir: string): Promise<void> => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };

const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('output folders', () => {
  it('writes a new folder with a manifest of every file and its hash', async () => {
    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '<p>1</p>', 'assets/a-1.js': 'a' }));
    expect(tree(out)).toEqual([MANIFEST, 'assets', 'assets/a-1.js', 'index.html']);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
    expect(manifest.generator).toBe('briefdeck');
    expect(Object.keys(manifest.files).sort()).toEqual(['assets/a-1.js', 'index.html']);
    expect(manifest.files['index.html']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replaces its own files and keeps the user’s files beside them', async () => {
    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '<p>1</p>', 'assets/a-1.js': 'a', 'assets/old/b.css': 'b' }));
    writeFileSync(join(out, 'cv.pdf'), 'my cv');
    mkdirSync(join(out, 'photos'));
    writeFileSync(join(out, 'photos', 'me.jpg'), 'me');
    writeFileSync(join(out, 'assets', 'mine.css'), 'mine');
    await writeOutputDir(out, guard, writing({ 'index.html': '<p>2</p>', 'assets/a-2.js': 'a2' }));
    expect(tree(out)).toEqual([MANIFEST, 'assets', 'assets/a-2.js', 'assets/mine.css', 'cv.pdf', 'index.html', 'photos', 'photos/me.jpg']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>2</p>');
    expect(readFileSync(join(out, 'cv.pdf'), 'utf8')).toBe('my cv');
    expect(readdirSync(root).filter((name) => name.startsWith('.briefdeck-tmp'))).toEqual([]);
  });

  it('replaces a folder that holds only an earlier output in one swap', async () => {
    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '1', 'assets/a-1.js': 'a' }));
    await writeOutputDir(out, guard, writing({ 'index.html': '2', 'assets/a-2.js': 'b' }));
    expect(tree(out)).toEqual([MANIFEST, 'assets', 'assets/a-2.js', 'index.html']);
  });

  it('writes into an empty folder', async () => {
    const out = join(root, 'empty');
    mkdirSync(join(out, 'sub'), { recursive: true });
    await writeOutputDir(out, guard, writing({ 'index.html': '1' }));
    expect(tree(out)).toEqual([MANIFEST, 'index.html']);
  });

  it('leaves the folder as it was when the build fails', async () => {
    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '1' }));
    writeFileSync(join(out, 'cv.pdf'), 'cv');
    const failing = async (dir: string): Promise<void> => {
      await writing({ 'index.html': '2' })(dir);
      throw new Error('boom');
    };
    await expect(writeOutputDir(out, guard, failing)).rejects.toThrow('boom');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('1');
    expect(tree(out)).toEqual([MANIFEST, 'cv.pdf', 'index.html']);
    expect(readdirSync(root).filter((name) => name.startsWith('.briefdeck-tmp'))).toEqual([]);
  });

  const refusal = (out: string, expected: RegExp, g: OutputGuard = guard): void => {
    const error = errorOf(() => checkOutputDir(out, g));
    expect(error.message).toMatch(/^refusing to write the deck into this folder: /);
    expect(error.message).toMatch(expected);
    expect(error.file).toBe(out);
    expect(error.hint).toMatch(/--out/);
  };

  it('refuses the current folder, a folder above it, the input’s folders, a repository root, home and /', () => {
    refusal(root, /it is the current folder/);
    refusal(work, /it holds the current folder/);
    refusal(join(root, 'deck'), /it holds the deck’s input/, { cwd: work, inputs: guard.inputs });
    refusal(join(root), /it holds the deck’s input/, { cwd: work, inputs: guard.inputs });
    const repo = join(root, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    refusal(repo, /it is the root of a repository/);
    refusal('/', /file system root or your home folder/, { cwd: work, inputs: [] });
    refusal(process.env.HOME ?? '/root', /file system root or your home folder/, { cwd: work, inputs: [] });
  });

  it('refuses a folder it cannot prove it wrote, such as the project’s own page template', () => {
    const site = join(root, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html><meta name="generator" content="briefdeck" />');
    refusal(site, /it is not a folder briefdeck built \(it has no valid \.briefdeck-manifest\.json\)/);
    writeFileSync(join(site, 'notes.txt'), 'keep');
    refusal(site, /not a folder briefdeck built/);
    expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('keep');
  });

  it('refuses an existing file, an edited output file, and a manifest that points outside or through a link', async () => {
    const file = join(root, 'file.html');
    writeFileSync(file, 'x');
    refusal(file, /it is a file, not a folder/);

    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '1' }));
    writeFileSync(join(out, 'index.html'), 'edited by hand');
    refusal(out, /index\.html was changed after briefdeck wrote it/);

    const hostile = join(root, 'hostile');
    mkdirSync(hostile);
    writeFileSync(join(root, 'precious.txt'), 'precious');
    writeFileSync(join(hostile, MANIFEST), JSON.stringify({ generator: 'briefdeck', files: { '../precious.txt': 'x' } }));
    refusal(hostile, /not a folder briefdeck built/);

    const linked = join(root, 'linked');
    await writeOutputDir(linked, guard, writing({ 'assets/a.js': 'a' }));
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'a.js'), 'a');
    rmSync(join(linked, 'assets'), { recursive: true });
    symlinkSync(outside, join(linked, 'assets'));
    refusal(linked, /assets\/a\.js is no longer the file briefdeck wrote/);
    expect(readFileSync(join(outside, 'a.js'), 'utf8')).toBe('a');
  });

  it('refuses to overwrite a file of the user’s with a new file of the same name', async () => {
    const out = join(root, 'dist');
    await writeOutputDir(out, guard, writing({ 'index.html': '1' }));
    writeFileSync(join(out, 'sourcemap.json'), 'mine');
    await expect(writeOutputDir(out, guard, writing({ 'index.html': '2', 'sourcemap.json': '{}' }))).rejects.toThrow(
      /the new deck would overwrite sourcemap\.json, which briefdeck did not write/,
    );
    expect(readFileSync(join(out, 'sourcemap.json'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('1');
  });

  it('removes temporary folders left by a run that was killed, and only those', () => {
    const out = join(root, 'dist');
    const dead = join(root, '.briefdeck-tmp-dist-999999999-1700000000000');
    const deadOld = `${dead}-old`;
    const alive = join(root, `.briefdeck-tmp-dist-${process.ppid}-1700000000000`);
    const other = join(root, '.briefdeck-tmp-other-999999999-1700000000000');
    for (const dir of [dead, deadOld, alive, other]) mkdirSync(dir);
    removeLeftovers(out);
    expect([dead, deadOld, alive, other].map(existsSync)).toEqual([false, false, true, true]);
  });
});
