import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BriefdeckError } from '../errors.js';

/** A briefdeck output folder: one whose index.html says briefdeck made it. */
function isBriefdeckOutput(dir: string): boolean {
  const index = join(dir, 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes('<meta name="generator" content="briefdeck"');
}

/** Refuses to replace a folder that holds anything but an earlier deck, before any work is done. */
export function checkReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (readdirSync(outDir).length === 0 || isBriefdeckOutput(outDir)) return;
  throw new BriefdeckError('refusing to replace a folder that is not a briefdeck output', {
    file: outDir,
    hint: 'Choose an empty or new folder with --out, or remove this one yourself.',
  });
}

/** A sibling temporary path: renaming it into place is atomic on one file system. */
export function temporarySibling(target: string): string {
  return join(dirname(target), `.briefdeck-tmp-${basename(target)}-${process.pid}-${Date.now()}`);
}

/**
 * Runs `write` into a temporary folder beside `outDir`, then swaps it into place. On failure
 * the temporary folder is removed and `outDir` is left as it was.
 */
export async function writeDirAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  checkReplaceable(outDir);
  const tmp = temporarySibling(outDir);
  try {
    await write(tmp);
    const old = existsSync(outDir) ? `${tmp}-old` : null;
    if (old) renameSync(outDir, old);
    renameSync(tmp, outDir);
    if (old) rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Writes a file through a temporary sibling and a rename. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const tmp = temporarySibling(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
