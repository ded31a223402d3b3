import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BriefdeckError } from '../errors.js';
import type { EssaySource } from '../types.js';
import { REFERENCE_DECK } from './paths.js';

/** Where a deck's inputs live: the essay, and the deck folder's `deck.yaml` when there is one. */
export interface DeckLocation {
  essayPath: string;
  /** The deck folder; null when a loose essay file was named. */
  deckDir: string | null;
  configPath: string | null;
}

const ESSAY_EXTENSIONS = /\.(txt|md|markdown|mdown|text)$/i;
const NOT_ESSAYS = /^(readme|credits|license|notice|changelog|source|sources)\b/i;

/** Resolves the CLI's `ESSAY_OR_DECK_DIR` argument; no argument means the reference deck. */
export function locateDeck(input: string | undefined, cwd = process.cwd()): DeckLocation {
  const target = input ? resolve(cwd, input) : REFERENCE_DECK;
  if (!existsSync(target)) {
    throw new BriefdeckError('no such file or folder', {
      file: input ?? target,
      hint: 'Name an essay file (.txt or .md) or a deck folder holding one, e.g. `briefdeck build slides/my-deck`.',
    });
  }
  if (statSync(target).isFile()) return { essayPath: target, deckDir: null, configPath: null };
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

export function readEssay(location: DeckLocation): EssaySource {
  let text: string;
  try {
    text = readFileSync(location.essayPath, 'utf8');
  } catch (error) {
    throw new BriefdeckError(`cannot read the essay: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: location.essayPath,
      hint: 'Check that the file exists and is readable.',
    });
  }
  if (text.includes('\u0000')) {
    throw new BriefdeckError('the essay is not a text file', {
      file: location.essayPath,
      line: text.slice(0, text.indexOf('\u0000')).split('\n').length,
      hint: `Save ${basename(location.essayPath)} as plain text or Markdown (UTF-8).`,
    });
  }
  return { path: location.essayPath, text };
}
