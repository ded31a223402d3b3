import type { Block } from './blocks.js';
import { findDate } from './dates.js';
import { words } from './shape.js';
import type { EssayState } from './state.js';
import { endsLikeSentence } from './text.js';

/** Lines in a row, each opening or closing with a date, that make a listing of posts. */
const LISTING_MIN_LINES = 3;
/** A listing's line is a title and a date or two. */
const LISTING_LINE_MAX_WORDS = 60;

/**
 * An archive's listing ("Feb 13, 2020 Letter to … Feb 13, 2020", one post a line): one-line
 * blocks in a row that each open or close with a date. The indexes of their blocks.
 */
const listings = new WeakMap<EssayState, Set<number>>();

export function datedListings(state: EssayState): Set<number> {
  const known = listings.get(state);
  if (known) return known;
  const found = new Set<number>();
  listings.set(state, found);
  const dated = (block: Block): boolean => {
    if (block.lines.start !== block.lines.end || words(block) > LISTING_LINE_MAX_WORDS) return false;
    const date = findDate(block.plain);
    if (date === null) return false;
    const [opens, closes] = [block.plain.startsWith(date.match), block.plain.endsWith(date.match)];
    // A chronology in the text ("March 2020: the WHO declared a pandemic.") is sentences; a listing's titles are not.
    return (opens && closes) || ((opens || closes) && !endsLikeSentence(block.plain));
  };
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= LISTING_MIN_LINES) for (const i of run) found.add(i);
    run = [];
  };
  for (let i = state.bodyStart; i < state.blocks.length; i++) {
    const block = state.blocks[i] as Block;
    if (block.kind === 'rule') continue;
    if (dated(block)) run.push(i);
    else close();
  }
  close();
  return found;
}
