import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BriefdeckError } from '../errors.js';
import type { EssaySource } from '../types.js';
import { decodeEssay } from './decode.js';
import { REFERENCE_DECK } from './paths.js';

/** Where a deck's inputs live: the essay, and the deck folder's `deck.yaml` when there is one. */
export interface DeckLocation {
  essayPath: string;
  /** The deck folder; null when a loose essay file was named. */
  deckDir: string | null;
  configPath: string | null;
}

const ESSAY_EXTENSIONS = /\.(txt|md|markdown|mdown|text)$/i;
const NOT_ESSAYS = /^(readme|credits|license|notice|changelog|source|sources|outline)\b/i;

/** Resolves the CLI's `ESSAY_OR_DECK_DIR` argument; no argument means the reference deck. */
export function locateDeck(input: string | undefined, cwd = process.cwd()): DeckLocation {
  const target = input ? resolve(cwd, input) : REFERENCE_DECK;
  if (!existsSync(target)) {
    throw new BriefdeckError('no such file or folder', {
      file: input ?? target,
      hint: 'Name an essay file (.txt or .md) or a deck folder holding one, e.g. `briefdeck build slides/my-deck`.',
    });
  }
  const stat = statSync(target);
  if (stat.isFile()) return { essayPath: target, deckDir: null, configPath: null };
  if (!stat.isDirectory()) {
    throw new BriefdeckError('not a file or a folder (a device, a pipe or a socket)', {
      file: input ?? target,
      hint: 'Name an essay file (.txt or .md) or a deck folder holding one.',
    });
  }
  const configPath = join(target, 'deck.yaml');
  const entries = readdirSync(target).filter((name) => ESSAY_EXTENSIONS.test(name) && !NOT_ESSAYS.test(name));
  const preferred = entries.find((name) => /^essay\./i.test(name));
  const chosen = preferred ?? (entries.length === 1 ? entries[0] : undefined);
  if (!chosen) {
    throw new BriefdeckError(
      entries.length === 0
        ? 'the deck folder holds no essay'
        : `the deck folder holds ${entries.length} possible essays: ${entries.join(', ')}`,
      {
        file: target,
        hint: 'Put the essay in the folder as essay.txt or essay.md (other .txt/.md files are then ignored).',
      },
    );
  }
  return { essayPath: join(target, chosen), deckDir: target, configPath: existsSync(configPath) ? configPath : null };
}

/** Largest essay read: one briefing is made of one essay; a larger file is a book or a site. */
export const MAX_ESSAY_BYTES = 10 * 1024 * 1024;

/** Reads the essay file: bytes decoded (src/io/decode.ts), HTML and binary files refused. */
export function readEssay(location: DeckLocation): EssaySource {
  const path = location.essayPath;
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_ESSAY_BYTES) {
      throw new BriefdeckError(
        `the essay is ${(size / 1048576).toFixed(1)} MB, more than the ${MAX_ESSAY_BYTES / 1048576} MB briefdeck reads`,
        {
          file: path,
          hint: 'A briefing is made from one essay: split the file into its parts and make a deck of each.',
        },
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof BriefdeckError) throw error;
    throw new BriefdeckError(`cannot read the essay: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: path,
      hint: 'Check that the file exists and is readable.',
    });
  }
  const zero = bytes.indexOf(0);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (zero >= 0 && !utf16) {
    throw new BriefdeckError('the essay is not a text file', {
      file: path,
      line: bytes.subarray(0, zero).filter((byte) => byte === 0x0a).length + 1,
      hint: `Save ${basename(path)} as plain text or Markdown (UTF-8).`,
    });
  }
  const { text } = decodeEssay(bytes, path);
  if (/\.html?$/i.test(path) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text)) {
    throw new BriefdeckError('the essay is an HTML page, not its text', {
      file: path,
      hint: 'Open the page in a browser, select all and copy the text into a .txt file, or use the article’s Markdown.',
    });
  }
  return { path, text };
}
