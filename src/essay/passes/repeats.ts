import { namesAlone, nameWithGluedRole } from '../authors.js';
import { type Block, blockKey, hasBlockKey, KeysAbove, keyFits } from '../blocks.js';
import type { Verdict } from '../rules/types.js';
import { isHeadingShaped, isHeadlineCase, isProse, words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { mainTextStart } from './title.js';

/** A label a page repeats this often (a section name on every teaser: "Business", "Technology") is navigation. */
const LABEL_REPEATS = 3;
const LABEL_MAX_WORDS = 3;
/** A headline printed twice in a row is a teaser card's (its link and its heading), not the essay's. */
const TWICE_MIN_WORDS = 3;
/** …unless it stands this close above the article's text (a few blocks: the byline, a date): then its second copy is the title. */
const TITLE_PAIR_REACH = 8;

/** Short lines in a row that the page prints again in the same order, this many or more, are a menu printed twice (for wide and narrow screens). */
const MENU_RUN_MIN = 3;
/** A menu's entry is a few words. */
const MENU_ENTRY_MAX_WORDS = 5;
/**
 * How many of a line's copies below it are compared with it: a menu is printed twice or a few times,
 * and runs of lines a page repeats in every card match further down (a sweep page's match lies more than 8
 * copies down; 32 keeps every sweep page's output as comparing with all copies did).
 */
const MENU_COPIES_COMPARED = 32;

/** Marks of code no menu's entry holds. */
const MENU_CODE = /[{}();=<>[\]@]/;

/** How far over the text the title and the byline stand, in blocks. */
const HEADER_REACH = 12;

/** A line a byline's name stands beside: its date, or the share buttons under it. */
const bylineNeighbour = (hint: Verdict | null | undefined): boolean =>
  hint?.kind === 'meta' || (hint?.kind === 'chrome' && hint.reason === 'social');

/**
 * Needs: markup. What a page repeats is the page's, not the essay's: short labels that come back
 * again and again, and lines printed twice in a row.
 */
export const repeats: Pass = {
  name: 'repeats',
  run(state) {
    const { blocks } = state;
    // (Keys are made only for the blocks compared: the short ones, and a block whose text may have
    // the key it is compared with. See keyFits.)
    const keyOf = (i: number): string => blockKey(blocks[i] as Block);
    const sameKey = (i: number, j: number): boolean => {
      const [block, other] = [blocks[i], blocks[j]];
      return block !== undefined && other !== undefined && hasBlockKey(other, blockKey(block));
    };
    const counts = new Map<string, number>();
    blocks.forEach((block, i) => {
      if (!isProse(block) && words(block) <= LABEL_MAX_WORDS && block.kind !== 'heading')
        counts.set(keyOf(i), (counts.get(keyOf(i)) ?? 0) + 1);
    });
    // (The longest key of a repeated label: a block whose text is longer is none of them.)
    let longestLabel = -1;
    for (const [key, count] of counts) if (count >= LABEL_REPEATS) longestLabel = Math.max(longestLabel, key.length);
    const repeatedLabel = (block: Block): boolean => keyFits(block, longestLabel) && (counts.get(blockKey(block)) ?? 0) >= LABEL_REPEATS;
    // (The article's own title may be printed twice too, as a link and as its heading, just over the text.)
    const main = mainTextStart(state);
    // (The last headline over the text: a site's name printed twice above the title is not. Lines
    // under the byline are its tags and labels: "Updated Dec 18, 2025" / "FintechStrategy & MarketTrends & Tools".)
    const titlePair = (i: number): boolean => {
      if (main <= i || main - i > TITLE_PAIR_REACH || !sameKey(i, i - 1)) return false;
      for (let j = i + 1; j <= main && state.hints[j]?.kind !== 'meta'; j++) {
        const other = blocks[j] as Block;
        if (!state.hints[j] && (isHeadingShaped(other) || isHeadlineCase(other))) return false;
      }
      return true;
    };
    // (A line at most HEADER_REACH blocks over the text, printed again only below its start.)
    const headerLine = (i: number): boolean => {
      if (main <= i || main - i > HEADER_REACH) return false;
      for (let j = i + 1; j < main; j++) if (sameKey(i, j)) return false;
      return true;
    };
    const titleOverByline = (i: number): boolean => {
      const block = blocks[i] as Block;
      return (
        i < main &&
        main - i <= HEADER_REACH &&
        state.hints[i + 1]?.kind === 'meta' &&
        words(block) >= TWICE_MIN_WORDS &&
        isHeadingShaped(block) &&
        [i - 1, i + 1].every((j) => !sameKey(i, j))
      );
    };
    /** A line of a page, not the essay's: no heading, and no prose. */
    const lineTwin = (j: number): boolean => {
      const twin = blocks[j];
      return twin !== undefined && twin.kind === 'paragraph' && !isProse(twin);
    };
    removeMenusPrintedTwice(state, keyOf);
    removeTeaserCards(state);
    // (The blocks read below, as they stand before it removes any.)
    const read = blocks.map((block, i) => !state.isDecided(i) && block.kind !== 'rule' && !hasBlockKey(block, ''));
    const keysAbove = new KeysAbove(blocks, read);
    blocks.forEach((block, i) => {
      if (!read[i]) return;
      const named = namesAlone(block) !== null;
      // A name set beside its byline's date ("Matthew Yglesias" / "18 hr ago"), or beside the share buttons under it
      // ("John Nichols" / "Share").
      const nameBesideByline = named && [i - 1, i + 1].some((j) => bylineNeighbour(state.hints[j]));
      // What the first copy of a line is, when it is one:
      const keptIfFirst =
        // An author's name and role comes back on each of their other posts the page lists; its first is the byline.
        nameWithGluedRole(block.plain) !== null ||
        // So does a name beside its byline.
        nameBesideByline ||
        // The header's own lines come back under the text when the page lists its latest posts, this one among them
        // ("Nagel on Reason" / "12/19/2025" / "David Gordon"): their first copy, just over the text, is the title's or the byline's.
        (headerLine(i) && (state.hints[i]?.kind === 'meta' || named || (words(block) >= TWICE_MIN_WORDS && isHeadingShaped(block))));
      if (keptIfFirst && !keysAbove.has(i)) return;
      // A name beside its byline, the last copy over the text, is the byline however often the cards above print it
      // ("July 5, 2025" / "Madison Green" / another post's headline / "July 5, 2025" / "Madison Green" / the title).
      if (nameBesideByline && headerLine(i)) return;
      // The headline just over its byline or date is the title, however often the page prints it besides
      // (its breadcrumb's last entry, a citation line under the text: "Kommunalwahlen in Nordmazedonien").
      if (titleOverByline(i)) return;
      if (repeatedLabel(block)) state.remove(i, 'navigation');
      // (A line with its stop, printed beside its copy without one, is that line again: "Journalist, Public Records Researcher
      // & Web Developer" / "Journalist, Public Records Researcher & Web Developer.".)
      else if (words(block) >= TWICE_MIN_WORDS && [i - 1, i + 1].some((j) => sameKey(i, j) && (!isProse(block) || lineTwin(j)))) {
        if (titlePair(i)) return;
        state.remove(i, titlePair(i + 1) ? 'navigation' : 'related');
      }
    });
  },
};

/** A teaser card's link to the post it teases: "Read More", "Continue reading »", "Read the full story". */
const READ_MORE = /^(?:read more|continue reading|read (?:the )?full (?:story|article|post)|full story)\s*[»›→>…]*\.?$/i;
/** A card holds a few blocks between its links (a date, a headline, a teaser)… */
const CARD_MAX_BLOCKS = 4;
/** …each a line or a sentence or two. */
const CARD_BLOCK_MAX_WORDS = 60;

/**
 * Teaser cards in a row, each ending in its "Read More" link ("September 14, 2010" / "Democrats Should
 * Want This Tax Cut..." / "This will be a tough election, …" / "Read More"): other posts of the site,
 * however much they read like a title and a standfirst. Two links or more, a few short blocks apart;
 * the first card is as long as the next one.
 */
function removeTeaserCards(state: EssayState): void {
  const { blocks } = state;
  const links: number[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && words(block) <= 4 && READ_MORE.test(block.plain.trim())) links.push(i);
  });
  const short = (i: number): boolean => {
    const block = blocks[i] as Block;
    return block.kind !== 'heading' && words(block) <= CARD_BLOCK_MAX_WORDS;
  };
  const card = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > CARD_MAX_BLOCKS) return false;
    for (let i = from; i < to; i++) if (!short(i)) return false;
    return true;
  };
  for (let k = 0; k + 1 < links.length; k++) {
    const [link, next] = [links[k] as number, links[k + 1] as number];
    if (!card(link + 1, next)) continue;
    const inRun = k > 0 && card((links[k - 1] as number) + 1, link);
    // (The run's first card, as long as the second, when its blocks are as short.)
    const first = inRun ? link : link - (next - link - 1);
    if (!inRun && first >= 0 && card(first, link)) for (let i = first; i < link; i++) if (!state.isDecided(i)) state.remove(i, 'related');
    for (let i = link + 1; i < next; i++) if (!state.isDecided(i)) state.remove(i, 'related');
  }
}

/**
 * A menu printed twice, for wide and narrow screens: runs of short lines, each a menu's entry
 * ("Home" / "Companies" / "Insights" / "Podcasts" / "Nominate" / "Deal Table" / "Sign In Subscription
 * Explore"), that come back later in the same order. Both copies are navigation, whatever their words
 * (a menu's last entry may read as a headline). A table of contents repeats headings one by one,
 * with text between them, never as a run.
 */
function removeMenusPrintedTwice(state: EssayState, keyOf: (index: number) => string): void {
  const { blocks } = state;
  // (A menu's entry starts with a capital or a number: a listing's lines, "}" or "formattedToken = …", and a
  // login box's "your password" are no entries. Nor is a line a rule knows for anything but a menu's: an
  // author's box printed twice, "Jessica Livingston" / "Follow @foundersatwork", is the byline's.)
  const entry = (i: number): boolean => {
    const block = blocks[i];
    const hint = state.hints[i];
    return (
      block !== undefined &&
      !state.isDecided(i) &&
      block.kind === 'paragraph' &&
      block.lines.start === block.lines.end &&
      !isProse(block) &&
      words(block) <= MENU_ENTRY_MAX_WORDS &&
      /^[\p{Lu}\p{N}]/u.test(block.plain) &&
      !MENU_CODE.test(block.plain) &&
      (!hint || (hint.kind === 'chrome' && hint.reason === 'navigation'))
    );
  };
  const at = new Map<string, number[]>();
  blocks.forEach((_, i) => {
    if (!entry(i)) return;
    const places = at.get(keyOf(i));
    if (places) places.push(i);
    else at.set(keyOf(i), [i]);
  });
  const menu = new Set<number>();
  // How many of each line's copies lie above: block i is its key's copy number `seen` in `at`.
  const seen = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!entry(i)) continue;
    const key = keyOf(i);
    const copy = seen.get(key) ?? 0;
    seen.set(key, copy + 1);
    if (menu.has(i)) continue;
    // (The copies nearest below only: a line a comment thread repeats a thousand times, "Reply", is not compared with all of them.)
    for (const j of (at.get(key) as number[]).slice(copy + 1, copy + 1 + MENU_COPIES_COMPARED)) {
      let length = 0;
      while (i + length < j && entry(i + length) && entry(j + length) && keyOf(i + length) === keyOf(j + length)) length++;
      if (length < MENU_RUN_MIN) continue;
      for (let k = 0; k < length; k++) menu.add(i + k).add(j + k);
    }
  }
  for (const i of menu) state.remove(i, 'navigation');
}
