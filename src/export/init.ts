import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { deckYamlText } from '../io/deck-yaml.js';
import { removeLeftovers, temporarySibling } from '../io/output.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { type DeckLocation, readEssay } from '../io/source.js';
import { essayToOutline } from '../pipeline.js';

/**
 * `briefdeck init`: a new deck folder holding the essay (copied byte for byte), a deck.yaml with
 * every option at its default under a comment (src/io/deck-yaml.ts), and `public/` for the
 * stylesheets deck.yaml's `css` names. Without an essay, a starter essay that explains itself
 * (templates/essay.md) takes its place. The essay is read and outlined first, so a file that
 * cannot make a deck is refused before anything is written; the folder is then written beside
 * its place and renamed into it, so it is there whole or not at all.
 */

/** The essay the folder starts with when none is given. */
export const STARTER_ESSAY = join(PACKAGE_ROOT, 'templates', 'essay.md');

export interface InitRequest {
  /** The folder to create, relative to `cwd`; default: named after the essay file, or `deck`. */
  dir?: string;
  /** The essay to copy in, relative to `cwd`; default: the starter essay. */
  essay?: string;
  cwd: string;
}

export interface InitReport {
  /** The folder created, absolute. */
  dir: string;
  /** The files and folders in it, relative: the essay, deck.yaml, public/. */
  files: string[];
  /** The essay copied in, absolute; the starter essay when none was given. */
  essay: string;
  groups: number;
  slides: number;
}

const MARKDOWN = /\.(md|markdown|mdown)$/i;

function refuseFolder(dir: string, reason: string): never {
  throw new BriefdeckError(`refusing to create the deck folder: ${reason}`, {
    file: dir,
    hint: 'Name a folder that does not exist yet (or is empty), e.g. `briefdeck init my-deck --essay essay.txt`.',
  });
}

export function initDeck(request: InitRequest): InitReport {
  const essayPath = request.essay !== undefined ? resolve(request.cwd, request.essay) : STARTER_ESSAY;
  if (!existsSync(essayPath) || !statSync(essayPath).isFile()) {
    throw new BriefdeckError(existsSync(essayPath) ? '--essay names a folder, not an essay file' : 'no such essay file', {
      file: request.essay ?? essayPath,
      hint: 'Name the essay with --essay FILE (.txt or .md), e.g. `briefdeck init my-deck --essay essay.txt`.',
    });
  }
  const location: DeckLocation = { essayPath, deckDir: null, configPath: null };
  const { outline } = essayToOutline(readEssay(location));
  const name = request.dir ?? (request.essay !== undefined ? basename(essayPath, extname(essayPath)) : 'deck');
  const dir = resolve(request.cwd, name);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) refuseFolder(dir, 'a file of that name exists');
    if (readdirSync(dir).length > 0) refuseFolder(dir, 'the folder exists and is not empty');
  }
  const essayName = MARKDOWN.test(essayPath) ? 'essay.md' : 'essay.txt';
  mkdirSync(dirname(dir), { recursive: true });
  removeLeftovers(dir);
  const tmp = temporarySibling(dir);
  try {
    mkdirSync(join(tmp, 'public'), { recursive: true });
    copyFileSync(essayPath, join(tmp, essayName));
    writeFileSync(join(tmp, 'deck.yaml'), deckYamlText(outline));
    // An empty folder in the way is replaced; anything else was refused above.
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    files: [essayName, 'deck.yaml', 'public/'],
    essay: essayPath,
    groups: outline.groups.length,
    slides: outline.groups.reduce((n, group) => n + group.slides.length, 0),
  };
}
