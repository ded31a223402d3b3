import { PERSON_NAME } from '../authors.js';
import type { Block } from '../blocks.js';
import { headingRuns } from '../heading-runs.js';
import { datedListings } from '../listings.js';
import { classify } from '../rules.js';
import {
  adjacent,
  HEADING_MAX_WORDS,
  HEADLINE_MAX_WORDS,
  isBoxHeading,
  isHeadingShaped,
  isProse,
  isText,
  SENTENCE_MIN_WORDS,
  spacedParagraphs,
  words,
} from '../shape.js';
import type { BodyItem, EssayState, Pass } from '../state.js';
import { endsLikeSentence, matchKey, wordCount } from '../text.js';

/** A pull quote repeats a sentence or two of the body; a longer block is the body itself. */
const PULL_QUOTE_MAX_WORDS = 60;
/** Characters: shorter repeats ("Read more") are chrome rules' business, not pull quotes. */
const PULL_QUOTE_MIN_CHARS = 20;
/** An emphasised line is a heading when it is short: a whole emphasised sentence is emphasis. */
const EMPHASIS_HEADING_MAX_WORDS = 12;
/** Level given to headings a page marks only by emphasis: below every `#` heading. */
export const EMPHASIS_LEVEL = 6;
/** Level given to heading-shaped lines of a page copy, which carry no level of their own. */
export const TEXT_HEADING_LEVEL = 2;

/** Anchor marks some sites put after a heading ("Why it matters #", "¶", "🔗"), and Pandoc's attributes ("{#sec:trilemma}"). */
export function headingTitle(text: string): string {
  return text
    .replace(/\s*\{[#.][^{}]*\}\s*$/, '')
    .replace(/\s*(?:#+|¶|🔗|§|permalink)\s*$/iu, '')
    .trim();
}

/** The attribution line under a pull quote names its speaker in a few words. */
const ATTRIBUTION_MAX_WORDS = 8;
/** The last two or three words of a line: where an attribution puts the name. */
const lastWords = (text: string): string => text.split(/\s+/).slice(-2).join(' ');

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
/** Below this many content words, a block's overlap with a paragraph proves nothing (unless quoted). */
const PULL_QUOTE_MIN_CONTENT_WORDS = 8;

const contentWords = (key: string): string[] => key.split(' ').filter((word) => word.length >= 4);

/**
 * Share of `a`'s words that stand in `b` in the same order (longest common subsequence): a pull
 * quote trims and rewords, but keeps the order of what it repeats, which words shared by chance
 * (text on one narrow subject) do not.
 */
function orderedOverlap(a: readonly string[], b: readonly string[]): number {
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

/**
 * A short block whose words all stand, in order, inside a longer body block repeats it. A
 * heading-shaped line before running text is a heading that the text may well repeat.
 */
function pullQuotes(blocks: readonly Block[], headings: ReadonlySet<number>): Set<Block> {
  const quotes = new Set<Block>();
  const keys = blocks.map((block) => matchKey(block.plain).replace(/"/g, ''));
  blocks.forEach((block, i) => {
    const key = keys[i] as string;
    if (block.kind === 'heading' || block.kind === 'item' || words(block) > PULL_QUOTE_MAX_WORDS || key.length < PULL_QUOTE_MIN_CHARS)
      return;
    const next = blocks[i + 1];
    if ((isHeadingShaped(block) || headings.has(i)) && next && isText(next)) return;
    // Near it: a page sets a pull quote beside the paragraph it repeats (and a scan of the whole page would be quadratic).
    const nearKeys = keys.slice(Math.max(0, i - QUOTED_REACH), i + QUOTED_REACH + 1);
    // A paragraph printed again whole, a little further on, is a pull quote the second time.
    if (keys.slice(Math.max(0, i - QUOTED_REACH), i).includes(key)) {
      quotes.add(block);
      return;
    }
    if (nearKeys.some((other) => other !== key && other.length > key.length && other.includes(key))) {
      quotes.add(block);
      return;
    }
    // A pull quote may trim or reword the sentence it repeats nearby: nearly all its content
    // words stand in one longer paragraph close by (fewer when it is set in quotation marks).
    const own = contentWords(key);
    // Set in quotation marks as a whole, up to an attribution ("…,” Stafford said."): not a quotation that the text goes on from.
    const quoted =
      /^["“]/.test(block.plain) &&
      Math.max(block.plain.lastIndexOf('”'), block.plain.lastIndexOf('"')) > block.plain.length * QUOTE_CLOSE_SHARE;
    if (own.length < (quoted ? 1 : PULL_QUOTE_MIN_CONTENT_WORDS)) return;
    const reach = quoted ? QUOTED_REACH : PULL_QUOTE_REACH;
    const near = blocks.slice(Math.max(0, i - reach), i + reach + 1);
    // An excerpt of a longer paragraph: a paragraph of the same length saying much the same is not one.
    const repeats = (other: Block): boolean =>
      other !== block &&
      words(other) >= words(block) * (quoted ? QUOTED_EXCERPT_RATIO : EXCERPT_RATIO) &&
      orderedOverlap(own, contentWords(matchKey(other.plain))) >= PULL_QUOTE_OVERLAP;
    if (near.some(repeats)) quotes.add(block);
  });
  return quotes;
}

/** A caption is one sentence, shorter than a paragraph. */
const CAPTION_MAX_WORDS = 40;

/** A picture's source under its caption names it in a few words: "Berkeley Earth", "NASA Worldview". */
const SOURCE_MAX_WORDS = 4;
/** A caption paired with its source is short. */
const SOURCED_CAPTION_MAX_WORDS = 30;

/**
 * Captions. Above a credit line the rules removed ("Air pollution is surging in Delhi." /
 * "Sanjeev Verma/Getty Images"): a lone sentence, or on a page that spaces its paragraphs, the
 * lines set right against the credit. On such a page, a short sentence with a source name right
 * under it and blank lines around both ("… this week." / "Berkeley Earth") is a chart's caption.
 */
/** Characters of an image's description compared with the line under it (a clipper may cut either). */
const IMAGE_TEXT_COMPARED = 80;

/** Block `index` says again the description of the image right above it: `![A pile of letters …](…)` / "A pile of letters …". */
function repeatsImageText(state: EssayState, index: number): boolean {
  const above = state.blocks[index - 1];
  const alt = above?.chrome === 'markup' ? /^!\[([^\]]+)/.exec(above.text.trim())?.[1] : undefined;
  if (!alt) return false;
  const key = matchKey(alt).slice(0, IMAGE_TEXT_COMPARED);
  return key.length >= PULL_QUOTE_MIN_CHARS && matchKey((state.blocks[index] as Block).plain).startsWith(key);
}

function removeCaptions(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const spaced = state.format === 'text' && spacedParagraphs(kept.map((entry) => entry.block));
  const isCredit = (i: number): boolean => {
    const role = state.role(i);
    return role?.kind === 'chrome' && role.reason === 'caption';
  };
  const credits = new Set(kept.flatMap(({ index }) => (isCredit(index + 1) ? [index + 1] : [])));
  const removals: number[] = [];
  kept.forEach(({ block, index }, k) => {
    if (block.kind !== 'paragraph') return;
    // Under a Markdown image, the line that repeats its description is its caption.
    if (repeatsImageText(state, index)) {
      removals.push(k);
      return;
    }
    if (isHeadingShaped(block) || words(block) > CAPTION_MAX_WORDS) return;
    const next = state.blocks[index + 1];
    const oneSentence = (block.plain.match(/[.!?…](?=\s|$)/g) ?? []).length <= 1;
    // (Over its credit, a caption that says it describes a picture, "This photo, using a thermal camera, shows …", whatever its length.)
    const describesPicture = /^(?:this|the|a|an)\s+(?:photo|photograph|image|picture|chart|map|graph|illustration)\b/i.test(block.plain);
    if (credits.has(index + 1) && (oneSentence || describesPicture || (spaced && next !== undefined && adjacent(block, next)))) {
      removals.push(k);
      return;
    }
    const source = kept[k + 1];
    const before = state.blocks[index - 1];
    const after = source ? state.blocks[source.index + 1] : undefined;
    const pairedWithSource =
      spaced &&
      source !== undefined &&
      source.index === index + 1 &&
      adjacent(block, source.block) &&
      (before === undefined || !adjacent(before, block)) &&
      (after === undefined || !adjacent(source.block, after)) &&
      words(block) <= SOURCED_CAPTION_MAX_WORDS &&
      endsLikeSentence(block.plain) &&
      words(source.block) <= SOURCE_MAX_WORDS &&
      isHeadingShaped(source.block);
    if (pairedWithSource) removals.push(k, k + 1);
  });
  for (const k of [...new Set(removals)].sort((a, b) => b - a)) {
    state.remove((kept[k] as { index: number }).index, 'caption');
    kept.splice(k, 1);
  }
}

/** A box is short lines: the links' titles, names and dates. */
const BOX_LINE_MAX_WORDS = 16;
/**
 * The block above block `index` (a blank line between at most) is a box's heading that a rule
 * removed as related links ("More Great WIRED Stories", "Read more from Jennifer Rubin:").
 */
function boxHeadingAbove(state: EssayState, index: number): Block | undefined {
  const above = state.blocks[index - 1];
  const role = state.role(index - 1);
  // (A box's heading may lead into its links with a colon.)
  const related =
    above !== undefined &&
    role?.kind === 'chrome' &&
    role.reason === 'related' &&
    isHeadingShaped({ ...above, plain: above.plain.replace(/:$/, '') });
  return related && (state.blocks[index] as Block).lines.start <= above.lines.end + 2 ? above : undefined;
}

/** Short lines in a row, none a sentence, that make a widget rather than a list of points. */
const WIDGET_MIN_LINES = 6;

/** Links under a box's heading: at least this many make the box. */
const BOX_LINKS_MIN = 2;

/** Short lines in a row, two of them bylines or dates, make a box of links. */
const BOX_MIN_LINES = 3;

/**
 * Boxes set inside the text: a heading such as "Recommended" and the short lines under it, or a
 * run of short lines carrying bylines and dates (the links of a related-articles box). The text
 * resumes after them. Removes them from `kept`.
 */
function removeBoxes(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const short = (block: Block): boolean => !isProse(block) && words(block) <= BOX_LINE_MAX_WORDS && block.kind !== 'heading';
  const spaced = spacedParagraphs(kept.map((entry) => entry.block));
  for (let k = 0; k < kept.length; ) {
    const { block, index } = kept[k] as { block: Block; index: number };
    const headed = isBoxHeading(block);
    let end = headed ? k + 1 : k;
    while (end < kept.length && short((kept[end] as { block: Block }).block)) end++;
    // Under a box's heading that the rules removed: its short links; on a page that spaces its
    // paragraphs, also the one-line links set right under it and against each other, whatever their punctuation.
    const removedHeading = headed ? undefined : boxHeadingAbove(state, index);
    if (removedHeading && spaced && adjacent(removedHeading, block)) {
      end = k + 1;
      while (end < kept.length && adjacent((kept[end - 1] as { block: Block }).block, (kept[end] as { block: Block }).block)) end++;
    }
    const run = kept.slice(k, end);
    const dated = run.filter(({ index }) => state.hints[index]?.kind === 'meta').length;
    // A widget set in a page copy's text: many short lines in a row, none a sentence ("NASDAQ: AMZN" / "Market Cap" / "$1,404B" / …).
    // (Not a list: its items are the text's, whatever their punctuation.)
    const widget =
      state.format === 'text' &&
      run.length >= WIDGET_MIN_LINES &&
      run.every(({ block: line }) => line.kind === 'paragraph' && !endsLikeSentence(line.plain));
    if (headed || (run.length >= BOX_MIN_LINES && dated >= 2) || (removedHeading && run.length >= BOX_LINKS_MIN) || widget) {
      for (const entry of run) state.remove(entry.index, widget && !headed && !removedHeading && dated < 2 ? 'navigation' : 'related');
      kept.splice(k, run.length);
    } else {
      k++;
    }
  }
}

/** A card prints its headline twice (the picture's text, the link's) within this many blocks. */
const CARD_REACH = 2;
/** A card's teaser is a sentence or two, shorter than a paragraph. */
const TEASER_MAX_WORDS = 60;

/** A block of two or three lines whose first two are the same headline. */
function cardInOneBlock(block: Block): boolean {
  const lines = block.lineStarts.map(({ offset }, i) => block.text.slice(offset, block.lineStarts[i + 1]?.offset).trim());
  const [first, second, teaser] = lines;
  return (
    lines.length <= 3 &&
    first !== undefined &&
    first === second &&
    wordCount(first) >= SENTENCE_MIN_WORDS &&
    wordCount(first) <= HEADLINE_MAX_WORDS &&
    (teaser === undefined || wordCount(teaser) <= TEASER_MAX_WORDS)
  );
}

/**
 * Cards for other articles set inside the text: the same headline twice in a row (a label such
 * as "Business" between at most), and the teaser set right under it. Removes them from `kept`.
 */
function removeCards(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  for (let k = 0; k < kept.length; k++) {
    const { block, index } = kept[k] as { block: Block; index: number };
    // A page copy may run the card's lines together into one block: headline, headline, teaser.
    if (cardInOneBlock(block)) {
      state.remove(index, 'related');
      kept.splice(k, 1);
      k--;
      continue;
    }
    if (words(block) < SENTENCE_MIN_WORDS || words(block) > HEADLINE_MAX_WORDS || block.lines.start !== block.lines.end) continue;
    const twin = kept.slice(k + 1, k + 1 + CARD_REACH).findIndex((other) => other.block.plain === block.plain);
    if (twin < 0) continue;
    let end = k + 1 + twin + 1;
    const teaser = kept[end];
    const last = (kept[end - 1] as { block: Block }).block;
    if (
      teaser &&
      adjacent(last, teaser.block) &&
      teaser.block.lines.start === teaser.block.lines.end &&
      words(teaser.block) <= TEASER_MAX_WORDS
    )
      end++;
    for (const entry of kept.slice(k, end)) state.remove(entry.index, 'related');
    kept.splice(k, end - k);
    k--;
  }
}

/**
 * A lead-in whose list the rules removed ("This post will discuss the following:" over links to
 * its parts) introduces nothing left on a slide: it goes with its list.
 */
function dropOrphanLeadIns(state: EssayState, items: BodyItem[]): void {
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k];
    if (item?.type !== 'paragraph' || !/:\s*$/.test(item.paragraph.text)) continue;
    const at = state.blocks.findIndex((block) => block.lines.start === item.paragraph.lines.start);
    // Links to the parts, not a figure (a lead-in to an image introduces what the notes will say).
    const links = (i: number): boolean => {
      const role = state.role(i);
      return role?.kind === 'chrome' && (role.reason === 'navigation' || role.reason === 'contents' || role.reason === 'related');
    };
    let j = at + 1;
    while (j < state.blocks.length && links(j)) j++;
    if (j > at + 1 && state.role(j)?.kind !== 'text') {
      state.remove(at, 'contents');
      items.splice(k, 1);
    }
  }
}

/**
 * Needs: header, tail (the body's zone). Reads the body's blocks as headings and paragraphs:
 * chrome set in the text (ads, newsletter boxes, captions) and pull quotes go; a heading is a
 * Markdown heading, an emphasised short line, or (in a page copy) a heading-shaped line before
 * running text. Sets `items`.
 */
export const body: Pass = {
  name: 'body',
  run(state) {
    const kept: Array<{ block: Block; index: number }> = [];
    for (let i = state.bodyStart; i < state.bodyEnd; i++) {
      const block = state.blocks[i] as Block;
      if (block.kind === 'rule' || state.isDecided(i)) continue;
      const verdict = classify(block, true);
      // Symbols alone ("😀?", "* * *") carry no sentence to say.
      if (!/[\p{L}\p{N}]/u.test(block.plain)) state.remove(i, 'markup');
      else if (verdict?.kind === 'chrome') state.remove(i, verdict.reason);
      // A listing of dated posts (an archive's) is the page's, wherever it stands.
      else if (datedListings(state).has(i)) state.remove(i, 'related');
      // A byline inside the body belongs to a box (a newsletter's, a related article's), not the text.
      else if (state.hints[i]?.kind === 'meta' && !isProse(block)) state.remove(i, 'outside-article');
      else kept.push({ block, index: i });
    }
    removeBoxes(state, kept);
    removeCards(state, kept);
    removeCaptions(state, kept);
    const keptBlocks = kept.map((entry) => entry.block);
    // A page copy's headings set as a run (numbered, questions, long unpunctuated lines); Markdown marks its own,
    // unless written a line to each paragraph, as an email saved as Markdown is.
    const runs = new Set([...headingRuns(keptBlocks)].filter((k) => state.format === 'text' || keptBlocks[k]?.bareLine === true));
    const quotes = pullQuotes(keptBlocks, runs);
    const items: BodyItem[] = [];
    /** The level of the last heading proper, under which a numbered line acts as a sub-heading. */
    let parentLevel = TEXT_HEADING_LEVEL - 1;
    kept.forEach(({ block, index }, k) => {
      if (quotes.has(block)) {
        state.remove(index, 'pull-quote');
        return;
      }
      // The attribution under a pull quote ("News industry analyst Ken Doctor", "— Jane Doe").
      const above = kept[k - 1]?.block;
      if (
        above &&
        quotes.has(above) &&
        block.kind !== 'heading' &&
        !isProse(block) &&
        words(block) <= ATTRIBUTION_MAX_WORDS &&
        (PERSON_NAME.test(lastWords(block.plain)) || /^[—–-]/.test(block.plain))
      ) {
        state.remove(index, 'pull-quote');
        return;
      }
      const next = kept[k + 1]?.block;
      const followedByText = next !== undefined && (isText(next) || next.kind === 'heading');
      const heading = (level: number, marked: boolean): void => {
        items.push({ type: 'heading', title: headingTitle(block.plain), level, line: block.lines.start, marked });
        state.decide(index, { kind: 'heading', level });
        if (block.kind !== 'item') parentLevel = level;
      };
      const previous = kept[k - 1]?.block;
      // A numbered line standing alone between paragraphs ("1. Collective Bargaining") is a heading
      // written as a one-item list, a level below the heading it sits under.
      const loneItem =
        block.kind === 'item' &&
        previous?.kind !== 'item' &&
        next?.kind !== 'item' &&
        isHeadingShaped({ ...block, kind: 'paragraph' }) &&
        next !== undefined &&
        isProse(next);
      if (block.kind === 'heading') {
        heading(block.level ?? TEXT_HEADING_LEVEL, true);
      } else if (runs.has(k)) {
        heading(TEXT_HEADING_LEVEL, false);
      } else if (loneItem) {
        heading(parentLevel + 1, true);
      } else if (
        state.format === 'markdown' &&
        block.emphasised &&
        isHeadingShaped(block, EMPHASIS_HEADING_MAX_WORDS) &&
        !endsLikeSentence(block.plain) &&
        followedByText
      ) {
        heading(EMPHASIS_LEVEL, true);
      } else if (
        (state.format === 'text' || block.bareLine === true) &&
        isHeadingShaped({ ...block, kind: 'paragraph' }, HEADING_MAX_WORDS) &&
        !isProse(block) &&
        next !== undefined &&
        isText(next)
      ) {
        heading(TEXT_HEADING_LEVEL, false);
      } else if (isText(block) || items.length > 0 || next) {
        // A short fragment that is neither heading nor sentence still belongs to the text.
        items.push({ type: 'paragraph', paragraph: state.paragraph(block) });
        state.decide(index, { kind: 'text' });
      } else {
        state.remove(index, 'outside-article');
      }
    });
    dropOrphanLeadIns(state, items);
    state.items = items;
  },
};
