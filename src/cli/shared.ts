import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DeckOptions } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import type { CliDeckOptions } from '../io/config.js';
import { writeFileAtomically } from '../io/output.js';
import type { EssayFormat } from '../types.js';

/** Deck flags as commander parses them. */
export interface DeckFlags {
  order?: string[];
  hide?: string[];
  minutes?: number;
  theme?: string;
  format?: EssayFormat;
}

/** The flags as deck options, each remembering its flag for messages. */
export function cliDeckOptions(flags: DeckFlags): CliDeckOptions {
  const options: DeckOptions = {};
  const named: CliDeckOptions['flags'] = {};
  if (flags.order) [options.order, named.order] = [flags.order, '--order'];
  if (flags.hide) [options.hide, named.hide] = [flags.hide, '--hide'];
  if (flags.minutes !== undefined) [options.minutes, named.minutes] = [flags.minutes, '--minutes'];
  if (flags.theme) [options.theme, named.theme] = [flags.theme, '--theme'];
  return { options, flags: named, ...(flags.format ? { format: flags.format } : {}) };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `--out` as given; an empty value (`--out ""`, an unset variable) is a mistake, not the current folder. */
export function outFlag(out: string | undefined): string | undefined {
  if (out !== undefined && out.trim() === '') {
    throw new BriefdeckError('--out is empty', { hint: 'Name the output with --out, or leave the option out for the default.' });
  }
  return out;
}

/** A kind of exported file: its name in messages, and the bytes every such file starts with. */
export interface FileKind {
  name: string;
  magic: string;
}

function startsWith(path: string, magic: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(magic.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === magic;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file an export writes, checked before any work: `--out` (a file, or a folder to put
 * `defaultName` in), else `defaultName` in the current folder. Its folder must exist and be
 * writable, and an existing file is only replaced if it is of the same kind (starts with its magic bytes).
 */
export function outputFileTarget(out: string | undefined, defaultName: string, kind: FileKind, cwd = process.cwd()): string {
  let target = resolve(cwd, out ?? defaultName);
  if (existsSync(target) && statSync(target).isDirectory()) target = join(target, defaultName);
  const folder = dirname(target);
  if (!existsSync(folder)) {
    throw new BriefdeckError(`the folder for the ${kind.name} does not exist`, {
      file: folder,
      hint: 'Create it first, or choose another --out.',
    });
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new BriefdeckError(`cannot write to the folder for the ${kind.name}`, {
      file: folder,
      hint: 'Choose a writable folder with --out.',
    });
  }
  if (existsSync(target) && !startsWith(target, kind.magic)) {
    throw new BriefdeckError(`refusing to replace a file that is not a ${kind.name}`, {
      file: target,
      hint: 'Choose another --out, or remove the file yourself.',
    });
  }
  return target;
}

/** Writes an export through a temporary file and a rename (src/io/output.ts): the target is whole, or as it was. */
export function writeOutputFile(target: string, bytes: Uint8Array, kind: FileKind): void {
  try {
    writeFileAtomically(target, bytes);
  } catch (error) {
    throw new BriefdeckError(`cannot write the ${kind.name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: target,
      hint: 'Check the folder is writable and has space, or choose another --out.',
    });
  }
}
