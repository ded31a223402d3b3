import { buildDeck } from './deck/build.js';
import type { ResolvedDeckOptions } from './deck/options.js';
import { parseEssay } from './essay/parse.js';
import { type CliDeckOptions, readDeckConfig, resolveOptionsFor, stylesheetPath } from './io/config.js';
import { type DeckLocation, readEssay } from './io/source.js';
import { buildOutline } from './outline/build.js';
import { type RenderedDeck, renderDeck } from './render/html.js';
import type { Deck, Essay, EssaySource, Outline } from './types.js';

/**
 * The only place that knows the order of the stages:
 * essay text → Essay → Outline → (+ options) → Deck → rendered HTML.
 */

export function essayToOutline(source: EssaySource): { essay: Essay; outline: Outline } {
  const essay = parseEssay(source);
  return { essay, outline: buildOutline(essay) };
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
}

/** Reads a deck's files (the edge) and runs every pure stage. */
export function buildFromLocation(location: DeckLocation, cli?: CliDeckOptions): BuiltDeck {
  const { essay, outline } = essayToOutline(readEssay(location));
  const file = location.configPath ? readDeckConfig(location.configPath) : null;
  const options = resolveOptionsFor(outline, file, cli);
  const deck = buildDeck(outline, options);
  const inputs = [location.essayPath, ...(location.configPath ? [location.configPath] : [])];
  const stylesheets = file ? options.css.map((name) => stylesheetPath(file.path, name)) : [];
  return { essay, outline, options, deck, rendered: renderDeck(deck), inputs, stylesheets };
}
