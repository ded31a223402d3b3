import { type Block, blockKey } from './blocks.js';
import { isHeadingShaped, isHeadlineCase, isText, words } from './shape.js';

/**
 * Pull quotes: a short block set in the text that repeats a sentence of it, whole, trimmed or
 * reworded, near the paragraph it comes from, or the same paragraph printed twice. The body keeps
 * the paragraph and drops the quote.
 */

/** A pull quote repeats a sentence or two of the body; a longer block is the body itself. */
const PULL_QUOTE_MAX_WORDS = 60;
/** Characters: shorter repeats ("Read more") are chrome rules' business, not pull quotes. */
const PULL_QUOTE_MIN_CHARS = 20;
/** A reworded pull quote stands within this many blocks of the paragraph it repeats. */
const PULL_QUOTE_REACH = 6;
/** Share of a block's content words that must recur in one nearby, longer paragraph for it to be a pull quote. */
const PULL_QUOTE_OVERLAP = 0.75;
/** A pull quote set in quotation marks may repeat a paragraph further off. */
const QUOTED_REACH = 12;
/** A quoted pull quote's closing mark comes late in it: only an attribution may follow. */
const QUOTE_CLOSE_SHARE = 0.6;
/** The paragraph a pull quote repeats is at least this many times longer than the quote (less for a quotation, which drops only its attribution). */
const EXCERPT_RATIO = 1.5;
const QUOTED_EXCERPT_RATIO = 1.2;
/** A line shaped like a heading is a pull quote only with this many content words or more: a heading is shorter. */
const HEADING_QUOTE_MIN_CONTENT_WORDS = 6;
/** Below this many content words, a block's overlap with a paragraph proves nothing (unless quoted). */
const PULL_QUOTE_MIN_CONTENT_WORDS = 8;

/** Ends with a full stop, an exclamation or an ellipsis, closing marks after it at most; or opens a quotation. */
const STATEMENT = /[.!…][”"’')\]]*$|^["“]/;
/** A line this long in sentence case, not a question, says something even without its full stop. */
const UNSTOPPED_QUOTE_MIN_WORDS = 10;

/**
 * A line shaped like a heading that reads as a quote: a statement ("The context is futile."), or a
 * long sentence in sentence case that lost its full stop ("Aristotle rejected preformation, and
 * argued instead for a progressive development"). A heading names what follows: "Dosing concerns
 * with compounded semaglutide and tirzepatide", "Benefits of Social Media Marketing", a question.
 */
function readsAsQuote(block: Block): boolean {
  const text = block.plain.trim();
  if (STATEMENT.test(text)) return true;
  return words(block) >= UNSTOPPED_QUOTE_MIN_WORDS && !isHeadlineCase(block) && !/\?[”"’')\]]*$/.test(text);
}

/** `key.split(' ').filter((word) => word.length >= 4)`, without making the shorter words: every block near a short one is read. */
function contentWords(key: string): string[] {
  const found: string[] = [];
  for (let start = 0; start <= key.length; ) {
    const space = key.indexOf(' ', start);
    const end = space < 0 ? key.length : space;
    if (end - start >= 4) found.push(key.slice(start, end));
    start = end + 1;
  }
  return found;
}

/**
 * Share of `a`'s words that stand in `b` in the same order (longest common subsequence): a pull
 * quote trims and rewords, but keeps the order of what it repeats, which words shared by chance
 * (text on one narrow subject) do not.
 */
export function orderedOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      next[j] = word === b[j - 1] ? (row[j - 1] as number) + 1 : Math.max(row[j] as number, next[j - 1] as number);
    row = next;
  }
  return (row[b.length] as number) / a.length;
}

/** Whether `test` holds for an index within `reach` of `i` in a list of `length`. */
function someNear(i: number, reach: number, length: number, test: (j: number) => boolean): boolean {
  for (let j = Math.max(0, i - reach); j <= Math.min(length - 1, i + reach); j++) if (test(j)) return true;
  return false;
}

/**
 * A short block whose words all stand, in order, inside a longer body block repeats it. A
 * heading-shaped line before running text is a heading that the text may well repeat.
 * `titleKey`: the headline's key (matchKey), which the text may say again as its refrain.
 */
/** A pull quote repeats its sentence once; the headline printed this often is a refrain of the text's. */
const REFRAIN_MIN_TIMES = 3;

export function pullQuotes(blocks: readonly Block[], headings: ReadonlySet<number>, titleKey = ''): Set<Block> {
  const quotes = new Set<Block>();
  // (matchKey folds quotation marks away with the other punctuation. A key is made when its block is
  // compared: a long paragraph far from any short block never is.)
  const keyOf = (i: number): string => blockKey(blocks[i] as Block);
  // A block's content words, and the set of them, are made the first time it is compared, then
  // kept: each short block is compared with the dozen blocks around it.
  const contents: Array<{ list: readonly string[]; set: ReadonlySet<string> } | undefined> = [];
  const contentOf = (j: number): { list: readonly string[]; set: ReadonlySet<string> } => {
    let known = contents[j];
    if (!known) {
      const list = contentWords(keyOf(j));
      known = { list, set: new Set(list) };
      contents[j] = known;
    }
    return known;
  };
  /** Block `i` (its content words `own`) is an excerpt of the longer block `j`: nearly all its words stand there in order. */
  const excerptOf = (i: number, own: readonly string[], j: number, ratio: number): boolean => {
    const block = blocks[i] as Block;
    const other = blocks[j] as Block;
    if (other === block || words(other) < words(block) * ratio) return false;
    // (A word of theirs stands in their key: too few of `own` in it, and the key need not be cut into words.)
    const key = keyOf(j);
    const allowedMisses = own.length - PULL_QUOTE_OVERLAP * own.length;
    let misses = 0;
    for (const word of own) if (!key.includes(word) && ++misses > allowedMisses) return false;
    const theirs = contentOf(j);
    // (No more of the words stand in order than stand at all: most paragraphs fail this cheaper test.)
    let shared = 0;
    for (const word of own) if (theirs.set.has(word)) shared++;
    if (shared < PULL_QUOTE_OVERLAP * own.length) return false;
    return orderedOverlap(own, theirs.list) >= PULL_QUOTE_OVERLAP;
  };
  // How often each short block's text stands as a block of its own: counted when first asked.
  let printed: Map<string, number> | undefined;
  const refrain = (key: string): boolean => {
    if (!printed) {
      const counts = new Map<string, number>();
      blocks.forEach((block, j) => {
        if (words(block) <= PULL_QUOTE_MAX_WORDS) counts.set(keyOf(j), (counts.get(keyOf(j)) ?? 0) + 1);
      });
      printed = counts;
    }
    return (printed.get(key) ?? 0) >= REFRAIN_MIN_TIMES;
  };
  // The text's opening paragraph: its first block that is no heading.
  const opening = blocks.findIndex((block, i) => block.kind !== 'heading' && !headings.has(i) && !isHeadingShaped(block));
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' || block.kind === 'item' || words(block) > PULL_QUOTE_MAX_WORDS) return;
    const key = keyOf(i);
    if (key.length < PULL_QUOTE_MIN_CHARS) return;
    const next = blocks[i + 1];
    // (Unless it is long and repeats a paragraph other than the one it heads: a pull quote set
    // between paragraphs, a little before or after the one it is taken from.)
    if ((isHeadingShaped(block) || headings.has(i)) && next && isText(next)) {
      if (!readsAsQuote(block)) return;
      const own = contentWords(key);
      if (
        own.length >= HEADING_QUOTE_MIN_CONTENT_WORDS &&
        someNear(i, PULL_QUOTE_REACH, blocks.length, (j) => blocks[j] !== next && excerptOf(i, own, j, EXCERPT_RATIO))
      )
        quotes.add(block);
      return;
    }
    // Near it: a page sets a pull quote beside the paragraph it repeats (and a scan of the whole page would be quadratic).
    const near = blocks.slice(Math.max(0, i - QUOTED_REACH), i + QUOTED_REACH + 1);
    // A paragraph printed again whole, a little further on, is a pull quote the second time. (Not the headline said
    // again and again, each time a paragraph of its own: the text's refrain, "We ignore RSS at OUr peril." after each
    // paragraph under "We Ignore RSS at OUr Peril". A credit or a caption printed so is the page's.)
    if (blocks.slice(Math.max(0, i - QUOTED_REACH), i).some((other) => blockKey(other) === key) && !(key === titleKey && refrain(key))) {
      quotes.add(block);
      return;
    }
    if (
      near.some((other) => {
        const theirs = blockKey(other);
        return theirs !== key && theirs.length > key.length && theirs.includes(key);
      })
    ) {
      quotes.add(block);
      return;
    }
    // A pull quote may trim or reword the sentence it repeats nearby: nearly all its content
    // words stand in one longer paragraph close by (fewer when it is set in quotation marks).
    // (Not a lead-in, which a page never sets apart: "We're pleased to see that the Bill will introduce a mandatory
    // requirement for IPP entities to:" over its list, though a paragraph further on opens with nearly its words.)
    if (block.plain.trimEnd().endsWith(':')) return;
    // (Nor the text's opening paragraph, which a page sets no quote above: its words recur further on as the text
    // takes up its question, "Digital Government is (kind of) 10-years old.* What will the next 10-years look like?")
    if (i === opening) return;
    const own = contentWords(key);
    // Set in quotation marks as a whole, up to an attribution ("…,” Stafford said."): not a quotation that the text goes on from.
    const quoted =
      /^["“]/.test(block.plain) &&
      Math.max(block.plain.lastIndexOf('”'), block.plain.lastIndexOf('"')) > block.plain.length * QUOTE_CLOSE_SHARE;
    if (own.length < (quoted ? 1 : PULL_QUOTE_MIN_CONTENT_WORDS)) return;
    const reach = quoted ? QUOTED_REACH : PULL_QUOTE_REACH;
    // An excerpt of a longer paragraph: a paragraph of the same length saying much the same is not one.
    if (someNear(i, reach, blocks.length, (j) => excerptOf(i, own, j, quoted ? QUOTED_EXCERPT_RATIO : EXCERPT_RATIO))) quotes.add(block);
  });
  return quotes;
}
