import { buildDeck } from './deck/build.js';
import type { CliDeckOptions, ResolvedDeckOptions } from './deck/options.js';
import { parseEssay } from './essay/parse.js';
import { publicFolder, readDeckConfig, resolveOptionsFor, stylesheetPath } from './io/config.js';
import { type DeckLocation, readEssay } from './io/source.js';
import { buildOutline, type OutlineOptions } from './outline/build.js';
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
}

/** Reads a deck's files (the edge) and runs every pure stage, saying as each starts when asked. */
export function buildFromLocation(location: DeckLocation, cli?: CliDeckOptions, onProgress?: OnProgress): BuiltDeck {
  const file = location.configPath ? readDeckConfig(location.configPath) : null;
  // The talk's length sets the outline's slide budget as well as the deck's timing.
  const minutes = cli?.options.minutes ?? file?.options.minutes ?? null;
  const source = readEssay(location);
  onProgress?.({ step: 'outlining', file: location.essayPath, bytes: Buffer.byteLength(source.text) });
  const { essay, outline } = essayToOutline(cli?.format ? { ...source, format: cli.format } : source, { minutes });
  const options = resolveOptionsFor(outline, file, cli);
  const deck = buildDeck(outline, options);
  onProgress?.({ step: 'rendering', slides: deck.groups.reduce((n, group) => n + group.slides.length, 0) });
  const inputs = [location.essayPath, ...(location.configPath ? [location.configPath] : [])];
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
  };
}
