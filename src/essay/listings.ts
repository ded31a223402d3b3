import type { Block } from './blocks.js';
import { findDate } from './dates.js';
import { words } from './shape.js';
import type { EssayState } from './state.js';
import { endsLikeSentence, wordCount } from './text.js';

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

/** Lines in a row in alphabetical order, this many or more: a page's tags or a menu, not text set by chance. */
const ALPHABETICAL_RUN_MIN = 6;
/** A tag or a menu item is a few words. */
const ALPHABETICAL_ITEM_MAX_WORDS = 5;

/**
 * Alphabetical order as a reader sees it, case and accents aside: below 0 when `a` comes first,
 * above 0 when `b` does, 0 when neither. Two lines that open with different letters of a to z
 * (case aside) are in the order of those letters, as the collator has them: the first letter is the
 * first thing it compares, and no other mark weighs before it. Only other lines need the collator,
 * made when first asked: making one loads ICU's collation data, 12 ms of a start here, and the
 * reference essay's short lines ("Published …" / "Author: …" / "Category: …") never need it.
 */
export function alphabeticalOrder(a: string, b: string): number {
  const first = asciiLetter(a);
  const second = asciiLetter(b);
  if (first !== 0 && second !== 0 && first !== second) return first - second;
  collator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return collator.compare(a, b);
}
let collator: Intl.Collator | undefined;

/** The text's first character as the code of a lower-case letter a to z; 0 when it is no such letter. */
function asciiLetter(text: string): number {
  const code = text.charCodeAt(0) | 0x20;
  return code >= 97 && code <= 122 ? code : 0;
}

const alphabetical = new WeakMap<EssayState, Set<number>>();

/**
 * The blocks of runs of short lines set line under line in alphabetical order ("American
 * Association of Evangelicals (AAE)" / "anti-Judeo Christian agenda" / "Christian VOLAGs" / …),
 * read line by line: a line that starts in lower case joins the block above it.
 */
/** Marks of code no menu entry holds: braces, brackets, a semicolon, an assignment, a call's "()", a quoted key, no word at all. */
const CODE_MARK = /[{};<>[\]=]|\(\)|^["'.]|^[^\p{L}\p{N}]*$/u;

export function alphabeticalRuns(state: EssayState): Set<number> {
  const known = alphabetical.get(state);
  if (known) return known;
  const { blocks, lines } = state;
  // (A menu's entry is words: a listing's lines, "\"Default\": \"Warning\"," / "}" / ".AddHttpRawMessageLogging();", may fall in order too.)
  // (The ending is read before the words are counted: a line of running text ends like a sentence.)
  const short = (text: string): boolean =>
    text !== '' && !/[.!?:]$/.test(text) && wordCount(text) <= ALPHABETICAL_ITEM_MAX_WORDS && !CODE_MARK.test(text);
  const found = new Set<number>();
  alphabetical.set(state, found);
  let run: number[] = [];
  let previous: string | null = null;
  const close = (): void => {
    const lineCount = run.reduce((n, i) => n + (blocks[i] as Block).lines.end - (blocks[i] as Block).lines.start + 1, 0);
    if (lineCount >= ALPHABETICAL_RUN_MIN) for (const i of run) found.add(i);
    run = [];
    previous = null;
  };
  /**
   * The block's lines, trimmed, when each is short; else null. (Each line is asked before the next
   * is cut, none kept for a block that is no item: a paragraph's first line ends like a sentence.)
   */
  const shortLines = (block: Block): string[] | null => {
    const own: string[] = [];
    for (let line = block.lines.start; line <= Math.min(block.lines.end, lines.length); line++) {
      const text = (lines[line - 1] as string).trim();
      if (!short(text)) return null;
      own.push(text);
    }
    return own;
  };
  blocks.forEach((block, i) => {
    const last = run.at(-1);
    const adjacent = last !== undefined && block.lines.start === (blocks[last] as Block).lines.end + 1;
    // (A table's rows sorted by their first cell are the text's table, no menu: "$10.00\t$1.00\t…", "$15.00\t…".)
    const own = block.kind === 'paragraph' && !block.tableRow ? shortLines(block) : null;
    if (!own || !adjacent) close();
    if (!own) return;
    const sorted = own.every((line, k) => k === 0 || alphabeticalOrder(own[k - 1] as string, line) <= 0);
    const follows = previous === null || alphabeticalOrder(previous, own[0] as string) <= 0;
    if (!sorted || !follows) close();
    if (!sorted) return;
    run.push(i);
    previous = own.at(-1) as string;
  });
  close();
  return found;
}
