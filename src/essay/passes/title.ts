import { NOT_A_NAME_WORD, namesAlone, OWN_SITE, PERSON_NAME, PUBLICATION_END, parseNameList, ROLE, writersAlone } from '../authors.js';
import { type Block, BREADCRUMB_STEP, blockKey } from '../blocks.js';
import { isCommentHeader, isThreadHeading } from '../comments.js';
import { findDate } from '../dates.js';
import { contentWords } from '../keyphrase.js';
import { alphabeticalRuns } from '../listings.js';
import type { Vocabulary } from '../sentences.js';
import {
  adjacent,
  asks,
  goesOnBelow,
  HEADLINE_MAX_WORDS,
  isHeadingShaped,
  isHeadlineCase,
  isProse,
  isText,
  openedListReader,
  words,
} from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { endsLikeSentence, endsWithColon, escapeRegExp, inCapitals, matchKey, wordCount } from '../text.js';
import { introduces } from './sections.js';
import { BIO_HEADING } from './tail.js';

/** Longer than any headline: a line of this many words under a title is its standfirst. */
const STANDFIRST_MIN_WORDS = 20;

/** A standfirst under a title: a sentence, or a line longer than a headline. */
const isStandfirst = (block: Block): boolean => endsLikeSentence(block.plain) || words(block) > STANDFIRST_MIN_WORDS;
/** A standfirst between title and byline is a sentence or two. */
const STANDFIRST_MAX_WORDS = 45;
/** Paragraphs of the main text may be separated by this many other blocks (a caption, an ad, a heading). */
const MAIN_GAP = 4;
/** A run of paragraphs this share of the longest, or longer, may be the article's. */
const MAIN_RUN_SHARE = 0.5;
/** …or this share, right under a byline. */
const BYLINED_RUN_SHARE = 0.2;
/** How far into the main text's run a byline may stand: after a standfirst or a lead-in. */
const STANDFIRST_REACH = 3;
/** How far above the main text a byline may stand (tags, share buttons, an image between). */
const BYLINE_REACH = 15;
/** Lines a byline may be spread over: name, tagline, links, role, date. */
const BYLINE_SPREAD = 6;
/** A byline this far down: the title is looked for above bylines in the first half. */
const HEADER_ZONE = 0.5;
/** …but a short page's header may reach past its half. */
const HEADER_MIN_BLOCKS = 8;

function nextText(state: EssayState, from: number): Block | undefined {
  for (let i = from; i < state.blocks.length; i++) {
    const block = state.blocks[i] as Block;
    const hint = state.hints[i];
    if (state.role(i)?.kind === 'chrome' || hint?.kind === 'chrome' || block.kind === 'rule') continue;
    return isText(block) ? block : undefined;
  }
  return undefined;
}

/**
 * Makes block `index` the title; returns its index. A title that ends with its colon goes on in
 * the headline on the next line: "Patient Assistance Programs:" / "Do They Really Help the Uninsured ?".
 */
function take(state: EssayState, picked: number, keepFrontTitle = false): number {
  const chosen = keepFrontTitle ? picked : withoutTabPrefix(state, picked);
  // (Chosen at its second half, the headline starts on the line above.)
  // (Not under a label with its colon, a word or two: "Sponsor:", "Text Input:", "Aktuelle Seite: Genetik:".)
  const upper = chosen - 1;
  const above = state.blocks[upper];
  const index =
    !keepFrontTitle &&
    above &&
    !state.hints[upper] &&
    !state.isDecided(upper) &&
    ((words(above) >= TITLE_MIN_WORDS && above.plain.indexOf(':') === above.plain.length - 1 && opensTitle(state, upper)) ||
      headlineGoesOn(state, upper))
      ? upper
      : chosen;
  const block = state.blocks[index] as Block;
  if (!keepFrontTitle || !state.meta.title) [state.meta.title, state.meta.lines.title] = [withoutKicker(block.plain), block.lines.start];
  state.titleIndex = index;
  state.decide(index, { kind: 'title' });
  const rest = state.blocks[index + 1];
  const goesOn = headlineGoesOn(state, index);
  if (!keepFrontTitle && rest && (opensTitle(state, index) || goesOn)) {
    state.meta.title = `${block.plain} ${rest.plain}`;
    state.decide(index + 1, { kind: 'title' });
    // (What stands under the title, a byline, stands under its second line.)
    if (goesOn) state.titleIndex = index + 1;
  }
  return index;
}

/** `take`, the title then written without what `marks` matches: a quotation's marks, a breadcrumb's step mark. */
function takeWithout(state: EssayState, picked: number, marks: RegExp, replacement: string): number {
  const chosen = take(state, picked);
  state.meta.title = state.meta.title.replace(marks, replacement);
  return chosen;
}

/** A line printed just under the chosen one, within this many blocks, may be the same headline without its prefix. */
const TAB_PREFIX_REACH = 4;
/** The prefix a page's tab title or breadcrumb sets before the headline is a label: "Features : :", "Blog |". */
const TAB_PREFIX = /^\p{Lu}[\p{L}&'’ -]{0,30}?\s*(?:[:|»›>]\s*)+$/u;

/**
 * A page's tab title or breadcrumb over its headline, the headline printed whole after a label ("Features : : School
 * Funding: Do Poor Kids Get Their Fair Share?" / share buttons / "School Funding: Do Poor Kids Get Their Fair
 * Share?"): the title is the headline's own line.
 */
function withoutTabPrefix(state: EssayState, chosen: number): number {
  const text = (state.blocks[chosen] as Block).plain.trim();
  for (let j = chosen + 1; j < state.blocks.length && j <= chosen + TAB_PREFIX_REACH; j++) {
    const below = (state.blocks[j] as Block).plain.trim();
    if (state.isDecided(j) || below.length === 0 || below.length >= text.length || !text.endsWith(below)) continue;
    if (TAB_PREFIX.test(text.slice(0, text.length - below.length).trim())) return j;
  }
  return chosen;
}

/**
 * A section's label glued to the headline by the copy, as pages set the kicker inline: "Meinung Warum Kritik an
 * Trumps Charakter so ineffektiv ist und verpufft". The headline is what follows, a few words at least.
 */
const GLUED_KICKER =
  /^(?:Meinung|Kommentar|Kolumne|Gastbeitrag|Analyse|Tribune|Chronique|Opinión|Opinião|Opinione|Opinie|Commentaar|Opinion|Commentary|Analysis|MEINUNG|KOMMENTAR|OPINION|ANALYSIS)\s+(?=\p{Lu})((?:\S+\s+){4,}\S+)$/u;
const withoutKicker = (title: string): string => GLUED_KICKER.exec(title)?.[1] ?? title;

/**
 * The headline at block `i` goes on on the line right under it (shape.ts's `goesOnBelow`), a line nothing else has
 * taken. (A label with its colon over a line is `opensTitle`'s, which asks more of it: "Sponsor:" is no headline's.)
 */
function headlineGoesOn(state: EssayState, i: number): boolean {
  const [block, rest] = [state.blocks[i], state.blocks[i + 1]];
  return !!block && !!rest && !block.plain.endsWith(':') && !state.isDecided(i + 1) && !state.hints[i + 1] && goesOnBelow(block, rest);
}

/** Block `i` ends with a colon and the headline on the next line goes on from it. */
function opensTitle(state: EssayState, i: number): boolean {
  const [block, rest] = [state.blocks[i], state.blocks[i + 1]];
  return (
    !!block &&
    !!rest &&
    block.plain.endsWith(':') &&
    rest.kind === block.kind &&
    rest.lines.start === block.lines.end + 1 &&
    !state.isDecided(i + 1) &&
    !state.hints[i + 1] &&
    isHeadingShaped(rest, HEADLINE_MAX_WORDS)
  );
}

/** The first heading before any running text, in Markdown: the page's printed title. */
function leadingHeading(state: EssayState): number {
  const firstText = state.blocks.findIndex((block, i) => !state.isDecided(i) && !state.hints[i] && isProse(block));
  const limit = firstText < 0 ? state.blocks.length : firstText;
  const headings = state.blocks.slice(0, limit).flatMap((block, i) => (block.kind === 'heading' && !state.isDecided(i) ? [i] : []));
  const h1 = headings.find((i) => state.blocks[i]?.level === 1);
  return h1 ?? headings[0] ?? -1;
}

/** Headline lines this close above the byline may be the title; a column label can sit between. */
const TITLE_REACH = 4;
/** A label ("Deal Professor", "Free Future") is a word or two; a title says more. */
const LABEL_MAX_WORDS = 2;
/** Long enough that finding it inside another line means the page repeats its title there. */
const ECHO_MIN_WORDS = 4;

/**
 * The title among the headline lines just above the byline: the one the page repeats
 * elsewhere (a header bar, a share text), else the nearest that is more than a label; a kicker
 * over its title, or a title over its standfirst, when two are stacked.
 */
function titleAboveByline(state: EssayState, byline: number, main: number, headline: (i: number) => boolean): number {
  const { blocks } = state;
  // (A page may print its title twice in a row, as a link and as a heading, and the repeats pass
  // took both for chrome; but so may it a site's name: such a line is the title only when no other is.)
  const twice: number[] = [];
  const printedTwice = (i: number): boolean => {
    const above = blocks[i - 1];
    return repeatedHeadline(state, i) && (above ? blockKey(above) : '') === blockKey(blocks[i] as Block);
  };
  const candidates: number[] = [];
  let standfirstSeen = false;
  // (A page's tags set between the title and the byline, line under line, do not count.)
  const tags = alphabeticalRuns(state);
  let reach = TITLE_REACH;
  for (let i = byline - 1; i >= 0 && reach > 0; i--) {
    if (tags.has(i)) continue;
    reach--;
    const block = blocks[i] as Block;
    // (Not the site's name over the byline, which the page names as its publication elsewhere: "The Honest Sorcerer" over
    // the date, "© 2026 The Honest Sorcerer" at the foot of the page.)
    if ((headline(i) || askingHeadline(state, i)) && !namedAsPublication(blocks, i)) candidates.push(i);
    else if (printedTwice(i)) twice.push(i);
    else if (!state.hints[i] && isProse(block)) {
      // One sentence or two between the title and the byline is the standfirst; more is text.
      // (Over a byline that the text starts under, one paragraph of any length is the standfirst.)
      // (Over a dek of headline shape, the standfirst may stand under the page's title: "Housing market slowdown
      // continues …" / "New numbers from the Canadian Real Estate Association confirm …" / "Average price of a home …".)
      const titleOver = !standfirstSeen && words(block) <= STANDFIRST_MAX_WORDS && headline(i - 1) && inTabTitle(blocks, i - 1);
      if (candidates.length > 0 && titleOver) candidates.push(i - 1);
      if (standfirstSeen || candidates.length > 0 || (words(block) > STANDFIRST_MAX_WORDS && byline > main)) break;
      standfirstSeen = true;
    }
  }
  if (candidates.length === 0) candidates.push(...twice);
  const short = shortTitleOverByline(state, byline, main);
  if (candidates.length === 0) return short;
  // The one the page's own title repeats with the site's name, as a browser's tab shows it ("Housing market slowdown
  // continues … | CBC News Loaded"), over a dek of headline shape nearer the byline.
  const tabTitled = candidates.find((c) => c < byline && inTabTitle(blocks, c));
  if (tabTitled !== undefined) return tabTitled;
  const keys = blocks.map((block) => ` ${blockKey(block)} `);
  // (Not past a headline in title case nearer the byline: a menu item the page repeats is no title.)
  const nearestTitle = candidates.find((i) => isTitleAboveByline(state, i)) ?? -1;
  const echoed = candidates.find((i) => {
    if (i < nearestTitle) return false;
    const key = keys[i] as string;
    // (Not a kicker that the headline under it names: "Dancing With the Stars" over "James Van Der Beek eliminated
    // from 'Dancing with the Stars' after …"; the text names it too.)
    const kicker = candidates.some(
      (c) => c > i && (keys[c] as string).length > key.length && (keys[c] as string).includes(key.slice(1, -1)),
    );
    return (
      !kicker &&
      words(blocks[i] as Block) >= ECHO_MIN_WORDS &&
      keys.some((other, j) => j !== i && other.length > key.length && other.includes(key.slice(1, -1)) && !callsAPublication(other, key))
    );
  });
  if (echoed !== undefined) return echoed;
  const standfirstShaped = (c: number): boolean => isStandfirst(blocks[c] as Block) && !askingHeadline(state, c);
  // Nearest first, but not a label, and not a standfirst when a title stands above it.
  // (Two words in sentence case are a short title, "About bugs"; labels capitalise each word.)
  const titles = candidates.filter((c) => words(blocks[c] as Block) > LABEL_MAX_WORDS || inSentenceCase(blocks[c] as Block));
  // (Labels alone, "Golf", "Columnists": the title is further up, or found another way; but two words right over the
  // byline that the text's opening names are a short title, over a menu's row above: "Backup Strategy".)
  if (short >= 0) return short;
  // (A headline the page prints again right under itself, as a heading and its share text, is the title, though it ends
  // like a sentence: "Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!" twice, under the other stories' headlines.)
  const doubled = titles.find((c) => words(blocks[c] as Block) >= ECHO_MIN_WORDS && printedAgainBelow(blocks, c));
  if (doubled !== undefined) return doubled;
  const i = titles.find((c) => !standfirstShaped(c)) ?? titles[0];
  if (i === undefined) return -1;
  const above = i - 1;
  if (headline(above)) return titleOfStack(blocks, above, i);
  // (A dek that says what the piece is stands under its title, though the title ends with a full stop: "VC doesn't work
  // for Climate Tech. Here's 3 new solutions." / "A climate hardware founder's field guide to the financing tools …".)
  if (titleOverDescribingDek(state, above, i)) return above;
  return i;
}

/**
 * Block `i` is a short line that the page's copyright line names: "© 2026 The Honest Sorcerer". (Only the copyright:
 * "All content about Internet of Things" names a topic as the site's links name publications.)
 */
function namedAsPublication(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i] as Block;
  if (words(block) > SITE_NAME_MAX_WORDS || endsLikeSentence(block.plain)) return false;
  const held = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(block.plain.trim())}(?![\\p{L}\\p{N}])`, 'iu');
  return blocks.some((other, j) => j !== i && COPYRIGHT_SIGN.test(other.plain) && held.test(other.plain));
}
/** A copyright line's sign or word. */
const COPYRIGHT_SIGN = /©|\(c\)|\bcopyright\b/i;

/** The next block says block `i`'s words again, its punctuation aside. */
function printedAgainBelow(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return next !== undefined && next.kind === (blocks[i] as Block).kind && blockKey(next) === blockKey(blocks[i] as Block);
}

/** Block `upper`, a line as short as a headline right over block `dek`, a longer line that says what the piece is, is its title. */
function titleOverDescribingDek(state: EssayState, upper: number, dek: number): boolean {
  const [top, bottom] = [state.blocks[upper], state.blocks[dek] as Block];
  return (
    !!top &&
    isText(top) &&
    !state.hints[upper] &&
    adjacent(top, bottom) &&
    /^\p{Lu}/u.test(top.plain) &&
    words(top) >= TITLE_MIN_WORDS &&
    words(top) <= HEADLINE_MAX_WORDS &&
    words(bottom) > words(top) &&
    DESCRIBING_DEK.test(bottom.plain) &&
    !endsLikeSentence(bottom.plain)
  );
}

/** A page's title as a browser shows it: the headline, then a bar or a dash and the site's name. */
const TAB_TITLE_REST = /^\s+[|–—-]\s+\S/u;

/** An earlier line is block `i`'s text followed by the site's name. */
function inTabTitle(blocks: readonly Block[], i: number): boolean {
  const text = (blocks[i] as Block).plain.trim();
  if (wordCount(text) < ECHO_MIN_WORDS) return false;
  return blocks.slice(0, i).some((block) => block.plain.startsWith(text) && TAB_TITLE_REST.test(block.plain.slice(text.length)));
}

/** A headline that asks, next to the byline: "How much should I pay for cleaning in San Diego?" */
function askingHeadline(state: EssayState, i: number): boolean {
  const block = state.blocks[i] as Block;
  const count = words(block);
  return (
    block.kind === 'paragraph' &&
    block.lines.start === block.lines.end &&
    !state.hints[i] &&
    !state.isDecided(i) &&
    asks(block) &&
    count >= TITLE_MIN_WORDS &&
    count <= HEADLINE_MAX_WORDS &&
    // (Spanish opens a question with its own mark: "¿Soñarán las IA con acné en la frente?".)
    /^[¿¡]?[\p{Lu}\p{N}"“‘']/u.test(block.plain) &&
    !notATitle(block, state.vocabulary)
  );
}

/** Two words or more, not each capitalised: a short title ("Building embryos"), not a label ("Deal Professor"). */
const inSentenceCase = (block: Block): boolean => words(block) >= 2 && /\s\p{Ll}/u.test(block.plain);

/** A line naming a role in its first words: "Opinion writer reporting from …", "Senior fellow at …". */
const AUTHOR_TAGLINE = new RegExp(`^(?:\\S+\\s+){0,2}${ROLE.source}`, 'i');

/** A label or tag: a word or two, not a sentence ("Sales/Marketing", "investor"). */
const isLabel = (block: Block): boolean => words(block) <= LABEL_MAX_WORDS && !endsLikeSentence(block.plain);

/** Two words or more, each capitalised: "Vibe Coding", a title as short as a label, which isHeadlineCase (three words or more) passes over. (Not "Opinion": one word is a section's label.) */
const everyWordCapitalised = (block: Block): boolean => {
  const all = block.plain.trim().split(/\s+/);
  return all.length >= 2 && all.every((word) => /^[\p{Lu}\d]/u.test(word));
};

/** The label over a piece's abstract, as a report's or a memo's page sets it. */
const ABSTRACT_LABEL = /^(?:abstract|summary|executive summary|tl;?dr|key (?:points|takeaways|findings))\s*:?$/i;

/** Section labels a page may set between its byline and a title below it. */
const LABELS_BELOW_BYLINE = 2;

/** A writer's role under their name is a few words: "Product Analytics Expert". */
const TAGLINE_MAX_WORDS = 4;

/** A title below the byline says more than a label: a date above a headline ("Sunday, Feb 1, 2015" / "The sharing economy is a lie: …"). */
const BELOW_TITLE_MIN_WORDS = 5;
/** …and under a date alone, a headline in title case of this many words: "Free Market Vaccines". */
const BELOW_TITLE_CASE_MIN_WORDS = 3;

/** Lines of the page's chrome that may stand between a title and the byline under it. */
const CHROME_OVER_BYLINE_MAX = 2;

/**
 * Some pages print the date or byline above the headline. The block right after the byline's
 * lines, when it is a headline of some length and the main text (after a standfirst at most)
 * follows it, is the title.
 */
function titleBelowByline(state: EssayState, byline: number, main: number, headline: (i: number) => boolean): number | undefined {
  // (A headline right over the byline is the title; the line under it, its dek: "How-to Guide: Defeating an
  // Android Packer with FRIDA" / "By Dario Durando | November 02, 2018" / "A FortiGuard Labs How-To Guide for …".)
  // (So is a question in title case there: "Patient Assistance Programs:" / "Do They Really Help the Uninsured ?" /
  // "A report by Public Advocate Betsy Gotbaum" / "The Facts on Prescription Drug Costs", the first part's heading.)
  // (Past a line of the menus printed between, the brand's name the repeats pass took: "… ist und verpufft" / "capital" /
  // "von Jemima Kelly".)
  let over = byline - 1;
  while (over > byline - 1 - CHROME_OVER_BYLINE_MAX && over > 0 && state.role(over)?.kind === 'chrome') over--;
  if (over >= 0 && (isTitleAboveByline(state, over) || (askingHeadline(state, over) && isHeadlineCase(state.blocks[over] as Block))))
    return undefined;
  let i = byline;
  const labelsAt: number[] = [];
  // Past the byline's lines, and a label or two of the section it is filed under ("Sales/Marketing").
  for (; i < state.blocks.length; i++) {
    if (state.hints[i]?.kind === 'meta' || state.isDecided(i)) continue;
    if (state.hints[i] || !isLabel(state.blocks[i] as Block) || labelsAt.length === LABELS_BELOW_BYLINE) break;
    labelsAt.push(i);
  }
  const block = state.blocks[i];
  if (!block) return undefined;
  // (Under an "Abstract" label, the line is the piece's abstract, no title: "Abstract" / "I analyze trends in arrests …".)
  if (ABSTRACT_LABEL.test(state.blocks[i - 1]?.plain.trim() ?? '')) return undefined;
  // (Under a date alone, as a blog sets its date header over the post's title, a short one in title case: "Free Market Vaccines".)
  const bylineHint = state.hints[byline];
  const dateAlone = bylineHint?.kind === 'meta' && !bylineHint.authors?.length;
  // …and a title of a word or two, when the text starts right under it: "December 16, 2025" / "Vibe Coding" /
  // "I have been teaching myself to vibe code." (A label filed over a title has the title under it, not the text.)
  const [onlyLabel] = labelsAt;
  // (Not under a headline set over the date, which is the title; the words under the date are the section it is filed
  // in: "Your White Savior Complex is detrimental to my development" / "March 21, 2016" / "International Development".)
  const headlineOver = over >= 0 && headline(over) && words(state.blocks[over] as Block) >= BELOW_TITLE_MIN_WORDS;
  // (Nor under a headline set between the date and the byline, which is the title whatever its case: "January 8, 2008" /
  // "Bush trip gave irresistible urge to tweak tail of a superpower" / "Richard Beeston: Analysis" / a video's link.)
  if (headlineOver && over > 0 && state.hints[over - 1]?.kind === 'meta') return undefined;
  // (Nor under a headline of a headline's length right over the writer's byline, in whatever case: "O que Pacheco pretende
  // ao fazer acenos ao STF …" / "Por Rodolfo Costa" / "Brasília" / the date / "Como você se sentiu com essa matéria?".)
  const overBlock = state.blocks[over] as Block;
  if (
    over === byline - 1 &&
    bylineUnderHeadline(state, byline) &&
    words(overBlock) >= HEADLINE_OVER_DEK_MIN_WORDS &&
    !isStandfirst(overBlock)
  )
    return undefined;
  if (
    dateAlone &&
    !headlineOver &&
    labelsAt.length === 1 &&
    onlyLabel !== undefined &&
    i === main &&
    headline(onlyLabel) &&
    everyWordCapitalised(state.blocks[onlyLabel] as Block)
  )
    return onlyLabel;
  const minWords = dateAlone && isHeadlineCase(block) ? BELOW_TITLE_CASE_MIN_WORDS : BELOW_TITLE_MIN_WORDS;
  if (
    i >= main + STANDFIRST_REACH ||
    !headline(i) ||
    words(block) < minWords ||
    (isStandfirst(block) && !askingHeadline(state, i) && !exclaims(block))
  )
    return undefined;
  // The author's tagline under the byline ("Opinion writer reporting from a center-right perspective") is no title,
  // nor a few words in title case right under the writer's name, their role ("Annemarie Bufe" / "Product Analytics Expert").
  if (AUTHOR_TAGLINE.test(block.plain)) return undefined;
  const hintAbove = state.hints[i - 1];
  const above = state.blocks[i - 1] as Block;
  const nameAbove =
    (hintAbove?.kind === 'meta' && !!hintAbove.authors?.length && !hintAbove.date) ||
    (!hintAbove && i - 1 > byline && writersAlone(above, state.vocabulary) !== null);
  if (nameAbove && words(block) <= TAGLINE_MAX_WORDS && isHeadlineCase(block)) return undefined;
  for (let j = i + 1; j < main; j++) {
    const between = state.blocks[j] as Block;
    // (Tags of a word or two may stand between: "investor", "Marketing".)
    if (
      !state.hints[j] &&
      !state.isDecided(j) &&
      !(isProse(between) && words(between) <= STANDFIRST_MAX_WORDS) &&
      !headline(j) &&
      !isLabel(between) &&
      namesAlone(between) === null
    )
      return undefined;
  }
  // (A kicker over the headline over its dek, the text further down: the headline is the middle line. Over the text's
  // first paragraph, the lower line heads the text's first part.)
  if (i + 2 < main && headline(i + 1) && adjacent(block, state.blocks[i + 1] as Block) && deckedBelow(state.blocks, i + 1)) return i + 1;
  return i;
}

/** A short title has this many words: one alone is a label ("Golf", "Columnists"). */
const SHORT_TITLE_WORDS = LABEL_MAX_WORDS;

/**
 * A title of two words set right over the byline, the text starting under it, that the text's opening names with a
 * word it writes in lower case: the line's index, or -1. ("Backup Strategy" / "January 22nd, 2019" / "… my backup";
 * a section's label there, "Deal Professor", names nothing the text says, and a writer's name is no word of the text.)
 */
function shortTitleOverByline(state: EssayState, byline: number, main: number): number {
  const at = byline - 1;
  const block = state.blocks[at];
  if (!block || state.hints[at] || state.isDecided(at) || words(block) !== SHORT_TITLE_WORDS || main <= byline) return -1;
  if (!isHeadingShaped(block, HEADLINE_MAX_WORDS) || isDateLine(block.plain)) return -1;
  // (A category's name the page prints again, in its menu or over the headline, is a label: "DESIGN STYLE" / … /
  // "Design Style" / "8/1/2025".)
  const key = blockKey(block);
  if (state.blocks.some((other, j) => j !== at && blockKey(other) === key)) return -1;
  // (A tag or two may stand between the byline and the text: "January 22nd, 2019" / "tech".)
  const between = state.blocks.slice(byline + 1, main);
  if (between.length > LABELS_BELOW_BYLINE || !between.every(isLabel)) return -1;
  const opening = new Set(state.blocks.slice(main, main + OPENING_REACH).flatMap((text) => text.plain.split(/[^\p{L}\p{N}'’-]+/u)));
  const named = block.plain
    .split(/\s+/)
    .some((word) => word.length > SHORT_WORD_MAX_LETTERS && opening.has(word.toLowerCase()) && state.vocabulary.has(word.toLowerCase()));
  // (Or the site's menu row stands right above it: "Jeff Kaufman Posts RSS ◂◂RSS Contact" / "Backup Strategy" / the date.)
  const underMenu = at > 0 && isMenuRow(state.blocks[at - 1] as Block);
  return named || underMenu ? at : -1;
}
/** Words of this many letters or fewer ("the", "of", "new") name nothing. */
const SHORT_WORD_MAX_LETTERS = 3;

/** A headline's words at most, when it exclaims. */
const EXCLAIMING_HEADLINE_MAX_WORDS = 10;

/** A short line that exclaims is a headline, not a standfirst, whose sentences state: "Software end of life matters!". */
const exclaims = (block: Block): boolean => block.plain.trim().endsWith('!') && words(block) <= EXCLAIMING_HEADLINE_MAX_WORDS;

/** A headline in title case, longer than a label and not an author's tagline: no part of a byline. */
function isTitleAboveByline(state: EssayState, i: number): boolean {
  const block = state.blocks[i] as Block;
  return (
    !state.hints[i] &&
    !state.isDecided(i) &&
    words(block) >= BELOW_TITLE_MIN_WORDS &&
    isHeadlineCase(block) &&
    !isStandfirst(block) &&
    !AUTHOR_TAGLINE.test(block.plain)
  );
}

/**
 * A line that ends with a stop set right over a picture's credit is its caption: "President Trump at
 * the Economic Club of New York last week." / "Credit..." / "Anna Moneymaker/The New York Times".
 */
function overCredit(state: EssayState, i: number): boolean {
  const [block, below, hint] = [state.blocks[i], state.blocks[i + 1], state.hints[i + 1]];
  return (
    !!block && !!below && endsLikeSentence(block.plain) && hint?.kind === 'chrome' && hint.reason === 'caption' && adjacent(block, below)
  );
}

/** Shaped as a headline can be, and none of the lines that never are the title. */
const headlineShaped = (state: EssayState, block: Block): boolean =>
  (isHeadingShaped(block, HEADLINE_MAX_WORDS) || isHeadlineCase(block)) && !notATitle(block, state.vocabulary);

/**
 * A page may print its title and standfirst in lower case, right over the byline ("what is once sprung cannot
 * necessarily be unsprunged" / "the problem of cognitive hysteresis" / "Dan Davies"): block `i` is one of a stack
 * of such lines that reaches down to the byline, each a headline's length and no sentence.
 */
function inLowerCaseStack(state: EssayState, i: number, byline: number): boolean {
  if (i < 0) return false;
  for (let j = i; j < byline; j++) {
    const block = state.blocks[j] as Block;
    const text = block.plain.trim();
    const shaped =
      block.kind === 'paragraph' &&
      block.lines.start === block.lines.end &&
      /^\p{Ll}{2}/u.test(text) &&
      wordCount(text) >= TITLE_MIN_WORDS &&
      wordCount(text) <= HEADLINE_MAX_WORDS &&
      !/[.,;:!]$/.test(text) &&
      !/\bhttps?:\/\/|www\./.test(text);
    if (!shaped || state.hints[j] || state.isDecided(j) || notATitle(block, state.vocabulary)) return false;
  }
  return i < byline;
}

/** A line that names `key` as the publication: "Dan Davies - "Back of Mind" is a reader-supported publication. To receive …". */
const callsAPublication = (other: string, key: string): boolean => {
  const after = other.slice(other.indexOf(key) + key.length);
  return /^\s*is an? (?:[\p{L}-]+ ){0,3}(?:publication|newsletter|blog|magazine|podcast|website|site)\b/u.test(after);
};

/** A headline the repeats pass took for chrome, the page printing it more than once: the title may be one. */
const repeatedHeadline = (state: EssayState, i: number): boolean =>
  state.decisions[i]?.pass === 'repeats' && !state.hints[i] && headlineShaped(state, state.blocks[i] as Block);

/**
 * Lines of a page's header that are never its title, whatever their shape: a person's name
 * alone ("Adam Clark Estes"), a line with a date or a time of day ("2 days ago at 07:54 am"), a
 * photo credit ("Anna Moneymaker/The New York Times"), a gallery counter ("Image 1 of 8").
 */
function notATitle(block: Block, vocabulary: Vocabulary): boolean {
  const text = block.plain;
  return (
    namesAlone(block, vocabulary) !== null ||
    namesListed(text) ||
    SECTION_OPENER.test(text) ||
    BYLINE_LINE.test(text) ||
    (words(block) <= PUBLICATION_MAX_WORDS && PUBLICATION_END.test(text.trim())) ||
    isDateLine(text) ||
    /\b\d{1,2}:\d{2}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b/i.test(text) ||
    /\p{L}\s*\/\s*(?:\p{Lu}[\p{L}.]*\s*)+$/u.test(text) ||
    /^(?:image|photo|slide|picture)\s+\d+\s+of\s+\d+$/i.test(text) ||
    // A permalink's mark after a heading ("Introduction to Clematis Pruning #") is a part's, not the title's.
    /\s[#¶🔗]$/u.test(text) ||
    /^(?:by|posted|published|updated|written|tested by)\b/i.test(text) ||
    // (A writer's card's heading over the name: "About The Author" / "Ramona Pringle" / "Technology Columnist".)
    BIO_HEADING.test(text.trim().replace(/:$/, '')) ||
    // (A copyright's holder is no headline: "May/June 2003 pp. 26-33 (vol. 59, no. 03) © 2003 Bulletin of the Atomic Scientists".)
    /©|\(c\)\s*\d{4}|\bcopyright\b/i.test(text) ||
    // (A breadcrumb's steps: "CNET Japan > デジタル製品特集 > 松村太郎のAppleニュース一気読み", "Home › Blog › …".)
    /\s[>›»]\s.*\s[>›»]\s/u.test(text) ||
    // (A menu's links run together: "Admissions Academics Student Services Campus Resources Community About ECC".)
    isMenuRow(block) ||
    // (A sponsor's label over the date, the sponsor named: "Help Net Security Sponsored".)
    (words(block) <= SPONSOR_LABEL_MAX_WORDS && SPONSOR_LABEL.test(text.trim())) ||
    // (An aside in brackets, a line of its own, is the writer's word to the reader: "(a post only marginally about transportation)".)
    /^\([^()]+\)$/.test(text.trim())
  );
}
/** A sponsor's label names the sponsor at most. */
const SPONSOR_LABEL_MAX_WORDS = 6;
const SPONSOR_LABEL = /(?:^|\s)(?:sponsored(?:\s+(?:content|post))?|paid (?:content|post)|partner content|advertorial)$/i;

/** A line wholly in quotation marks: a speech's or a lecture's title as its page prints it. */
const QUOTED_LINE = /^["“„](.+)["”“]$/u;
/** Short lines a speech's page sets between its byline's lines and its quoted title: the occasion, the place. */
const OCCASION_MAX_WORDS = 6;

/**
 * A speech's title, printed in quotation marks under the speaker's lines, the occasion, the date and the place,
 * with the text right under it: "Thursday, February 12, 2004" / "Washington, D.C." / "\"Prevention and Treatment of
 * Alcohol Abuse: Vision and Strategies\"" / "Thanks for that terrific introduction, …". Its index, or -1.
 */
function quotedTitleUnderByline(state: EssayState, byline: number): number {
  for (let i = byline + 1; i < Math.min(state.blocks.length, byline + 1 + BYLINE_SPREAD); i++) {
    const block = state.blocks[i] as Block;
    if (state.isDecided(i) || state.hints[i]?.kind === 'meta') continue;
    const inner = QUOTED_LINE.exec(block.plain.trim())?.[1];
    if (inner !== undefined) {
      const shaped = wordCount(inner) >= TITLE_MIN_WORDS && isHeadingShaped({ ...block, plain: inner }, HEADLINE_MAX_WORDS);
      // (The text may open with a greeting that ends in a bracket: "Thanks for that terrific introduction, Dr. Runge. (Dr. …)".)
      return shaped && (nextText(state, i + 1) ?? nextText(state, i + 2)) !== undefined ? i : -1;
    }
    if (words(block) > OCCASION_MAX_WORDS) return -1;
  }
  return -1;
}

/** The first part's heading under the title: "1. Connected Fitness Technology", "Introduction: How to Make Furniture". */
const SECTION_OPENER = /^(?:\d{1,2}[.)]\s|(?:introduction|overview|background|motivation|summary)\s*[:—–-]\s)/i;

/** A line about who wrote or checked the text: "Reviewed By: …", "Authors: …", "Great Day Editorial Team", "Co-founder of Intelivita". */
const BYLINE_LINE =
  /^(?:(?:medically |expert[- ])?reviewed|fact[- ]checked|edited|authored|reported|photographs?|illustrations?) by\b|^authors?\s*:|\beditorial (?:team|staff|board)$|\bstaff (?:writers?|reporters?)$|^(?:co-?founder|founder|ceo|editor|director|head|managing director) (?:of|at)\b/i;

/** Two names or more in a list, each a person's ("Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra"): the writers. */
function namesListed(text: string): boolean {
  const names = parseNameList(text);
  return !!names && names.length >= 2 && names.every((name) => PERSON_NAME.test(name) && !NOT_A_NAME_WORD.test(name));
}

/** Words besides a month and year that make a line a headline about that month ("The best new typefaces for December 2025"). */
const HEADLINE_WITH_MONTH_MIN_WORDS = 4;

/** A dateline, not a headline: a full date, or a month and year with little else ("Issue 21, July 2019"). */
function isDateLine(text: string): boolean {
  const date = findDate(text);
  if (!date || datedHeadline(text) || headlineThenDate(text)) return false;
  const fullDate = date.iso.length > 'YYYY-MM'.length;
  return fullDate || wordCount(text.replace(date.match, ' ')) < HEADLINE_WITH_MONTH_MIN_WORDS;
}

/**
 * A headline a blog prints after the post's date, on one line: "Dec 18 2025 Preparing a transition
 * in Debusine" → the date and the headline; null for any other line.
 */
function datedHeadline(text: string): { iso: string; headline: string } | null {
  const date = findDate(text);
  if (!date || date.iso.length <= 'YYYY-MM'.length || !text.trimStart().startsWith(date.match)) return null;
  const headline = text.trimStart().slice(date.match.length).trim();
  // (Not the date printed twice, "October 11, 2022 October 11, 2022", nor the writer after it, "February 1, 2019 Ilana Muhlstein, MS, RDN".)
  const shaped = wordCount(headline) >= TITLE_MIN_WORDS && /^\p{Lu}/u.test(headline) && !endsLikeSentence(headline);
  return shaped && !findDate(headline) && parseNameList(headline) === null ? { iso: date.iso, headline } : null;
}

/** The site a headline's line names after its date: "… March 7, 2020 on Drew DeVault's blog". */
const ON_SITE = /^on\s+(\p{Lu}.*)$/u;

/**
 * A headline a page prints with the date after it, and the site after that, with no mark between, as
 * a heading sets them in smaller type: "An open letter to Senator Bob Casey on end-to-end encryption
 * March 7, 2020 on Drew DeVault's blog" → the headline, the date and the site; null for any other line.
 */
function headlineThenDate(text: string): { iso: string; headline: string; site: string | null } | null {
  const date = findDate(text);
  if (!date || date.iso.length <= 'YYYY-MM'.length) return null;
  const at = text.indexOf(date.match);
  const headline = text.slice(0, at).trim();
  const rest = text.slice(at + date.match.length).trim();
  const onSite = ON_SITE.exec(rest);
  if (rest !== '' && !onSite) return null;
  const site = onSite?.[1]?.trim() ?? null;
  if (site && wordCount(site) > SITE_NAME_MAX_WORDS) return null;
  const shaped = wordCount(headline) >= TITLE_MIN_WORDS && /^\p{Lu}/u.test(headline) && !/[.!?,;:]$/.test(headline);
  return shaped && !findDate(headline) && parseNameList(headline) === null ? { iso: date.iso, headline, site } : null;
}

/** A publication's name ("Financial Post", "The Washington Post") is a few words. */
const PUBLICATION_MAX_WORDS = 4;

/** How far above the main text a title may stand with no byline: a caption, share buttons, a date between. */
const TITLE_ABOVE_TEXT_REACH = 12;
/** A headline in capitals, or opening with a number, says this much: "GYM WORKOUTS FOR BEGINNERS — STRENGTH TRAINING". */
const TITLE_IN_CAPITALS_MIN_WORDS = 5;
/** A title says more than a menu's label ("Highlights", "Help", "Video"). */
const TITLE_MIN_WORDS = 3;

/**
 * The nearest headline above `below` (the main text, or the byline) that says more than a
 * label, over a caption, a credit, a date or share buttons, not past a paragraph of prose.
 */
function nearestHeadlineAbove(state: EssayState, below: number, headline: (i: number) => boolean, main: number): number {
  // (One sentence or two may stand between, the standfirst; past a second paragraph lies the text.)
  let prose = 0;
  const found: number[] = [];
  // (Lines the rules call chrome do not count: a box of featured reports may stand between.)
  for (let i = below - 1, reach = TITLE_ABOVE_TEXT_REACH; i >= 0 && reach > 0; i--) {
    if (state.hints[i]?.kind !== 'chrome') reach--;
    const block = state.blocks[i] as Block;
    // (A short line in capitals is a label or a kicker: "EARNINGS REPORT", "WEIRD MEDICINE"; a count
    // opens a counter, "3 comments", unless it says more: "10 Things I Wish I Knew …".)
    const short = words(block) < TITLE_IN_CAPITALS_MIN_WORDS;
    if (headline(i) && words(block) >= TITLE_MIN_WORDS && !(short && (inCapitals(block.plain) || /^\d/.test(block.plain)))) found.push(i);
    const text = !state.hints[i] && !state.isDecided(i) && isProse(block);
    if (text && (words(block) > STANDFIRST_MAX_WORDS || ++prose > 1)) break;
  }
  const best = namesTheText(found, sharedWithOpening(state, main));
  // (Two headlines stacked, the nearer right under the other: a title over its dek, or a kicker over the title.)
  return best >= 0 && best === found[0] && found[1] === best - 1 ? titleOfStack(state.blocks, best - 1, best) : best;
}

/** Content words the article's opening must share with a headline farther up before it beats the nearest. */
const NAMES_TEXT_MARGIN = 2;
/** The opening of the text a headline is compared with, in blocks. */
const OPENING_REACH = 8;

/**
 * Of headline candidates, nearest first: the nearest, unless one farther up shares clearly more
 * words with the text's opening. A headline names its article; a widget's label, a caption's
 * line or a teaser's headline set between names something else.
 */
function namesTheText(candidates: readonly number[], shared: (i: number) => number): number {
  const [nearest] = candidates;
  if (nearest === undefined) return -1;
  let best = nearest;
  for (const i of candidates.slice(1)) if (shared(i) >= shared(best) + NAMES_TEXT_MARGIN) best = i;
  return best;
}

/** How many content words a block shares with the text's opening (its first blocks from `main`). */
function sharedWithOpening(state: EssayState, main: number): (i: number) => number {
  const opening = new Set(
    state.blocks
      .slice(Math.max(0, main), Math.max(0, main) + OPENING_REACH)
      .flatMap((block) => contentWords(block.plain).map((word) => word.toLowerCase())),
  );
  return (i) =>
    [...new Set(contentWords((state.blocks[i] as Block).plain).map((word) => word.toLowerCase()))].filter((word) => opening.has(word))
      .length;
}

/** A kicker naming the site or section: "The GiveWell Blog", "Free Future", "Deal Professor". */
const PUBLICATION_NAME =
  /\b(blog|magazine|journal|review|news|times|post|weekly|daily|digest|gazette|herald|tribune|quarterly|bulletin|newsletter|notes|insider|report)$/i;
/** Words of a line over another that make it a headline rather than a kicker ("Why, despite the complaints of many, …"). */
const HEADLINE_OVER_DEK_MIN_WORDS = 7;
/** A kicker over the title is a few words: "Best of Iceland", "Grow & monetise". */
const KICKER_MAX_WORDS = 3;
/** A subtitle this short under a longer headline is no headline itself ("A Critical Overview", "A Practical Guide - 3rd Edition"). */
const SHORT_SUBTITLE_MAX_WORDS = 5;
/** Stacked lines stand right under each other, with one blank line between at most. */
const STACK_MAX_GAP = 2;

/** A dek that describes the piece: "A short story about …", "An essay on …", "A look at …". */
const DESCRIBING_DEK = /^An?\s.*\b(?:about|on|of|at|into|to|for)\s/u;

/** A dek runs on after a comma: "Why America’s buildout is stuck, and three ways to get it moving". */
const DEK_MIN_WORDS = 12;

/**
 * Two headline lines stacked, one block right under the other (a blank line between at most): a
 * title over its standfirst, or a kicker (the site's or the section's name) over the title.
 */
/** Two sentences or more, the last stopped too. */
const MOTTO = /[.!?]\s+\p{Lu}[^.!?]*[.!?]$/u;

/** Words a site's menu links by: "About", "Blog", "Docs", "Contact". */
const MENU_WORD =
  /^(?:home|about|blog|posts|docs|documentation|contact|news|archives?|podcasts?|events|team|search|subscribe|projects|research|publications|newsletter|donate|shop|press|faq|careers|jobs|resources|github|twitter|rss|login|menu)$/i;
/** Menu words a row holds at least, to be a menu's row. */
const MENU_ROW_MIN_WORDS = 2;

/** A row of a site's menu run together on one line: "About Blog Docs GitHub", "Jeff Kaufman Posts RSS ◂◂RSS Contact" (its icons aside). */
const isMenuRow = (block: Block): boolean => menuRowLead(block.plain) !== null;

/**
 * The words a menu's row opens with before its first link, the site's name ("Jeff Kaufman" of
 * "Jeff Kaufman Posts RSS ◂◂RSS Contact"; "" for "About Blog Docs GitHub"), or null for a line
 * that is no menu's row.
 */
export function menuRowLead(text: string): string | null {
  const rowWords = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const links = rowWords.filter((word) => MENU_WORD.test(word)).length;
  if (links < MENU_ROW_MIN_WORDS || !rowWords.every((word) => /^\p{Lu}[\p{L}]*$/u.test(word))) return null;
  const first = rowWords.findIndex((word) => MENU_WORD.test(word));
  return rowWords.slice(0, first).join(' ');
}

function titleOfStack(blocks: readonly Block[], upper: number, lower: number): number {
  const top = blocks[upper] as Block;
  const bottom = blocks[lower] as Block;
  // (Lines further apart are no stack: the last of a column of other posts' headlines over the title.)
  if (bottom.lines.start - top.lines.end > STACK_MAX_GAP) return lower;
  // (A menu's label over a question is no title over its standfirst: "Praise" / "Do more capable workers …?".
  // Labels capitalise each word; a short title in sentence case, "Building embryos", is no label.)
  const sentenceCase = inSentenceCase(top);
  if ((words(top) <= LABEL_MAX_WORDS && !sentenceCase) || PUBLICATION_NAME.test(top.plain) || isMenuRow(top)) return lower;
  // (A site's motto over the title is two short sentences or more, each stopped, "Irgendwie doch ein Blog. Oder so.";
  // a headline under it has no stop.)
  if (MOTTO.test(top.plain.trim()) && !endsLikeSentence(bottom.plain)) return lower;
  // (A question in title case under a line of a few words is the headline under its kicker:
  // "Best of Iceland" / "Joining Tours or Renting a Car in Iceland: Which One Should You Choose?".)
  const askedUnderKicker = asks(bottom) && isHeadlineCase(bottom) && words(top) <= KICKER_MAX_WORDS;
  if (isStandfirst(bottom) && !askedUnderKicker) return upper;
  // (A dek that says what kind of piece this is, longer than a headline in sentence case over it: "Web analytics are
  // leaking into meatspace" / "A Stallman-esque short story about the future of offline tracking and the right to buy".)
  if (
    sentenceCase &&
    words(top) > KICKER_MAX_WORDS &&
    DESCRIBING_DEK.test(bottom.plain) &&
    words(bottom) > words(top) &&
    !isHeadlineCase(bottom)
  )
    return upper;
  // (A kicker is a label: a line in sentence case longer than one, over a line no longer than a
  // label, is the title over its subtitle: "Poor man's productivity trick" / "The Rolling Tracker".)
  if (sentenceCase && !isHeadlineCase(top) && words(top) > KICKER_MAX_WORDS && words(bottom) <= KICKER_MAX_WORDS && !/\d/.test(top.plain))
    return upper;
  // (A kicker asks nothing: a question over a line in sentence case is the headline over its dek,
  // "Why Hasn’t Tutoring Been More Effective?" / "Implementation continues to complicate …".)
  if (asks(top) && !isHeadlineCase(bottom) && words(bottom) > LABEL_MAX_WORDS) return upper;
  if (bottom.plain.includes(',') && words(bottom) >= DEK_MIN_WORDS && !isHeadlineCase(bottom) && words(top) < words(bottom)) return upper;
  // A headline in title case over a line of a few words is the title over its subtitle or credit:
  // "Top 30 Fine Art Photography Artists in the World" / "A Critical Overview" (a kicker is the shorter line).
  if (isHeadlineCase(top) && words(bottom) <= SHORT_SUBTITLE_MAX_WORDS && words(top) > words(bottom)) return upper;
  // A kicker is a label of a few words; a line as long as a headline over another is the headline, over its dek.
  if (words(top) >= HEADLINE_OVER_DEK_MIN_WORDS && !isHeadlineCase(top) && !isHeadlineCase(bottom)) return upper;
  // A headline in title case, longer than a kicker, over a line in sentence case is the title over its dek:
  // "AI Workflows vs Agents: The Autonomy Slider" / "What only the top 10% AI engineers who ship think about";
  // "Jennifer Aniston on Leaving the Tags on Her Céline Coat: …" / "The actress explained the story behind …".
  // (A kicker's few words over a headline in sentence case head it: "The POLITICO Caucus" / "Insiders: Trump will sink …".)
  if (isHeadlineCase(top) && words(top) > KICKER_MAX_WORDS && !isHeadlineCase(bottom) && words(bottom) > LABEL_MAX_WORDS) return upper;
  return lower;
}

/** Right under block `i`, a line apart at most, stands a dek: a sentence or more of standfirst length. */
function deckedBelow(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  return (
    next !== undefined &&
    isText(next) &&
    next.lines.start - (blocks[i] as Block).lines.end <= STACK_MAX_GAP &&
    endsLikeSentence(next.plain) &&
    words(next) >= DEK_MIN_WORDS
  );
}

/** Does the page say this block's words again in an earlier line (its header bar, its document title)? */
function echoedEarlier(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  if (words(block) < ECHO_MIN_WORDS) return false;
  const key = blockKey(block);
  // Not a table of contents, which repeats the section headings.
  return state.blocks.some((other, j) => j < index && state.decisions[j]?.pass !== 'contents' && blockKey(other).includes(key));
}

/**
 * The headline just above the main text that the page repeats in its header: a page copy
 * usually shows its title twice, in the header bar and above the article.
 */
function echoedAbove(state: EssayState, main: number, headline: (i: number) => boolean): number {
  // (A breadcrumb repeats its steps as well: of the lines echoed, the one that names the text.)
  const echoed: number[] = [];
  // (The repeats pass takes a line the page prints twice for chrome; the title is printed twice by nature.)
  for (let i = main - 1; i >= 0 && i >= main - BYLINE_REACH; i--) {
    if ((headline(i) || repeatedHeadline(state, i)) && echoedEarlier(state, i)) echoed.push(i);
    // The title stands next to its byline: past the byline lie the page's menus.
    const hint = state.hints[i];
    if (hint?.kind === 'meta' && hint.authors?.length) break;
    const block = state.blocks[i] as Block;
    if (!state.hints[i] && !state.isDecided(i) && isProse(block) && words(block) > STANDFIRST_MAX_WORDS) break;
  }
  // (A menu printed twice, for wide and narrow screens, echoes its links too: a link names nothing
  // in the text, "Sign inGet a demo"; the title shares words with its opening.)
  const shared = sharedWithOpening(state, main);
  return namesTheText(
    echoed.filter((i) => shared(i) > 0),
    shared,
  );
}

/**
 * Where the article's own text starts on a page copy: the first block of the first long run of
 * paragraphs (by words), runs allowing a few other blocks between paragraphs. Menus and promos
 * above it are short; the article is a long run, and comes before the comments.
 */
/** How far under a thread's heading its first comment's header stands. */
const THREAD_HEADER_REACH = 8;

/** The words a thread's heading quotes: "One thought on “…”", "15 Replies to “…”". */
const QUOTED_IN_THREAD = /["“‘](.+)["”’]\s*(?:\(\d+\))?:?$/u;

/**
 * The block above the readers' thread that its heading quotes in full, a headline not yet taken for anything else;
 * -1 when the page has no such heading.
 */
function titleTheThreadNames(state: EssayState): number {
  const thread = state.blocks.findIndex((block) => isThreadHeading(block.plain) && QUOTED_IN_THREAD.test(block.plain.trim()));
  const quoted = thread < 0 ? undefined : QUOTED_IN_THREAD.exec((state.blocks[thread] as Block).plain.trim())?.[1];
  if (!quoted || wordCount(quoted) < TITLE_MIN_WORDS) return -1;
  const key = matchKey(quoted);
  return state.blocks.findIndex(
    (block, i) => i < thread && block.kind !== 'item' && !state.isDecided(i) && !state.hints[i] && blockKey(block) === key,
  );
}

/** A comment's header follows block `i` closely: a name, a date and a time of day ("by RichD - Jan 12th 2000 13:08:28"). */
function commentsFollow(state: EssayState, i: number): boolean {
  for (let j = i + 1; j < state.blocks.length && j <= i + THREAD_HEADER_REACH; j++) {
    const text = (state.blocks[j] as Block).plain;
    const hint = state.hints[j];
    if (isCommentHeader(text)) return true;
    // (A date and time of day alone is a comment's, unless a byline follows it closely: then it dates the article
    // under a "Comments" link at its top, "Comments" / "9 Aug 2012 2:27 PM" / headline / "By Philip Bump".)
    if (hint?.kind === 'meta' && hint.date && /\b\d{1,2}:\d{2}\b/.test(text) && !bylineFollows(state, j)) return true;
  }
  return false;
}

/** Blocks after a dated line within which the article's byline stands: a headline between. */
const DATED_BYLINE_REACH = 3;
const bylineFollows = (state: EssayState, i: number): boolean =>
  state.hints.slice(i + 1, i + 1 + DATED_BYLINE_REACH).some((hint) => hint?.kind === 'meta' && !!hint.authors?.length && !hint.date);

export function mainTextStart(state: EssayState): number {
  const runs: Array<{ start: number; words: number }> = [];
  let run = { start: -1, words: 0, gap: 0 };
  let inThread = false;
  // (Short lines under a paragraph that ends with a colon are the list it opens: no gap in the text.)
  // (Not under a lead-in too short to read as prose: on the pages of the sweep's checked half it took a box's
  // label for one, and the main text's run started in the box; 19 of their headings were lost.)
  const listItem = openedListReader(false);
  const writers = (i: number): string | null => {
    const hint = state.hints[i];
    return hint?.kind === 'meta' && hint.authors?.length ? hint.authors.join(', ') : null;
  };
  // Bylines in a chain, each a few blocks from the next, naming three writers or more: a box of teasers.
  const teaserBylines = new Set<number>();
  let chain: number[] = [];
  const closeChain = (): void => {
    if (new Set(chain.map(writers)).size >= TEASERS_MIN) for (const i of chain) teaserBylines.add(i);
    chain = [];
  };
  state.blocks.forEach((_, i) => {
    if (writers(i) === null) return;
    if (chain.length > 0 && i - (chain.at(-1) as number) > TEASER_SPAN) closeChain();
    chain.push(i);
  });
  closeChain();
  state.blocks.forEach((block, i) => {
    const prose = !state.isDecided(i) && !state.hints[i] && isProse(block);
    const item = listItem(block, prose, !!state.hints[i] || state.isDecided(i));
    if (prose) {
      if (run.start < 0 || run.gap > MAIN_GAP) {
        run = { start: i, words: 0, gap: 0 };
        if (!inThread) runs.push(run);
      }
      run.words += words(block);
      run.gap = 0;
    } else if (runs.length > 0 && isThreadHeading(block.plain) && commentsFollow(state, i)) {
      // Readers' comments under their heading, after some text, are no part of the article, however long the thread.
      inThread = true;
      run.gap = MAIN_GAP + 1;
    } else if (run.words >= SIDEBAR_MIN_WORDS && dateHeaderAt(state, i)) {
      // A blog's date header over a post's headline starts the post: the sidebar's paragraphs above are another run.
      run.gap = MAIN_GAP + 1;
    } else if (run.words >= SIDEBAR_MIN_WORDS && bylineUnderHeadline(state, i)) {
      // An article's header, its headline over its writer's byline, starts the article: a widget's paragraphs above
      // are another run, however few the blocks between ("O Sua Leitura indica …" / … / the headline / "Por Rodolfo Costa").
      run.gap = MAIN_GAP + 1;
    } else if (run.words <= TEASER_MAX_WORDS && teaserBylines.has(i)) {
      // A teaser's byline under a line or two of text ends the run: the box's teasers, each a
      // headline, a line of its text and its writer, had run into the article below as its text.
      run.gap = MAIN_GAP + 1;
    } else if (!item) {
      run.gap++;
    }
  });
  // The first run nearly as long as the longest: comments under an article may run longer than it.
  // (A shorter run under a byline is the article too, over a long thread of comments: the byline
  // belongs to the first text under it.)
  const longest = Math.max(0, ...runs.map((r) => r.words));
  const underByline = (start: number): boolean => {
    for (let i = start - 1; i >= 0 && i >= start - BYLINE_REACH; i--) {
      const hint = state.hints[i];
      if (hint?.kind === 'meta' && (hint.date || hint.authors?.length)) return true;
    }
    return false;
  };
  const found =
    runs.find((r) => r.words >= longest * MAIN_RUN_SHARE || (r.words >= longest * BYLINED_RUN_SHARE && underByline(r.start)))?.start ?? -1;
  const start = pastLeadInBox(state, found);
  // A headline that says enough to read as prose but ends as no sentence does, over the text, is
  // its title, not its first paragraph ("Top 24 tools for data analysis and how to decide between them");
  // so is a question in title case, over its tags at most ("Corporate Relocation Company vs. Moving
  // Company: Which Is Right for Your Business?" / "Corporate Relocation, Employee Relocation").
  const first = state.blocks[start];
  if (!first || !isHeadingShaped(first)) return start;
  const question = asks(first) && isHeadlineCase(first);
  if (endsLikeSentence(first.plain) && !question) return start;
  for (let i = start + 1, labels = 0; i < state.blocks.length; i++) {
    const next = state.blocks[i] as Block;
    if (!state.hints[i] && isProse(next) && endsLikeSentence(next.plain)) return start + 1;
    if (!question || state.hints[i] || words(next) > TAGS_MAX_WORDS || endsLikeSentence(next.plain) || ++labels > TAGS_UNDER_TITLE) break;
  }
  return start;
}

/** A box's lead-in is a sentence: "If you have questions about startups, you can find me … on the free Q&A website:". */
const BOX_LEAD_IN_MAX_WORDS = 30;
/** Lines between a box's lead-in and the text: its link, the site's name, its menus, the headline, share buttons. */
const BOX_LINES_MIN = 4;

/**
 * The main text's run starting at block `start`, unless it starts with a box: a short paragraph that leads with its colon into
 * a link, set over several lines that are no list of it (the site's name, a menu, the headline, share buttons) and then the
 * text ("If you have questions about startups, you can find me … on the free Q&A website:" / "Answers.OnStartups.com" /
 * "OnStartups" / "Current Articles | RSS Feed" / "Startup Psychology: Why Awareness Is Awesome" / "Tweet" / text). The run
 * joined them, a list's items taken for text: the text starts at its next paragraph.
 */
function pastLeadInBox(state: EssayState, start: number): number {
  const first = state.blocks[start];
  if (!first || !endsWithColon(first.plain) || words(first) > BOX_LEAD_IN_MAX_WORDS) return start;
  let next = start + 1;
  while (next < state.blocks.length && (state.isDecided(next) || state.hints[next] || !isProse(state.blocks[next] as Block))) next++;
  return next < state.blocks.length && next - start - 1 >= BOX_LINES_MIN ? next : start;
}

/** Paragraphs above a date header that make a run of their own (a sidebar's "Welcome to …" box), not a headline over it. */
const SIDEBAR_MIN_WORDS = 40;
/** Block `i` is a byline naming the writers, right under a line shaped as a headline: "O que Pacheco pretende …" / "Por Rodolfo Costa". */
function bylineUnderHeadline(state: EssayState, i: number): boolean {
  const hint = state.hints[i];
  if (hint?.kind !== 'meta' || !hint.authors?.length) return false;
  const above = state.blocks[i - 1];
  return (
    !!above &&
    !state.hints[i - 1] &&
    !state.isDecided(i - 1) &&
    isHeadingShaped(above, HEADLINE_MAX_WORDS) &&
    words(above) >= TITLE_MIN_WORDS &&
    !endsLikeSentence(above.plain)
  );
}
/** A date alone on its line, a headline under it: a blog's date header over its post ("THURSDAY, OCTOBER 18, 2012" / "Sponsors overboard …"). */
function dateHeaderAt(state: EssayState, i: number): boolean {
  const hint = state.hints[i];
  if (hint?.kind !== 'meta' || !hint.date || hint.authors?.length) return false;
  const below = state.blocks[i + 1];
  return (
    below !== undefined && !state.hints[i + 1] && !state.isDecided(i + 1) && isHeadingShaped(below, HEADLINE_MAX_WORDS) && !isProse(below)
  );
}

/** A teaser's text over its writer's byline: a sentence or two. */
const TEASER_MAX_WORDS = 50;
/** A box's teasers' bylines stand a few blocks apart (a date, a headline, a line of text between)… */
const TEASER_SPAN = 5;
/** …and there are three or more, each by another writer. */
const TEASERS_MIN = 3;

/** Lines of tags a title may stand over, above its text… */
const TAGS_UNDER_TITLE = 2;
/** …each a few words: "Corporate Relocation, Employee Relocation", "Key Takeaways:". */
const TAGS_MAX_WORDS = 5;

/**
 * Needs: markup, bylines (hints). Finds the title block. In Markdown: the heading that repeats
 * the front matter's title, else the page's leading heading (which beats a front matter title:
 * it is what the page prints). In a page copy: the headline-shaped line just above the byline,
 * else the first heading-shaped line followed by running text.
 */
export const title: Pass = {
  name: 'title',
  run(state) {
    findTitle(state);
    dropDate(state);
    dropSiteName(state);
    dropGluedHome(state);
    dropRating(state);
  },
};

/** A star rating's figures copied after the headline: its mean, its scale and its count of votes, "… Multiplikators 3.17 5 12". */
const RATING_AFTER_TITLE = /\s+\d\.\d{1,2}(?:\s+\d{1,6}){2}$/;

/** The title without the figures of a rating widget set against it. */
function dropRating(state: EssayState): void {
  const rated = RATING_AFTER_TITLE.exec(state.meta.title);
  if (rated && wordCount(state.meta.title.slice(0, rated.index)) >= TITLE_MIN_WORDS)
    state.meta.title = state.meta.title.slice(0, rated.index);
}

/** A date after the headline, set apart by a slash, a bar or a dash: "… browser test suite / Dec 2025". */
const DATE_AFTER_TITLE = /^(.+?\S)\s+[/|·•—–-]\s+([^/|·•—–]+)$/u;

/** The headline a page prints with the date after it, and that date. */
function headlineDated(text: string): { iso: string; headline: string } | null {
  const [, headline, tail] = DATE_AFTER_TITLE.exec(text) ?? [];
  const date = tail ? findDate(tail) : null;
  if (!headline || !tail || !date || date.match.trim() !== tail.trim() || wordCount(headline) < TITLE_MIN_WORDS) return null;
  return { iso: date.iso, headline };
}

/**
 * The date a blog prints before the headline on one line, "Dec 18 2025 Preparing a transition in
 * Debusine", or after it, "AoAH Day 15: Porting a complete HTML5 parser … / Dec 2025".
 */
function dropDate(state: EssayState): void {
  const { meta } = state;
  const withSite = headlineThenDate(meta.title);
  const dated = datedHeadline(meta.title) ?? headlineDated(meta.title) ?? withSite;
  if (!dated) return;
  meta.title = dated.headline;
  if (!meta.date) [meta.date, meta.lines.date] = [dated.iso, meta.lines.title ?? 0];
  const site = withSite?.site;
  if (!site || meta.publication) return;
  [meta.publication, meta.lines.publication] = [site, meta.lines.title ?? 0];
  // (A site named for its writer, "Drew DeVault's blog", names the writer of a post that names none.)
  const owner = OWN_SITE.exec(site)?.[1];
  if (owner && meta.authors.length === 0 && PERSON_NAME.test(owner)) [meta.authors, meta.lines.authors] = [[owner], meta.lines.title ?? 0];
}

/** "Home" with the next word against it, a capital or a figure. */
const GLUED_HOME = /^Home(?=[\p{Lu}\d])/u;

/** A breadcrumb's first step set against the title: "Home9 Best Online Course Selling Platforms …". */
function dropGluedHome(state: EssayState): void {
  const glued = GLUED_HOME.exec(state.meta.title);
  if (glued && wordCount(state.meta.title.slice(glued[0].length)) >= TITLE_MIN_WORDS)
    state.meta.title = state.meta.title.slice(glued[0].length);
}

/** A site's name after the title, as documents' titles carry it: "Nuclear Verification in Iran | Arms Control Association". */
const SITE_SUFFIX = /^(.+?\S)\s+\|\s+([^|]+)$/;
/** A site's name is a few words. */
const SITE_NAME_MAX_WORDS = 6;

/** The title without a site's name after a bar; the name is the publication when none is known. */
function dropSiteName(state: EssayState): void {
  const match = SITE_SUFFIX.exec(state.meta.title);
  const [title, site] = [match?.[1], match?.[2]?.trim()];
  if (!title || !site || wordCount(site) > SITE_NAME_MAX_WORDS || wordCount(title) < 2) return;
  state.meta.title = title;
  if (!state.meta.publication) [state.meta.publication, state.meta.lines.publication] = [site, state.meta.lines.title ?? 0];
}

/** A paragraph this long above a heading is the text's, not a clipped page's menus or labels. */
const OPENING_PARAGRAPH_MIN_WORDS = 30;

/** The title of an essay that prints none over its text (the build warns of it: src/pipeline.ts). */
export const UNTITLED = 'Untitled essay';

/** A front matter's title cut short lacks a few words of the title printed whole. */
const CUT_TITLE_MAX_MISSING_WORDS = 6;

/**
 * A front matter's title cut short, printed whole as a line over the text: "Off the Marx–Hitler" / "Off the Marx–Hitler
 * Spectrum" (a blog's archive, its titles cut to a length). The line's index, or -1.
 */
function wholeTitle(state: EssayState, title: string): number {
  const key = matchKey(title);
  for (const [i, block] of state.blocks.entries()) {
    if (isProse(block) && words(block) >= OPENING_PARAGRAPH_MIN_WORDS) return -1;
    if (state.isDecided(i) || state.hints[i] || block.lines.start !== block.lines.end) continue;
    const own = blockKey(block);
    const missing = wordCount(own) - wordCount(key);
    if (own.startsWith(`${key} `) && missing <= CUT_TITLE_MAX_MISSING_WORDS && isHeadingShaped(block, HEADLINE_MAX_WORDS)) return i;
  }
  return -1;
}

/** The title block's index, -1 when the title comes from front matter or nowhere. */
/** The text has several headings of the first level: they divide it into its parts, none of them is its title. */
export const dividedAtFirstLevel = (blocks: readonly Block[]): boolean =>
  blocks.filter((block) => block.kind === 'heading' && block.level === 1).length > 1;

function findTitle(state: EssayState): number {
  const { blocks, hints, meta, front } = state;
  if (front.title) [meta.title, meta.lines.title] = [front.title.value, front.title.line];
  if (state.format === 'markdown') {
    if (meta.title) {
      const same = blocks.findIndex(
        // (The repeats pass may have taken it for a line the page repeats: the title is repeated by nature.)
        (block, i) =>
          block.kind === 'heading' &&
          (!state.isDecided(i) || state.decisions[i]?.pass === 'repeats') &&
          blockKey(block) === matchKey(meta.title),
      );
      // The heading that repeats the front matter's title is the title wherever it stands: a
      // clipped page may carry its site's menus above it. (Not under the text's first paragraph, where
      // it opens a part: "### Warning: … Ahead" / "As the fellowship begins to wrap up …" / "### What if… ?".)
      const textAbove = state.blocks
        .slice(0, Math.max(0, same))
        .some((block, i) => !state.isDecided(i) && !state.hints[i] && isProse(block) && words(block) >= OPENING_PARAGRAPH_MIN_WORDS);
      if (same >= 0 && !textAbove) return take(state, same, true);
      const whole = wholeTitle(state, meta.title);
      if (whole >= 0) return take(state, whole);
    }
    const leading = leadingHeading(state);
    // (Not a first part's heading that only introduces over a front matter's title: "# Introduction"; nor the first of
    // the text's parts when it has several headings of the first level: "# Windkraft im Landschaftsschutzgebiet Leinetal"
    // / … / "# Windkraft und Naturschutz" under the front matter's "Windkraft in Göttingen II".)
    const printedTitle =
      blocks[leading]?.level === 1 && !introduces(blocks[leading]?.plain ?? '') && (!meta.title || !dividedAtFirstLevel(blocks));
    if (leading >= 0 && (!meta.title || printedTitle)) return take(state, leading);
    if (meta.title) return -1;
  }
  const isByline = (i: number): boolean => {
    const hint = hints[i];
    return hint?.kind === 'meta' && !!(hint.date || hint.authors) && !state.isDecided(i);
  };
  // The byline nearest above the main text, else the first in the page's first half.
  const main = mainTextStart(state);
  let firstMeta = -1;
  // (The run may start with the standfirst, above the byline.)
  for (let i = main + STANDFIRST_REACH; i >= 0 && i >= main - BYLINE_REACH && firstMeta < 0; i--)
    if (main >= 0 && isByline(i)) firstMeta = i;
  while (firstMeta > 0 && isByline(firstMeta - 1)) firstMeta--;
  // A byline set out over several lines (the name, a tagline, share links, the date) starts at its
  // name; a headline between is the title, and a name above it belongs to something else.
  for (let j = firstMeta - 1; j >= 0 && j >= firstMeta - BYLINE_SPREAD && !isProse(blocks[j] as Block); j--) {
    if (isTitleAboveByline(state, j)) break;
    const hint = hints[j];
    if (isByline(j) && hint?.kind === 'meta' && hint.authors?.length) firstMeta = j;
  }
  // (Not a comment's date under the readers' thread: "221 Responses to “…”" / "Tran Sendit says:" / "December 17, 2010 at 10:06 pm".)
  const thread = blocks.findIndex((block, i) => i > main && main >= 0 && isThreadHeading(block.plain) && commentsFollow(state, i));
  const headerEnd = Math.min(Math.max(HEADER_MIN_BLOCKS, blocks.length * HEADER_ZONE), thread < 0 ? blocks.length : thread);
  if (firstMeta < 0) firstMeta = hints.findIndex((_, i) => isByline(i) && i < headerEnd);
  const headline = (i: number): boolean => {
    const block = blocks[i];
    return !!block && !hints[i] && !state.isDecided(i) && headlineShaped(state, block) && !overCredit(state, i);
  };
  // The headline the readers' thread quotes, "One thought on “We’re All State Capacity Libertarians Now”", is the title
  // wherever the page set it: a blog's sidebar copied above it holds its tagline and its links' lines.
  const threadQuotes = titleTheThreadNames(state);
  if (threadQuotes >= 0) return take(state, threadQuotes);
  // A headline right under the byline, the text following it, is the title before any line the
  // page repeats above (a blog's name in its header bar and over the post: "The Accelerators").
  const quoted = firstMeta >= 0 ? quotedTitleUnderByline(state, firstMeta) : -1;
  if (quoted >= 0) return takeWithout(state, quoted, QUOTED_LINE, '$1');
  const below = firstMeta >= 0 ? titleBelowByline(state, firstMeta, main, headline) : undefined;
  if (below !== undefined) return take(state, below);
  const echoed = echoedAbove(state, main, headline);
  if (echoed >= 0) return take(state, echoed);
  if (firstMeta > 0) {
    const chosen = titleAboveByline(state, firstMeta, main, (i) => headline(i) || inLowerCaseStack(state, i, firstMeta));
    if (chosen >= 0) return take(state, chosen);
  }
  // With no byline, a question alone on its line that opens the main text, the text under it, is the headline that
  // asks ("Economy: boom or bust?"), not its first sentence: a page's label above it is no title.
  if (firstMeta < 0 && main >= 0 && askingHeadline(state, main) && nextText(state, main + 1) !== undefined) return take(state, main);
  // (With a byline, the title stands above it: lines under it are its tags and labels.)
  const nearest = nearestHeadlineAbove(state, firstMeta > 0 ? firstMeta : main, headline, main);
  if (nearest >= 0) return take(state, nearest);
  // (Not under the start of the main text: a page that prints no title over its text has none to
  // find, and a heading further down would make the text above it the page's furniture.)
  const lastCandidate = main >= 0 ? main : blocks.length - 1;
  // (A word or two from the top of a page is a menu's: "RSS", "Golf", "Text size".)
  const menuWords = (block: Block): boolean => state.format === 'text' && (words(block) < TITLE_MIN_WORDS || inCapitals(block.plain));
  const candidate = (block: Block, i: number): boolean =>
    i <= lastCandidate &&
    !hints[i] &&
    !state.isDecided(i) &&
    isHeadingShaped(block, HEADLINE_MAX_WORDS) &&
    !notATitle(block, state.vocabulary) &&
    !menuWords(block);
  const overText = blocks.findIndex((block, i) => candidate(block, i) && nextText(state, i + 1) !== undefined);
  // (Two headlines stacked over the text: a title over a short line of its own, or a kicker over the title.)
  if (overText >= 0) return take(state, headline(overText - 1) ? titleOfStack(blocks, overText - 1, overText) : overText);
  const first = blocks.findIndex(candidate);
  if (first >= 0 && !meta.title) return take(state, first);
  // (A headline just inside the start of the main text, over a paragraph: the run took in a box's
  // short lines above it, "Create an account and benefit from:" / "Easy sample ordering" / … /
  // "10 Easy Steps for a Great Interior Design".)
  const inOpening = blocks.findIndex(
    (block, i) =>
      i > lastCandidate &&
      i < lastCandidate + OPENING_REACH &&
      !hints[i] &&
      !state.isDecided(i) &&
      isHeadingShaped(block, HEADLINE_MAX_WORDS) &&
      isHeadlineCase(block) &&
      words(block) >= TITLE_MIN_WORDS &&
      !notATitle(block, state.vocabulary) &&
      isProse(nextText(state, i + 1) ?? block),
  );
  if (inOpening >= 0 && !meta.title) return take(state, inOpening);
  const named = firstMeta > 0 && !meta.title ? crumbOverByline(state, firstMeta) : -1;
  if (named >= 0) return takeWithout(state, named, CRUMB_MARK_AFTER, '');
  if (!meta.title) meta.title = UNTITLED;
  return -1;
}

/** The step mark a page prints after the page's name: "Overview>". */
const CRUMB_MARK_AFTER = /\s*[>›»]$/;
/** A breadcrumb has this many steps at least. */
const CRUMB_MIN_STEPS = 3;

/**
 * The page's name alone over the byline, a word or two too few for a headline, that the breadcrumb's last step
 * says as well: "Home > Topics > Speech > Overview" / … / "Overview>" / "By Rodney Smolla". Its index, or -1.
 */
function crumbOverByline(state: EssayState, byline: number): number {
  const at = byline - 1;
  const block = state.blocks[at];
  if (!block || state.hints[at] || state.isDecided(at) || words(block) >= TITLE_MIN_WORDS) return -1;
  const name = matchKey(block.plain.replace(CRUMB_MARK_AFTER, ''));
  if (!name) return -1;
  const crumbs = state.blocks.slice(0, at).some((other) => {
    const steps = other.plain.trim().split(BREADCRUMB_STEP);
    return steps.length >= CRUMB_MIN_STEPS && matchKey(steps.at(-1) ?? '') === name;
  });
  return crumbs ? at : -1;
}
