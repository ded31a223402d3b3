import { basename, relative } from 'node:path';
import { buildDeck } from './deck/build.js';
import type { CliDeckOptions, ResolvedDeckOptions } from './deck/options.js';
import { parseEssay } from './essay/parse.js';
import { UNTITLED } from './essay/passes/title.js';
import { publicFolder, readDeckConfig, resolveOptionsFor, stylesheetPath } from './io/config.js';
import { outlineFilePath, readOutlineFile } from './io/outline-file.js';
import { type DeckLocation, readEssay } from './io/source.js';
import { buildOutline, type OutlineOptions } from './outline/build.js';
import { type ResolvedOutline, resolveOutlineFile } from './outline-file/resolve.js';
import type { OnProgress } from './progress.js';
import { type RenderedDeck, renderDeck } from './render/html.js';
import type { Deck, Essay, EssaySource, Outline } from './types.js';

/**
 * The only place that knows the order of the stages:
 * essay text → Essay → Outline → (+ options) → Deck → rendered HTML.
 */

export function essayToOutline(source: EssaySource, options: OutlineOptions = {}): { essay: Essay; outline: Outline } {
  const essay = parseEssay(source);
  return { essay, outline: buildOutline(essay, options) };
}

export interface BuiltDeck {
  essay: Essay;
  outline: Outline;
  options: ResolvedDeckOptions;
  deck: Deck;
  rendered: RenderedDeck;
  /** Files the deck was made from, for watching. */
  inputs: string[];
  /** deck.yaml's `css`: the stylesheets loaded after the theme, as absolute paths. */
  stylesheets: string[];
  /** The deck folder's `public/`, which holds those stylesheets and what they use; null without deck.yaml. */
  publicDir: string | null;
  /** The outline the essay makes by itself (the same as `outline` without an `outline.md`). */
  generated: Outline;
  /** The `outline.md` the slides were taken from, and what in it no longer matches the essay; null without one. */
  outlineFile: { path: string; problems: ResolvedOutline['problems'] } | null;
  /** Warnings for stderr: `file:line: …`. */
  warnings: string[];
}

export interface BuildOptions {
  /** Take the slides from the deck's `outline.md` when there is one (default true). */
  outlineFile?: boolean;
  /** Told as each step starts (outlining, rendering), for a progress line. */
  onProgress?: OnProgress;
}

/** Reads a deck's files (the edge) and runs every pure stage, saying as each starts when asked. */
export function buildFromLocation(location: DeckLocation, cli?: CliDeckOptions, build: BuildOptions = {}): BuiltDeck {
  const { onProgress } = build;
  const file = location.configPath ? readDeckConfig(location.configPath) : null;
  // The talk's length sets the outline's slide budget as well as the deck's timing.
  const minutes = cli?.options.minutes ?? file?.options.minutes ?? null;
  const source = readEssay(location);
  onProgress?.({ step: 'outlining', file: location.essayPath, bytes: Buffer.byteLength(source.text) });
  const { essay, outline: generated } = essayToOutline(cli?.format ? { ...source, format: cli.format } : source, { minutes });
  const outlinePath = outlineFilePath(location);
  const warnings: string[] = [];
  let outline = generated;
  let outlineFile: BuiltDeck['outlineFile'] = null;
  const edited = build.outlineFile === false ? null : readOutlineFile(outlinePath);
  const shown = (path: string): string => relative(process.cwd(), path) || path;
  if (edited && edited.essay !== basename(location.essayPath)) {
    warnings.push(`${outlinePath}: the outline is for ${edited.essay}, not ${basename(location.essayPath)}: ignored`);
  } else if (edited) {
    const resolved = resolveOutlineFile(edited, essay, generated, { essay: shown(location.essayPath), outline: shown(outlinePath) });
    outline = resolved.outline;
    outlineFile = { path: outlinePath, problems: resolved.problems };
    warnings.push(...resolved.problems.map((problem) => problem.message));
  }
  const options = resolveOptionsFor(outline, file, cli);
  const deck = buildDeck(outline, options);
  if (deck.meta.title === UNTITLED)
    warnings.push(
      `${shown(location.essayPath)}: no title found over the essay's text, so the deck is "${UNTITLED}": give it one as \`title:\` in outline.md (\`briefdeck outline --write\`) or under \`titles: { title: … }\` in deck.yaml`,
    );
  onProgress?.({ step: 'rendering', slides: deck.groups.reduce((n, group) => n + group.slides.length, 0) });
  const inputs = [location.essayPath, ...(location.configPath ? [location.configPath] : []), ...(outlineFile ? [outlineFile.path] : [])];
  const stylesheets = file ? options.css.map((name) => stylesheetPath(file.path, name)) : [];
  return {
    essay,
    outline,
    options,
    deck,
    rendered: renderDeck(deck),
    inputs,
    stylesheets,
    publicDir: file ? publicFolder(file.path) : null,
    generated,
    outlineFile,
    warnings,
  };
}
