import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { isEdited, OUTLINE_FILE, type OutlineFile, parseOutlineFile } from '../outline-file/format.js';
import { writeFileAtomically } from './output.js';
import type { DeckLocation } from './source.js';

/**
 * `outline.md` at the edge: where it lives (the deck folder, or beside a loose essay), reading
 * it, and writing it atomically without ever replacing one the presenter edited (unless forced).
 * Parsing and printing are pure (src/outline-file/format.ts).
 */

export function outlineFilePath(location: DeckLocation): string {
  return join(location.deckDir ?? dirname(location.essayPath), OUTLINE_FILE);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new BriefdeckError(`cannot read the outline: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: path,
      hint: 'Check that the file is readable, or remove it to build from the essay alone.',
    });
  }
}

/** The parsed `outline.md`, or null when there is none. A file that does not parse throws (file, line, what was expected). */
export function readOutlineFile(path: string): OutlineFile | null {
  if (!existsSync(path)) return null;
  return parseOutlineFile(readText(path), path);
}

/**
 * Writes `text` as the outline at `path`: checked to parse first, then through a temporary file
 * and a rename. An existing file the presenter edited since briefdeck wrote it (or one that does
 * not parse) is kept unless `force`.
 */
export function writeOutlineFile(path: string, text: string, options: { force?: boolean } = {}): 'created' | 'replaced' {
  parseOutlineFile(text, path);
  const exists = existsSync(path);
  if (exists && !options.force) {
    const current = readText(path);
    let edited = true;
    try {
      edited = isEdited(parseOutlineFile(current, path), current);
    } catch {
      edited = true;
    }
    if (edited) {
      throw new BriefdeckError('refusing to overwrite an outline.md that was edited since briefdeck wrote it', {
        file: path,
        hint: 'Your edits are kept. Use --force to replace it with a fresh outline from the essay, or move it away first.',
      });
    }
  }
  writeFileAtomically(path, text);
  return exists ? 'replaced' : 'created';
}
