import { nameCase, PERSON_NAME, ROLE_LINE, writersAlone } from '../authors.js';
import { type Block, blockKey, hasBlockKey } from '../blocks.js';
import { answeredQuestions, askedAlone, headingRuns, interviewQuestions } from '../heading-runs.js';
import {
  removeAsteriskNotes,
  removeBoxes,
  removeCaptions,
  removeCards,
  removeClosedBoxes,
  removeEchoedCards,
  removeEmbeddedPosts,
  removeLabelledTeasers,
  removeLinkedCards,
  removeMediaBoxes,
  removeRoundups,
  removeTrailingTeasers,
} from '../insets.js';
import { contentWords } from '../keyphrase.js';
import { datedListings } from '../listings.js';
import { pullQuotes } from '../pull-quotes.js';
import { isShopButton } from '../rules/advertisement.js';
import { CHART_MAKER, CHART_TITLE_AND_SOURCE } from '../rules/credit.js';
import { SERIES_PLACE } from '../rules/editorial.js';
import { isRelated, RELATED_CATEGORY } from '../rules/related.js';
import { classify } from '../rules.js';
import {
  adjacent,
  asks,
  goesOnBelow,
  HEADING_MAX_WORDS,
  inLabelledList,
  inListRun,
  inOpenedList,
  isHeadingShaped,
  isHeadlineCase,
  isProse,
  isText,
  LIST_ITEM_MAX_WORDS,
  PICTURE_CREDIT_MAX_WORDS,
  words,
} from '../shape.js';
import type { BodyItem, EssayState, Pass } from '../state.js';
import { endsLikeSentence, endsWithColon, matchKey, wordCount } from '../text.js';

/** A numbered label and its colon: "1. Moving Beyond Encouragement to Stronger Policies:". */
const NUMBERED_LABEL = /^\d{1,2}[.)]\s+\S[^:]*:$/;
/**
 * A line of a sentence's length that opens with a conjunction, then a word in lower case: it goes on from the text
 * above it, no heading's way. (A short one may head a part: "But the balance is crucial".)
 */
const goesOnFromAbove = (block: Block): boolean =>
  block.kind !== 'heading' && words(block) >= GOES_ON_MIN_WORDS && /^(?:And|But|Or|Nor|Yet|So)\s+\p{Ll}/u.test(block.plain.trim());
const GOES_ON_MIN_WORDS = 8;
/** An emphasised line is a heading when it is short: a whole emphasised sentence is emphasis. */
const EMPHASIS_HEADING_MAX_WORDS = 12;
/**
 * The number that opens an emphasised line: "**3. Leaders to understand digital …**", or that follows its label's word:
 * "**Leçon n°2 : il faut la bonne culture.**", "**Lesson 2: …**", "**Step 2 — …**".
 */
const EMPHASISED_NUMBER = /^(?:(\d{1,2})[.)]\s+\S|\p{Lu}\p{Ll}+\s+(?:n[°º]\s?|no\.\s?|#)?(\d{1,2})\s*[:.—–-]\s*\S)/u;
const emphasisedNumber = (text: string): string | undefined => {
  const match = EMPHASISED_NUMBER.exec(text.trim());
  return match?.[1] ?? match?.[2];
};
/** A line that opens with a number or a letter as a list marker ("1. ", "b) "), in a quote or not. */
const NUMBERED_LINE = /^\s*(?:>\s*)*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i;
/** Level given to headings a page marks only by emphasis: below every `#` heading. */
export const EMPHASIS_LEVEL = 6;
/** Level given to heading-shaped lines of a page copy, which carry no level of their own. */
export const TEXT_HEADING_LEVEL = 2;

/**
 * Anchor marks some sites put after a heading ("Why it matters #", "¶", "🔗"), emoji after its words, and Pandoc's
 * attributes ("{#sec:trilemma}").
 * And the TeX math that closes a heading after its words, which a slide would show as source: "Weekly arrests are
 * continuous and distributed normally: \\(actions \\in \\mathbb{R}\\) and \\(…\\)" is titled by its words.
 */
export function headingTitle(text: string): string {
  const title = text
    .replace(MARKED_AS_HEADING, '')
    .replace(/\s*\{[#.][^{}]*\}\s*$/, '')
    .replace(/\s*(?:#+|¶|🔗|§|permalink)\s*$/iu, '')
    // (And the emoji a blog sets after a heading's words, its decoration: "Het dilemma: Schaarse ruimte en bewuste keuzes 🤔".)
    .replace(/(?<=[\p{L}\p{N}.!?)…'’"”])\s+(?:\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])*)+$/u, '')
    .trim();
  // (Most headings hold no math: the pattern is tried only on one that holds a backslash or "$$".)
  const words = title.includes('\\') || title.includes('$$') ? MATH_AFTER_WORDS.exec(title)?.[1] : undefined;
  return words && wordCount(words) >= 2 ? words : title;
}
/** Words, a colon, then only TeX math spans ("\\(…\\)", "$$…$$") and the words joining them ("and", ","). */
const MATH_AFTER_WORDS = /^(.*?\p{L}.*?)\s*:\s*(?:(?:\\\(.*?\\\)|\$\$.*?\$\$)(?:[\s,;]+(?:and|or|und|et|y)?[\s,;]*)?)+[.]?$/u;

/** The attribution line under a pull quote names its speaker in a few words. */
const ATTRIBUTION_MAX_WORDS = 8;
/**
 * Markdown's heading marks set against the words, which no renderer reads as a heading and the page printed as they
 * are: "###What did the Appropriations Committee do to address this problem?". The line is a heading all the same.
 * (Two marks at least: one before a capital is a hashtag, "#MeToo".)
 */
const MARKED_AS_HEADING = /^#{2,6}(?=\p{Lu})/u;

/**
 * A page copy's heading: a heading-shaped line, not a sentence, with text under it. (`titleCase`: the
 * page sets its headings in title case, and a question in title case is one of them: "Deficit
 * Reduction After He Proposes Cutting Taxes?" among "Romney's Deficit Plan", "Shifting, Not Cutting".)
 */
function isLineHeading(block: Block, next: Block | undefined, titleCase = false): boolean {
  const marked = MARKED_AS_HEADING.test(block.plain);
  const line = marked ? { ...block, plain: block.plain.replace(MARKED_AS_HEADING, '') } : block;
  return (
    isHeadingShaped({ ...line, kind: 'paragraph' }, HEADING_MAX_WORDS) &&
    (marked || !isProse(line) || (titleCase && asks(line) && isHeadlineCase(line))) &&
    !citedName(line.plain) &&
    !goesOnFromAbove(line) &&
    next !== undefined &&
    isText(next)
  );
}

/**
 * A person's name with a note's number set against it: the source of the quotation above it, an epigraph's
 * ("Bernard Brodie1" under a quotation of his), never a heading.
 */
function citedName(text: string): boolean {
  const named = /^(.*\p{Ll})\d{1,3}$/u.exec(text.trim())?.[1];
  return named !== undefined && PERSON_NAME.test(named);
}

/** A label and its number alone on a line: "Fallacy 1", "Myth #2", "Lesson IV". */
const NUMBERED_LABEL_ALONE = /^\p{Lu}[\p{L}-]{2,20}\s+(?:#\s?)?(?:\d{1,2}|[IVX]{1,4})[.:]?$/u;
/** The statement a numbered label names is a sentence of a headline's length. */
const LABELLED_STATEMENT_MAX_WORDS = 25;

/**
 * A numbered label on a line of its own over the one sentence it names, running text under them: "Fallacy 1" /
 * "Rich-country protection is higher than poor-country protection." / text (OECD Observer).
 */
function labelOverStatement(label: Block, statement: Block, after: Block | undefined): boolean {
  return (
    NUMBERED_LABEL_ALONE.test(label.plain.trim()) &&
    statement.kind === 'paragraph' &&
    statement.lines.start === statement.lines.end &&
    words(statement) <= LABELLED_STATEMENT_MAX_WORDS &&
    endsLikeSentence(statement.plain) &&
    !SECOND_SENTENCE.test(statement.plain) &&
    after !== undefined &&
    isProse(after)
  );
}

/** Two lines read as one, the first's place kept: a heading the page broke over them (shape.ts's `goesOnBelow`). */
const oneLine = (upper: Block, lower: Block): Block => ({
  ...upper,
  plain: `${upper.plain} ${lower.plain}`,
  text: `${upper.text} ${lower.text}`,
});

/** A studio's credit: "Ryan Ray Photography", "Abby Jiu Photography", "Getty Images". */
const STUDIO_CREDIT = /\b(?:photography|photos?|images|pictures)$/i;
/** A related box's label is a word or two: "Related", "Read more". */
const RELATED_LABEL_MAX_WORDS = 2;
/** A teaser's headline in a sentence's case is a line of this many words or fewer. */
const TEASER_MAX_WORDS = 20;

/** The share of a line's content words the next paragraph's first sentence must say for the line to be its heading… */
const NAMED_BELOW_SHARE = 0.6;
/** …and at least this many of them. */
const NAMED_BELOW_MIN_WORDS = 2;

/** More than one sentence on a line: a paragraph's, not a list item's. */
const SECOND_SENTENCE = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

/** A line that opens with a figure: "3.7% in 2000", "$1.2 billion for schools", "12,000 jobs"; not a number of a list, "5. 360 Cameras". */
const FIGURE_LINE = /^\s*[$€£¥]?\d(?!\d*[.)]\s)/u;

/** A quotation the text opens in one paragraph is closed within this many blocks, or it was a stray mark. */
const QUOTATION_REACH = 12;

/** The quotation marks a paragraph opens and closes: “ ” and « », or German's „ “ (where “ closes). */
function quotationMarks(text: string): { opens: number; closes: number } {
  let low = 0;
  let left = 0;
  let right = 0;
  let guillemetsOpen = 0;
  let guillemetsClose = 0;
  for (const char of text) {
    if (char === '„') low++;
    else if (char === '“') left++;
    else if (char === '”') right++;
    else if (char === '«') guillemetsOpen++;
    else if (char === '»') guillemetsClose++;
  }
  return low > 0
    ? { opens: low + guillemetsOpen, closes: left + right + guillemetsClose }
    : { opens: left + guillemetsOpen, closes: right + guillemetsClose };
}

/**
 * The blocks (by their index) inside a quotation that a paragraph above opens and one below closes: a song's or
 * a poem's lines quoted one to a line ("… (hay que volver a los clásicos): “Qué bueno estar en la playa …," / "Los que
 * tapan toda la arena con celofán," / … / "¿Será como yo lo imagino o será un mundo feliz?”."). None of them is a heading.
 */
function insideQuotations(blocks: readonly Block[]): Set<number> {
  const inside = new Set<number>();
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    if (block.kind === 'heading' || !/[“«„]/.test(block.plain)) continue;
    const marks = quotationMarks(block.plain);
    if (marks.opens <= marks.closes) continue;
    for (let j = k + 1; j < blocks.length && j <= k + QUOTATION_REACH; j++) {
      const below = blocks[j] as Block;
      if (below.kind === 'heading') break;
      const { opens, closes } = quotationMarks(below.plain);
      if (closes > opens) {
        for (let m = k + 1; m <= j; m++) inside.add(m);
        k = j;
        break;
      }
    }
  }
  return inside;
}

/**
 * Block `k` is one of a run of lines that open with a figure, set line under line without a blank between, as a
 * page copy gives a small table ("3.7% in 2000" / "4.0% in 2010" / "5.6% in 2012"): data, not a heading.
 */
function inFigureRun(blocks: readonly Block[], k: number): boolean {
  const block = blocks[k] as Block;
  if (!FIGURE_LINE.test(block.plain)) return false;
  const alike = (other: Block | undefined): boolean =>
    other !== undefined && other.kind === 'paragraph' && other.lines.start === other.lines.end && FIGURE_LINE.test(other.plain);
  const [above, below] = [blocks[k - 1], blocks[k + 1]];
  return (alike(above) && adjacent(above as Block, block)) || (alike(below) && adjacent(block, below as Block));
}

/**
 * Block `k` is set between two lines of a list that a page copy gives without its bullets: right
 * against the line above and the line below, no blank line between, each of them one sentence at
 * most ("Small languages have a vicious cycle - a death spiral" / "Few companies use it meaning less
 * jobs / funding" / "Few jobs / funding available for it means …"). In sentence case as they are, it is one
 * of the list's lines, no heading. (A page copy sets a heading between two lists against both, but in
 * title case: "Work-Life Balance in Insurance"; and a heading against paragraphs of several sentences.)
 */
function betweenListLines(blocks: readonly Block[], k: number): boolean {
  const [higher, above, block, below] = [blocks[k - 2], blocks[k - 1], blocks[k] as Block, blocks[k + 1]];
  const listLine = (other: Block | undefined): other is Block =>
    other !== undefined && other.kind === 'paragraph' && other.lines.start === other.lines.end && !SECOND_SENTENCE.test(other.plain);
  if (isHeadlineCase(block) || !listLine(above) || above.lines.end !== block.lines.start - 1) return false;
  if (listLine(below) && below.lines.start === block.lines.end + 1) return true;
  // (So is the last of three lines or more set so, opening as the lines above it do: "More projects / resources means
  // more people learn them" / "More people learning them mean more companies are built with them". A line that opens
  // otherwise is a heading set against the list: "For groups" / "Source partners to create tour packages".)
  const firstWord = (other: Block): string => (other.plain.trim().split(/\s/, 1)[0] ?? '').toLowerCase();
  const short = (other: Block): boolean => words(other) <= LIST_ITEM_MAX_WORDS;
  return (
    block.kind === 'paragraph' &&
    listLine(higher) &&
    short(higher) &&
    short(above) &&
    higher.lines.end === above.lines.start - 1 &&
    firstWord(block) === firstWord(above) &&
    firstWord(block) === firstWord(higher)
  );
}

/** The paragraph under `line` opens by naming it: its first sentence holds most of the line's content words. */
function namedBelow(line: Block, next: Block | undefined): boolean {
  if (!next || !isProse(next)) return false;
  const own = [...new Set(contentWords(line.plain).map((word) => word.toLowerCase()))];
  if (own.length < NAMED_BELOW_MIN_WORDS) return false;
  const opening = new Set(contentWords(next.plain.split(/(?<=[.!?])\s/)[0] ?? '').map((word) => word.toLowerCase()));
  return own.filter((word) => opening.has(word)).length >= Math.max(NAMED_BELOW_MIN_WORDS, Math.ceil(NAMED_BELOW_SHARE * own.length));
}

/**
 * Kept block `k` is a page copy's heading set right under another, which follows a paragraph:
 * a part's heading over its first sub-heading ("Future Directions" / "System Adaptability" /
 * text). The upper one heads the part; this one a sub-part of it. Only on a page that sets
 * other headings alike, and only two lines of a style, neither a name, a role, nor a line a rule
 * knows (a run of short lines is a menu, a button over a card, a writer over their role).
 */
function stackedUnder(state: EssayState, kept: ReadonlyArray<{ block: Block; index: number }>, k: number): boolean {
  const [before, upper, lower, after] = [kept[k - 2], kept[k - 1], kept[k], kept[k + 1]];
  if (!before || !upper || !lower || !after) return false;
  const shaped = (entry: { block: Block; index: number }): boolean =>
    entry.block.kind === 'paragraph' &&
    words(entry.block) >= STACKED_MIN_WORDS &&
    !isProse(entry.block) &&
    !state.hints[entry.index] &&
    !ROLE_LINE.test(entry.block.plain);
  // (Set apart from the paragraphs above and below: lines in a run are a list, as is what a lead-in's colon opens.)
  const apart = upper.block.lines.start > before.block.lines.end + 1 && after.block.lines.start > lower.block.lines.end + 1;
  return (
    apart &&
    isProse(before.block) &&
    !endsWithColon(before.block.plain) &&
    shaped(upper) &&
    shaped(lower) &&
    // (A writer's name over their role: "Joshua Waller" / "Math editor"; a name under a heading may be a product's.
    // Words the text writes in lower case make no name: "Regulatory Compliance" / "FDA and FTC Regulations".)
    writersAlone(upper.block, state.vocabulary) === null &&
    // (A picture's credit over its caption: "PS8/UK FDEA", "THIS WEEK’S FRONT PAGE".)
    /\p{Ll}/u.test(upper.block.plain) &&
    !upper.block.plain.includes('/') &&
    isHeadingShaped(upper.block, HEADING_MAX_WORDS) &&
    isLineHeading(lower.block, after.block) &&
    isProse(after.block) &&
    sameCase(upper.block, lower.block)
  );
}

/** Two headings set in one case; a word alone after its number ("1. Multimeter") is set in either. */
function sameCase(upper: Block, lower: Block): boolean {
  const single = (block: Block): boolean => /^(?:\d{1,2}[.)]\s+)?\S+$/.test(block.plain.trim());
  return single(upper) || single(lower) || isHeadlineCase(upper) === isHeadlineCase(lower);
}
/** A heading over a page's questions and answers: "FAQs: Corporate Relocation …", "Frequently Asked Questions". */
const FAQ_HEADING = /^(?:faqs?\b|frequently asked questions\b|(?:common|your) questions(?:\s+answered)?\b)/i;
/** A stacked heading says what its part is about in a few words: one word alone is a label ("Tags", "Intro"). */
const STACKED_MIN_WORDS = 2;

/** A widget's option is a label of a word or three ("PubMed", "Google Scholar"). */
const WIDGET_OPTION_MAX_WORDS = 3;

/** An attribution that adds the speaker's role ("Jane Doe, Minister of …") runs longer. */
const ATTRIBUTION_WITH_ROLE_MAX_WORDS = 16;
/** The last two or three words of a line: where an attribution puts the name. */
const lastWords = (text: string): string => text.split(/\s+/).slice(-2).join(' ');

/**
 * A lead-in whose list the rules removed ("This post will discuss the following:" over links to
 * its parts) introduces nothing left on a slide: it goes with its list.
 */
function dropOrphanLeadIns(state: EssayState, items: BodyItem[]): void {
  // The first block starting on each line, gathered when a lead-in is first met: searching all
  // blocks for each lead-in grew as their product on an essay of many.
  let blockAt: Map<number, number> | null = null;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k];
    if (item?.type !== 'paragraph' || !endsWithColon(item.paragraph.text)) continue;
    blockAt ??= firstBlockOfLines(state.blocks);
    const at = blockAt.get(item.paragraph.lines.start) ?? -1;
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

/** A list item that is a link alone: "[Why Should Congress Care About PACER?](/2015/03/23/why-should-congress-care-about-pacer/)". */
const LINK_ALONE = /^\s*(?:[-*+]|\d{1,2}[.)])\s+\[[^\]]+\]\([^)\s]+\)\s*$/;

/**
 * An item of the list a series note leads into ("This is the third in a series of posts about PACER:" /
 * "1. [What is the "PACER Problem"](…)" / "2. [Why Should Congress Care About PACER?](…)"), a link to another
 * part: the series' navigation, not the text.
 */
function seriesLink(state: EssayState, i: number): boolean {
  const block = state.blocks[i] as Block;
  if (block.kind !== 'item' || block.lines.start !== block.lines.end || !LINK_ALONE.test(state.lines[block.lines.start - 1] ?? ''))
    return false;
  let lead = i - 1;
  while (lead >= 0 && state.blocks[lead]?.kind === 'item') lead--;
  const note = state.blocks[lead];
  return note !== undefined && SERIES_PLACE.test(note.plain.trim());
}

/** Paragraphs under a heading that make it a part of the text, not a line framing the opening. */
const PART_MIN_PARAGRAPHS = 2;

/**
 * A Markdown heading that repeats the headline after a part of the text (a heading with
 * paragraphs under it) and over prose names the author's own part: a post called "How not to do
 * migration" has a part of that name. Over the opening it restates the headline as the premise,
 * and in a box or a sign-off it stands apart from running text.
 */
function namesItsPart(state: EssayState, kept: ReadonlyArray<{ block: Block }>, index: number): boolean {
  const block = state.blocks[index] as Block;
  const after = state.blocks[index + 1];
  if (block.level === undefined || after === undefined || !isProse(after)) return false;
  let paragraphs = 0;
  for (let k = kept.length - 1; k >= 0; k--) {
    const earlier = (kept[k] as { block: Block }).block;
    if (earlier.kind === 'heading') return paragraphs >= PART_MIN_PARAGRAPHS;
    if (isProse(earlier)) paragraphs++;
  }
  return false;
}

/** Line number → index of the first block starting on it. */
function firstBlockOfLines(blocks: readonly Block[]): Map<number, number> {
  const first = new Map<number, number>();
  blocks.forEach((block, i) => {
    if (!first.has(block.lines.start)) first.set(block.lines.start, i);
  });
  return first;
}

/** Lines from a heading to the note under it: a blank line or two, a logo's line. */
const NOTE_UNDER_HEADING_REACH = 4;

/**
 * The box whose heading block `index` is, if any: notes of the page's under it, two at least in prose ("end-matter"),
 * or a newsletter's offer under a question put to the reader ("newsletter"). Not a stamp under the author's own heading
 * ("# Appendix …" / "**Added: 24 March 2018**"), nor a series' note under a headline ("This is the second article in a series …").
 */
function boxUnderHeading(state: EssayState, block: Block, index: number): 'end-matter' | 'newsletter' | null {
  const below = state.blocks[index + 1];
  const role = state.role(index + 1);
  if (!below || role?.kind !== 'chrome') return null;
  if (role.reason === 'newsletter')
    return below.lines.start <= block.lines.end + 2 &&
      /\?["”’]?$/.test(block.plain.trim()) &&
      words(block) <= HEADING_MAX_WORDS &&
      block.lines.start === block.lines.end
      ? 'newsletter'
      : null;
  if (role.reason !== 'end-matter' || block.kind === 'heading' || below.lines.start > block.lines.end + NOTE_UNDER_HEADING_REACH)
    return null;
  const [next, second] = [state.blocks[index + 2], state.role(index + 2)];
  const notes = isProse(below) && !!next && second?.kind === 'chrome' && second.reason === 'end-matter' && isProse(next);
  return notes && isHeadingShaped(block, HEADING_MAX_WORDS) && !endsLikeSentence(block.plain) ? 'end-matter' : null;
}

/** Words that say who pays for the site. */
const FUNDED = /^(?:is|are) (?:funded|supported|financed|sponsored|made possible) by\b|^receives? (?:its )?funding from\b/;

/** What a note on who pays holds, looked for before a paragraph is keyed: most paragraphs hold none of it. */
const FUNDING_WORD = /\b(?:funded|supported|financed|sponsored|made\s+possible|funding)\b/i;

/**
 * A test of the site's note on who pays for it, opening with its name or the name's first words (an edition's name is
 * longer): "The Conversation is funded by the National Research Foundation, eight universities, …" on The Conversation
 * Africa. (Made once for the page: it is asked of every paragraph of the body.)
 */
function fundsThePublication(publication: string | null): (block: Block) => boolean {
  if (!publication) return () => false;
  const name = matchKey(publication).split(' ');
  const openings: string[] = [];
  for (let n = name.length; n >= Math.min(2, name.length); n--) openings.push(`${name.slice(0, n).join(' ')} `);
  return (block) => {
    if (!FUNDING_WORD.test(block.plain)) return false;
    const text = matchKey(block.plain);
    return openings.some((opening) => text.startsWith(opening) && FUNDED.test(text.slice(opening.length)));
  };
}

/**
 * The headline printed again over the text (block `i`, taken out) with its byline under it, a name alone, a blank
 * line between at most: "How to Think About Politics" / "Ryan McCarl". The name is the writer's when no other line
 * named one; its line is decided as the byline's, and the caller passes over it.
 */
function writersUnderTitle(state: EssayState, i: number): boolean {
  const [title, below] = [state.blocks[i] as Block, state.blocks[i + 1]];
  if (!below || state.isDecided(i + 1) || blockKey(title) !== matchKey(state.meta.title) || below.lines.start > title.lines.end + 2)
    return false;
  const names = writersAlone(below, state.vocabulary);
  if (!names) return false;
  if (state.meta.authors.length === 0) [state.meta.authors, state.meta.lines.authors] = [names, below.lines.start];
  state.decide(i + 1, { kind: 'meta' });
  return true;
}

/**
 * Needs: header, tail (the body's zone). Reads the body's blocks as headings and paragraphs:
 * chrome set in the text (ads, newsletter boxes, captions) and pull quotes go; a heading is a
 * Markdown heading, an emphasised short line, or (in a page copy) a heading-shaped line before
 * running text. Sets `items`.
 */
/**
 * A line of a chart's title and source, however short its title, when the page credits another chart to the same source
 * ("Public Policy Mood Data from James Stimson", a caption by its rule, then "Macroideology Data from James Stimson"): the
 * chart's too, no heading of the text. (A title of one word is the credit rule's only with this: "Open Data from
 * Government" is a heading.)
 */
function removeChartsCreditedAlike(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const sources = new Set<string>();
  state.blocks.forEach((block, index) => {
    const role = state.role(index);
    const source = role?.kind === 'chrome' && role.reason === 'caption' ? CHART_TITLE_AND_SOURCE.exec(block.plain.trim())?.[1] : undefined;
    if (source) sources.add(source);
  });
  if (sources.size === 0) return;
  for (let k = kept.length - 1; k >= 0; k--) {
    const { block, index } = kept[k] as { block: Block; index: number };
    const source = CHART_TITLE_AND_SOURCE.exec(block.plain.trim())?.[1];
    if (source === undefined || !sources.has(source)) continue;
    state.remove(index, 'caption');
    kept.splice(k, 1);
  }
}

export const body: Pass = {
  name: 'body',
  run(state) {
    const kept: Array<{ block: Block; index: number }> = [];
    // The headline or the publication's name printed again inside the text: an embedded player's
    // title, the sign-off of an author box.
    const ownNames = [state.meta.title, state.meta.publication ?? ''].map(matchKey).filter(Boolean);
    // (Not a sentence that says the headline again with its stop, a refrain of the text's: "We ignore RSS at OUr peril.",
    // a paragraph after each paragraph under the headline "We Ignore RSS at OUr Peril".)
    const sayingAgain = (block: Block): boolean => endsLikeSentence(block.plain) && !endsLikeSentence(state.meta.title);
    const fundsThePage = fundsThePublication(state.meta.publication);
    for (let i = state.bodyStart; i < state.bodyEnd; i++) {
      const block = state.blocks[i] as Block;
      if (block.kind === 'rule' || state.isDecided(i)) continue;
      const verdict = classify(block, true);
      // Symbols alone ("😀?", "* * *") carry no sentence to say.
      if (!/[\p{L}\p{N}]/u.test(block.plain)) state.remove(i, 'markup');
      else if (verdict?.kind === 'chrome') state.remove(i, verdict.reason);
      // A listing of dated posts (an archive's) is the page's, wherever it stands.
      else if (datedListings(state).has(i)) state.remove(i, 'related');
      else if (seriesLink(state, i)) state.remove(i, 'related');
      // A byline inside the body belongs to a box (a newsletter's, a related article's), not the text.
      else if (state.hints[i]?.kind === 'meta' && !isProse(block)) state.remove(i, 'outside-article');
      else if (ownNames.some((name) => hasBlockKey(block, name)) && !namesItsPart(state, kept, i) && !sayingAgain(block)) {
        state.remove(i, 'outside-article');
        if (writersUnderTitle(state, i)) i++;
      } else if (fundsThePage(block)) state.remove(i, 'end-matter');
      else kept.push({ block, index: i });
    }
    // The options of a widget whose label the rules took out ("Search author on:" / "PubMed" /
    // "Google Scholar"): labels of a word or three, up to the next other line.
    for (let k = 0; k < kept.length; k++) {
      const { block, index } = kept[k] as { block: Block; index: number };
      let label = index - 1;
      while (label >= 0 && state.role(label)?.kind === 'chrome' && !endsWithColon((state.blocks[label] as Block).plain)) {
        if (words(state.blocks[label] as Block) > WIDGET_OPTION_MAX_WORDS) break;
        label--;
      }
      const role = label >= 0 ? state.role(label) : null;
      if (
        role?.kind !== 'chrome' ||
        !endsWithColon((state.blocks[label] as Block).plain) ||
        words(block) > WIDGET_OPTION_MAX_WORDS ||
        isProse(block) ||
        // (A Markdown heading is the text's, under whatever list of links: "**Further reading:**" / "* […](…)" / "# 3. Formatting".)
        block.kind === 'heading'
      )
        continue;
      state.remove(index, role.reason);
      kept.splice(k, 1);
      k--;
    }
    // Teasers' headlines set line under line right under their box's label, which the rules took out
    // ("Related" / "20 Best Movies of 2016"; "Related" / "The Everly Brothers: 12 Essential Tracks" /
    // "How Guns N' Roses Formed"): the box's too, not headings of the text. (The label is the rules' related
    // label whichever pass took it out: a box printed twice goes as a repeat, "Related articles", "More:";
    // and its headlines are set in a sentence's case as often, "Afghan woman politician sees Taliban talks as only hope".)
    const teasers = new Set<number>();
    state.blocks.forEach((label, i) => {
      const role = state.role(i);
      if (role?.kind !== 'chrome' || words(label) > RELATED_LABEL_MAX_WORDS || (role.reason !== 'related' && !isRelated(label))) return;
      const under: number[] = [];
      for (let j = i + 1; j < state.blocks.length && adjacent(state.blocks[j - 1] as Block, state.blocks[j] as Block); j++) {
        const block = state.blocks[j] as Block;
        if (state.role(j)?.kind === 'chrome') continue;
        const headline =
          isHeadingShaped(block) ||
          (block.lines.start === block.lines.end && words(block) <= TEASER_MAX_WORDS && !endsLikeSentence(block.plain));
        // (A headline may run as long as a sentence, set against the others: "Youth at risk of unemployment with future
        // entry-level jobs replaced by automation". What ends as a sentence does is the text's.)
        if (state.isDecided(j) || !headline || (isProse(block) && endsLikeSentence(block.plain))) break;
        under.push(j);
      }
      // (Under a label another pass took out, two headlines or more: one alone under "Recommended courses:" heads its part.)
      if (role.reason === 'related' || under.length >= 2) for (const j of under) teasers.add(j);
    });
    for (let k = kept.length - 1; k >= 0; k--) {
      const { index } = kept[k] as { block: Block; index: number };
      if (!teasers.has(index)) continue;
      state.remove(index, 'related');
      kept.splice(k, 1);
    }
    // A card's byline under its headline the rules took out ("The Cops Killed More People …" /
    // "Elie Mystal", "Books & the Arts / Daniel Steinmetz-Jenkins"): the card's too.
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const above = state.role(index - 1);
      if (above?.kind !== 'chrome' || above.reason !== 'related') continue;
      const name = block.plain.split(/\s+\/\s+/).at(-1) ?? '';
      if (!writersAlone({ ...block, plain: name, text: name }, state.vocabulary)) continue;
      state.remove(index, 'related');
      kept.splice(k, 1);
    }
    // A chart's title under a part's heading, over its source line ("Changes in Home Sales Volume" / "Year-over-year
    // home sales growth is at its highest since June 2021" / "Source: Construction Coverage analysis of Redfin
    // data | …"): the figure's, no heading of the text.
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const below = state.blocks[index + 1];
      const source = state.role(index + 1);
      if (!below || source?.kind !== 'chrome' || source.reason !== 'caption' || !/^sources?\s*:/i.test(below.plain)) continue;
      if (!isHeadingShaped(block) || endsLikeSentence(block.plain) || below.lines.start > block.lines.end + 2) continue;
      // (Under the part's own heading: a heading right over a source line, the figure lost, is the part's.)
      const heading = kept[k - 1]?.block;
      if (!heading || !isHeadingShaped(heading) || block.lines.start > heading.lines.end + 2) continue;
      state.remove(index, 'caption');
      kept.splice(k, 1);
    }
    // An embedded chart's title right over its maker's name, the chart itself not copied ("NHS" / "Infogram"): the chart's.
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const below = state.blocks[index + 1];
      if (!below || below.lines.start !== block.lines.end + 1 || !CHART_MAKER.test(below.plain.trim())) continue;
      if (!isHeadingShaped(block) || endsLikeSentence(block.plain)) continue;
      state.remove(index, 'caption');
      kept.splice(k, 1);
    }
    // A heading right over a box of the page's is the box's, no part of the text: over notes on the piece or the site, two
    // at least in prose (a funders' box, "Partners" / "Newcastle University provides funding as a member of …" / "The
    // Conversation is funded by …"), or a question put to the reader over a newsletter's offer ("Don't have time to read
    // about climate change as much as you'd like?" / "Get a weekly roundup in your inbox instead. …").
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const box = boxUnderHeading(state, block, index);
      if (!box) continue;
      state.remove(index, box);
      kept.splice(k, 1);
    }
    // A picture's credit on the line right under a heading, over the part's text ("A Focus on Storytelling" /
    // "Ryan Ray Photography" / text): the picture between them was not copied. Once the page credits a
    // studio so, the photographers' names in the same place are credits too ("A Full Drip Color Story" /
    // "Gracie Byrd Jones" / text), not sub-headings; a name alone is not enough ("Deep Deuce" / "Grey Sweater").
    const credits: Array<{ k: number; studio: boolean }> = [];
    const entry = (at: number) => kept[at] as { block: Block; index: number };
    for (let k = 1; k < kept.length - 1; k++) {
      const [heading, credit, text] = [entry(k - 1), entry(k), entry(k + 1)];
      if (credit.block.lines.start !== heading.block.lines.end + 1 || credit.block.lines.start !== credit.block.lines.end) continue;
      // (Set apart from the text below, as a paragraph is: a teaser box's lines run on, "EYE POPPING" / "Russian Popeye …".)
      if (words(credit.block) > PICTURE_CREDIT_MAX_WORDS || !isProse(text.block) || isProse(heading.block)) continue;
      if (text.block.lines.start === credit.block.lines.end + 1) continue;
      if (!isHeadingShaped(heading.block, HEADING_MAX_WORDS) || endsLikeSentence(heading.block.plain)) continue;
      const studio = STUDIO_CREDIT.test(credit.block.plain.trim());
      if (studio || writersAlone(credit.block, state.vocabulary) !== null) credits.push({ k, studio });
    }
    if (credits.some((credit) => credit.studio))
      for (const { k } of credits.reverse()) {
        state.remove((kept[k] as { index: number }).index, 'caption');
        kept.splice(k, 1);
      }
    // A product's name on the line right over its shop's button ("Cloudnola Reversible Glass Flower Vase and Bud
    // Vase Set of 2" / "$75 AT AMAZON"): the shop's card, no heading or text of the article.
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const below = state.blocks[index + 1];
      if (!below || below.lines.start !== block.lines.end + 1 || !isShopButton(below.plain.trim(), words(below))) continue;
      if (block.lines.start !== block.lines.end || endsLikeSentence(block.plain) || words(block) > HEADING_MAX_WORDS) continue;
      state.remove(index, 'advertisement');
      kept.splice(k, 1);
    }
    // A related post's card, as WordPress's Jetpack sets it: its title over its date and its category
    // ("Global Challenges and Failed G20 Talks" / "March 4, 2023" / 'In "Economy"').
    for (let k = kept.length - 1; k >= 0; k--) {
      const { block, index } = kept[k] as { block: Block; index: number };
      const [date, category] = [index + 1, index + 2];
      const dateHint = state.hints[date];
      const dated = dateHint?.kind === 'meta' && !!dateHint.date;
      const categoryRole = state.role(category);
      if (
        !dated ||
        categoryRole?.kind !== 'chrome' ||
        categoryRole.reason !== 'related' ||
        !RELATED_CATEGORY.test(state.blocks[category]?.plain.trim() ?? '')
      )
        continue;
      if (endsLikeSentence(block.plain) || words(block) > HEADING_MAX_WORDS) continue;
      state.remove(index, 'related');
      kept.splice(k, 1);
    }
    removeBoxes(state, kept);
    removeRoundups(state, kept);
    removeCards(state, kept);
    removeLinkedCards(state, kept);
    removeEchoedCards(state, kept);
    removeLabelledTeasers(state, kept);
    removeClosedBoxes(state, kept);
    removeTrailingTeasers(state, kept);
    removeChartsCreditedAlike(state, kept);
    removeCaptions(state, kept);
    removeMediaBoxes(state, kept);
    removeEmbeddedPosts(state, kept);
    removeAsteriskNotes(state, kept);
    const keptBlocks = kept.map((entry) => entry.block);
    // (An emphasised line numbered next to another, "**2. Think about wider redesign**" / "**3. Leaders to understand
    // digital and how it interacts with the complexities of government**", is one of a run of numbered headings:
    // it may be as long as any heading.)
    const emphasisedNumbers = new Set(
      keptBlocks.flatMap((block) => {
        const number = block.emphasised ? emphasisedNumber(block.plain) : undefined;
        return number === undefined ? [] : [Number(number)];
      }),
    );
    const inNumberedRun = (block: Block): boolean => {
      const number = emphasisedNumber(block.plain);
      return number !== undefined && (emphasisedNumbers.has(Number(number) - 1) || emphasisedNumbers.has(Number(number) + 1));
    };
    // A page copy's headings set as a run (numbered, questions, long unpunctuated lines); Markdown marks its own,
    // unless written a line to each paragraph, as an email saved as Markdown is.
    // (Not a line that goes on from the text above it, as a speech sets its questions: see `goesOnFromAbove`.)
    const interview = interviewQuestions(keptBlocks);
    const runs = new Set(
      [...headingRuns(keptBlocks)].filter(
        (k) =>
          (state.format === 'text' || keptBlocks[k]?.bareLine === true) && !goesOnFromAbove(keptBlocks[k] as Block) && !interview.has(k),
      ),
    );
    const answered = answeredQuestions(keptBlocks);
    const quoted = insideQuotations(keptBlocks);
    const lineHeadings = keptBlocks.filter(
      (block, k) => runs.has(k) || (state.format === 'text' && isLineHeading(block, keptBlocks[k + 1]) && !inListRun(keptBlocks, k)),
    );
    // (A set of headings shares one style: a question in title case among headings in sentence case titles something else, a video.)
    const titleCased = lineHeadings.filter((block) => isHeadlineCase(block)).length * 2 > lineHeadings.length;
    // (A lone question joins the page's other headings, one or more: with it they make a set, "Alcohol dependency and
    // alcohol abuse" / … / "What are the public health effects of alcohol abuse?".)
    if (lineHeadings.length >= 1 && state.format === 'text')
      for (const k of askedAlone(keptBlocks)) if (isHeadlineCase(keptBlocks[k] as Block) === titleCased && !interview.has(k)) runs.add(k);
    const quotes = pullQuotes(keptBlocks, runs, matchKey(state.meta.title));
    // (Headings stacked two deep are read only where the page sets headings of its own.)
    const stacked = lineHeadings.length >= 2;
    // (A run's headings set right under headings of their own are one level below them, all of the run alike:
    // "Top Influencer Marketing Social Agencies" / "6. Inbeat" / text, among "1. The Social Shepherd" … "15. ICUC Social".)
    const runLevel =
      stacked && [...runs].some((k) => !runs.has(k - 1) && stackedUnder(state, kept, k)) ? TEXT_HEADING_LEVEL + 1 : TEXT_HEADING_LEVEL;
    const items: BodyItem[] = [];
    /** The level of the last heading proper, under which a numbered line acts as a sub-heading. */
    let parentLevel = TEXT_HEADING_LEVEL - 1;
    /** The level of the questions of a run of questions and answers. */
    let faqLevel = TEXT_HEADING_LEVEL;
    /** The level of a heading of questions ("FAQs", "Frequently Asked Questions") the headings below belong to, while they ask. */
    let faqHeading: number | null = null;
    // (The second line of a heading the page broke over two lines, read with the first.)
    let secondLine = -1;
    /** The attributions of the pull quotes removed so far. */
    const attributions = new Set<string>();
    kept.forEach(({ block, index }, k) => {
      if (k === secondLine) {
        state.decide(index, { kind: 'heading', level: TEXT_HEADING_LEVEL });
        return;
      }
      if (quotes.has(block)) {
        state.remove(index, 'pull-quote');
        return;
      }
      // (A pull quote's attribution printed again, under the next pull quote, whatever a rule made of that one: "Johanna
      // Benamrouche, Féministe contre le cyberharcèlement", twice.)
      if (attributions.has(blockKey(block))) {
        state.remove(index, 'pull-quote');
        return;
      }
      const above = kept[k - 1]?.block;
      const underQuote = above !== undefined && quotes.has(above) && block.kind !== 'heading' && !isProse(block);
      if (
        underQuote &&
        // The attribution under a pull quote ("News industry analyst Ken Doctor", "— Jane Doe"); a line
        // of the page's run of headings ("4. Imaginary Implementation" among 1. to 7.) is none.
        ((!runs.has(k) &&
          words(block) <= ATTRIBUTION_MAX_WORDS &&
          (PERSON_NAME.test(lastWords(block.plain)) || /^[—–-]/.test(block.plain))) ||
          // "MARY NG, CANADA'S MINISTER OF …": a name and the speaker's role, set apart by a comma.
          (words(block) <= ATTRIBUTION_WITH_ROLE_MAX_WORDS &&
            PERSON_NAME.test(nameCase((block.plain.split(',')[0] ?? '').trim())) &&
            block.plain.includes(',')))
      ) {
        state.remove(index, 'pull-quote');
        attributions.add(blockKey(block));
        return;
      }
      const next = kept[k + 1]?.block;
      const followedByText = next !== undefined && (isText(next) || next.kind === 'heading');
      // A numbered label set in bold over its part, its colon after it: "**1. Moving Beyond Encouragement to Stronger Policies:**".
      const numberedLabel = block.emphasised && NUMBERED_LABEL.test(block.plain.trim()) ? block.plain.trim().slice(0, -1) : null;
      const heading = (given: number, marked: boolean, title = block.plain): void => {
        // (Under a heading of questions, "FAQs: …", the questions that follow are its sub-headings, however long their answers.)
        const question = asks(block);
        if (faqHeading !== null && (!question || given < faqHeading)) faqHeading = null;
        const level = faqHeading !== null && question ? Math.max(given, faqHeading + 1) : given;
        items.push({ type: 'heading', title: headingTitle(title), level, line: block.lines.start, marked });
        state.decide(index, { kind: 'heading', level });
        if (block.kind !== 'item') parentLevel = level;
        if (FAQ_HEADING.test(block.plain.trim())) faqHeading = level;
      };
      const previous = kept[k - 1]?.block;
      // A numbered line standing alone between paragraphs ("1. Collective Bargaining") is a heading
      // written as a one-item list, a level below the heading it sits under.
      const loneItem =
        block.kind === 'item' &&
        NUMBERED_LINE.test(state.lines[block.lines.start - 1] ?? '') &&
        previous?.kind !== 'item' &&
        next?.kind !== 'item' &&
        isHeadingShaped({ ...block, kind: 'paragraph' }) &&
        next !== undefined &&
        isProse(next);
      if (block.kind === 'heading') {
        heading(block.level ?? TEXT_HEADING_LEVEL, true);
      } else if (runs.has(k)) {
        const last = items.at(-1);
        const parent = last?.type === 'heading' && state.role(kept[k - 1]?.index ?? -1)?.kind === 'heading' ? last : null;
        // (Questions and answers right under a heading of their own, "Frequently Asked Questions", are a level below it.)
        if (answered.get(k) === k) faqLevel = parent ? parent.level + 1 : TEXT_HEADING_LEVEL;
        heading(answered.has(k) ? faqLevel : runLevel, false);
      } else if (loneItem) {
        heading(parentLevel + 1, true);
      } else if (
        state.format === 'markdown' &&
        block.emphasised &&
        isHeadingShaped(
          numberedLabel
            ? { ...block, plain: numberedLabel }
            : inNumberedRun(block)
              ? { ...block, plain: block.plain.trim().replace(/\.$/, '') }
              : block,
          inNumberedRun(block) ? HEADING_MAX_WORDS : EMPHASIS_HEADING_MAX_WORDS,
        ) &&
        // (A question set in bold on its own line heads its answer: "**Q: will censorship change when using LLMs?**"; so
        // does one of a numbered run, its stop notwithstanding: "**Leçon n°1 : il faut la bonne équipe.**".)
        (!endsLikeSentence(block.plain) || block.plain.trim().endsWith('?') || numberedLabel !== null || inNumberedRun(block)) &&
        // (Under one of a numbered run, any paragraph of plain text is its part, however short: "Good luck!".)
        (followedByText || (inNumberedRun(block) && next?.kind === 'paragraph' && !next.emphasised))
      ) {
        heading(EMPHASIS_LEVEL, true, numberedLabel ?? undefined);
      } else if (
        (state.format === 'text' || block.bareLine === true) &&
        next !== undefined &&
        labelOverStatement(block, next, kept[k + 2]?.block)
      ) {
        // A numbered label over the one sentence it names, the text under them: "Fallacy 1" / "Rich-country protection
        // is higher than poor-country protection." / text. The heading says both.
        heading(TEXT_HEADING_LEVEL, false, `${block.plain.trim().replace(/[.:]$/, '')}: ${next.plain.trim()}`);
        secondLine = k + 1;
      } else if (
        (state.format === 'text' || block.bareLine === true) &&
        next !== undefined &&
        goesOnBelow(block, next) &&
        !quoted.has(k) &&
        isLineHeading(oneLine(block, next), kept[k + 2]?.block) &&
        !inListRun(keptBlocks, k)
      ) {
        // A heading the page broke over two lines: "U.S. Strategy: A Preference" / "for the Offensive".
        heading(TEXT_HEADING_LEVEL, false, `${block.plain} ${next.plain}`);
        secondLine = k + 1;
      } else if (
        (state.format === 'text' || block.bareLine === true) &&
        !interview.has(k) &&
        isLineHeading(block, next, titleCased && lineHeadings.length >= 2) &&
        // (Nor a line of a quotation set one line to a paragraph: a song's verse.)
        !quoted.has(k) &&
        // (A line the next paragraph opens by naming is its heading, even under a list: "Batch text insertion" / "Next was batch text insertion. …".)
        (!inOpenedList(keptBlocks, k, (j) => quotes.has(keptBlocks[j] as Block)) || namedBelow(block, next)) &&
        // (Nor an item of a list of labelled lines: "W-2: employer-provided form …" / "1099-NEC: …" / ….)
        !inLabelledList(keptBlocks, k) &&
        // (Nor an item set against the next or the last: a list's, "• Cap federal spending below twenty percent of the economy".)
        !inListRun(keptBlocks, k) &&
        !betweenListLines(keptBlocks, k) &&
        !inFigureRun(keptBlocks, k)
      ) {
        heading(stacked && stackedUnder(state, kept, k) ? TEXT_HEADING_LEVEL + 1 : TEXT_HEADING_LEVEL, false);
      } else if ((state.format === 'text' || block.bareLine === true) && stacked && stackedUnder(state, kept, k + 1)) {
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
