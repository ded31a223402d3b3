import type { Block } from './blocks.js';
import { endsLikeSentence, endsWithColon, wordCount } from './text.js';

/**
 * The shapes a block of a page can have — running text, a heading, a headline — judged from its
 * words alone. Every threshold has a name and a reason.
 */

/** A block this long is running text even if it does not end like a sentence (a page cut mid-sentence). */
export const PROSE_MIN_WORDS = 12;
/** Shorter than this, a block is a label, whatever its punctuation ("Yes.", "Read more."). */
export const SENTENCE_MIN_WORDS = 4;
/** Headings are short: a line of more words is a sentence set in bold, not a heading. */
export const HEADING_MAX_WORDS = 14;
/** A picture's credit is a name or a few words: "Ryan Ray Photography", "Gracie Byrd Jones". */
export const PICTURE_CREDIT_MAX_WORDS = 4;
/** A headline may run longer than a section heading ("What the 2024 farm bill means for …"). */
export const HEADLINE_MAX_WORDS = 25;
/** Characters: past this a line wraps on a slide, which no heading of a page does. */
const HEADING_MAX_CHARS = 120;
/** A question heading ("What should Congress do?") stays short; a long question is a sentence. */
const QUESTION_HEADING_MAX_WORDS = 12;
/** Headline case: at least this share of the longer words are capitalised. */
const HEADLINE_CASE_SHARE = 0.7;
/** "Longer" words, for headline case: short ones ("of", "and", "the") stay lower case in titles. */
const HEADLINE_LONG_WORD = 4;
const LONG_WORD = new RegExp(`^\\p{L}{${HEADLINE_LONG_WORD},}`, 'u');

const wordCounts = new WeakMap<Pick<Block, 'plain'>, number>();
/** A block's words, counted once: every pass asks. */
export const words = (block: Pick<Block, 'plain'>): number => {
  let count = wordCounts.get(block);
  if (count === undefined) {
    count = wordCount(block.plain);
    wordCounts.set(block, count);
  }
  return count;
};

/**
 * Reads like running text: a full sentence, or a long run of words — unless that run is set in
 * headline case without a sentence's end ("Ethics in AI Monitoring and Evaluation: An Approach to
 * Large Language Models"), which is a long heading.
 */
export function isProse(block: Block): boolean {
  let prose = proseBlocks.get(block);
  if (prose === undefined) {
    prose = readsAsProse(block);
    proseBlocks.set(block, prose);
  }
  return prose;
}

/** isProse's answers, kept per block (blocks do not change once made): every pass asks, some many times a block. */
const proseBlocks = new WeakMap<Block, boolean>();

function readsAsProse(block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'rule') return false;
  // A line set in capitals is a heading or a label, even a question ("ARE ALL BAD SURPRISES INTELLIGENCE FAILURES?").
  if (isAllCapitals(block)) return false;
  const count = words(block);
  // A lead-in ending in a colon ("We do see risks to the success of this grant:") is a sentence too.
  if (count >= SENTENCE_MIN_WORDS && (endsLikeSentence(block.plain) || endsWithColon(block.plain))) return true;
  return count >= PROSE_MIN_WORDS && !(count <= HEADLINE_MAX_WORDS && isHeadlineCase(block));
}

/** One line whose letters are all capitals, a few words or more: shouted, as headings and labels are. */
function isAllCapitals(block: Block): boolean {
  // A lower-case ASCII letter settles it at once: running text, asked about by every pass, has one near its start.
  if (block.lines.start !== block.lines.end || /[a-z]/.test(block.plain) || words(block) < CAPITALS_MIN_WORDS) return false;
  const letters = block.plain.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
/** Fewer words in capitals may be an acronym or two ("NATO", "US GDP"). */
const CAPITALS_MIN_WORDS = 3;

/** Running text or a list item: what a body is made of. */
export function isText(block: Block): boolean {
  return isProse(block) || block.kind === 'item';
}

/** A headline in title case may hold two short sentences: "Drones Have Changed Border Security. Our Rules Have Not." */
export function isHeadlineCase(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end || block.tableRow) return false;
  const count = words(block);
  // (The count first: passes ask of every paragraph, and most are longer than any headline.)
  if (count < 3 || count > 20) return false;
  return inTitleCase(block.plain);
}

/** Most of the longer words capitalised, as a headline in title case has them: "A Brief History of Data Protection Laws in Nigeria". */
export function inTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((word) => LONG_WORD.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return long.length >= 2 && capitalised / long.length >= HEADLINE_CASE_SHARE;
}

/** Ends on a question mark, a closing quote after it at most. */
export const asks = (block: Pick<Block, 'plain'>): boolean => /\?["”’]?$/.test(block.plain.trim());

/** Shaped like a heading: one short line that does not end like a sentence. */
export function isHeadingShaped(block: Block, maxWords = HEADING_MAX_WORDS): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end || block.tableRow) return false;
  const text = block.plain;
  const count = words(block);
  if (count === 0 || count > maxWords || text.length > HEADING_MAX_CHARS) return false;
  // A line of figures alone is a picture's number or a count ("9", "1/12"), never a heading.
  if (!/\p{L}/u.test(text)) return false;
  // (Devanagari's stops, "।" and "॥", end a sentence or a verse as "." does.)
  if (/[.,;:。、，；：।॥]["”’)」』）]*$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  // A line that stops on a conjunction runs on into the next: "… to protect livelihoods; and".
  if (/[,;]\s*(?:and|or|but|nor)$/i.test(text)) return false;
  // A conjunction alone joins the lines around it: "I CAN'T vote to reelect …" / "OR" / "I WILL vote …".
  if (count === 1 && /^(?:and|or|but|nor|vs\.?|versus|then)$/i.test(text.trim())) return false;
  if (text.endsWith('?') && count > QUESTION_HEADING_MAX_WORDS) return false;
  // A line that spells out a web address is a mention or a link, never a heading.
  if (/\bhttps?:\/\//.test(text)) return false;
  // Nor is a line wholly in brackets, an aside: "(die #coronalearnings von z/da, eine blogpostserie)", "[Update below]".
  if (/^(?:\([^()]*\)|\[[^[\]]*\])$/.test(text.trim())) return false;
  // ("eSports and gaming streams …", "iPhone sales …": a brand written with an inner capital starts it too;
  // scripts without capitals, Chinese, Japanese, Korean, Arabic, start with any letter: "指紋認証でWindows 10に…", 「ペン」.)
  return /^(?:[\p{Lu}\p{Lo}\p{N}"“‘'(「『【《〈（]|\p{Ll}{1,2}\p{Lu})/u.test(text);
}

/**
 * The same boxes' headings in the other languages the deck speaks (src/essay/language.ts): most read,
 * related, read also, recommended, you may also like ("Articles les plus lus", "Meistgelesen", "Lo más leído").
 */
const BOX_HEADING_ELSEWHERE = [
  `(вам )?также может быть интересно`,
  `(?:(?:articles|vidéos|sujets) )?les plus (?:lu|lus|lues|vus|vues|populaires|partagés)|(?:à )?lire (?:aussi|également)|sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:similaires|liés|recommandés)|nos articles recommandés|l['’]auteur vous recommande|(?:vous )?(?:aimerez|pourriez aimer|pourrez aimer) aussi|à découvrir aussi|vidéo recommandée`,
  `meist ?gelesen(?:e (?:artikel|beiträge))?|am meisten gelesen|(?:das|dies) könnte sie (?:auch )?interessieren|auch interessant|mehr zum thema|weitere (?:artikel|beiträge)(?: zum thema)?|(?:ähnliche|verwandte|empfohlene|beliebte|neueste) (?:artikel|beiträge)|lesen sie (?:auch|mehr)|zum weiterlesen`,
  `lo más (?:leído|visto)|(?:los |las )?más (?:leídos|leídas|vistos|vistas)|(?:noticias|artículos|entradas|notas|videos|vídeos) relacionad[oa]s|últimas noticias|(?:también )?te (?:puede|podría) interesar|lee (?:también|más)|quizás te interese`,
  `(?:i )?più (?:letti|lette|visti)|(?:articoli|notizie) correlat[ie]|leggi anche|potrebbe interessarti(?: anche)?|ti potrebbe (?:interessare|piacere)`,
  `(?:as |os )?mais (?:lidas|lidos|vistas|vistos)|leia (?:também|mais)|veja também|(?:artigos|notícias|posts) relacionad[oa]s|você também pode gostar|pode (?:te )?interessar`,
  `meest (?:gelezen|bekeken)|lees ook|bekijk ook(?: eens)?|meer (?:blog)?(?:berichten|artikelen)|(?:gerelateerde|aanbevolen) (?:artikelen|berichten)|meer over dit onderwerp|dit vind je misschien ook leuk`,
].join('|');

/** A box of related links' label: "Related", "More related stories", "Browse Related", "Related videos". */
const RELATED_LABEL = '(?:more |browse )?related(?: posts| articles| stories| reading| content| coverage| videos)?';
/** A box of links set in the text: "Recommended", "Related", "Read more", "More from …", "Don't miss". */
const BOX_HEADING = new RegExp(
  `^(${RELATED_LABEL}|more stories|recommended( reading| for you)?|read (more|next|also|this next)|what to read next|don['’]?t miss|must reads?|also of interest|you (may|might) also be interested( in)?|(read )?more (from|on|in|about|by) .{1,40}|next up( in .{1,40})?|(the |our )?latest( .{1,30})?|featured( .{1,30})?|recent( .{1,30})?|you (may|might) (also )?(like|enjoy)|(linked |web ?)?mentions|(most )?popular( now| today| this (week|month))?|(also )?worth reading|most (read|popular|viewed)|trending|editor['’]?s picks|also (read|see)|see also|further reading|keep (exploring|reading)( (this|the) topic)?|(related|other|more) (articles|posts|stories|reads)( that| which)?( you)? (may|might) (interest you|like|enjoy)|explore more( (articles|posts|stories|insights))?|explore further|(readers|people) also (liked|like|read|enjoyed)|(more )?from (our|the) archives?|continue (exploring|reading)|(articles|posts|stories) from (the )?(blogs|sites|people|writers) i (read|follow|like)( generated by \\S+)?|${BOX_HEADING_ELSEWHERE})$`,
  'iu',
);
/** A box's heading is short. */
const BOX_HEADING_MAX_WORDS = 8;

/**
 * The labels of BOX_HEADING that name a box of links whatever follows them, a colon after them too. (Not its wider
 * words, "Recent …", "Featured …", "Latest …": "Recent developments:" leads into a list of the text.)
 */
const BOX_LABEL_WITH_COLON = new RegExp(
  String.raw`^(?:${RELATED_LABEL}|you (?:may|might) also like|see also|further reading|read (?:more|next|also)|recommended(?: reading)?)\s*:$`,
  'i',
);

/** The heading of a box of links: "Recommended", "More Related Stories", "You Might Also Like". */
export function isBoxHeading(block: Block): boolean {
  // (A box's label set with a colon, as a lead-in is: "Browse Related:", "Related Posts:", "You may also like:".)
  if (BOX_LABEL_WITH_COLON.test(block.plain.trim())) return true;
  // (A stop after words in title case is a label's, not a sentence's: "Keep Exploring This Topic.")
  const unstopped = isHeadlineCase(block) ? block.plain.replace(/\.$/, '') : block.plain;
  return (
    isHeadingShaped(unstopped === block.plain ? block : { ...block, plain: unstopped }, BOX_HEADING_MAX_WORDS) &&
    isBoxHeadingText(block.plain)
  );
}

/** The words of a box's heading, however the line is set. */
export const isBoxHeadingText = (text: string): boolean =>
  BOX_HEADING.test(text.trim().replace(/[:.]$/, '')) || MORE_OF_A_SECTION.test(text.trim());
/** "More" and a section's name, as a news site heads its box of the section's stories: "More World", "More U.S.". */
const MORE_OF_A_SECTION = /^More \p{Lu}[\p{L}.]*$/u;

/** Share of a page's paragraphs set apart by a blank line above which the page "spaces" them. */
const SPACED_SHARE = 0.7;

/** Pairs of paragraphs looked at: the text's opening, before any boxes of teasers at its end. */
const SPACED_SAMPLE = 12;

/**
 * The page sets its paragraphs apart with blank lines (most copies do; some run every line
 * together), judged on the first paragraphs of `blocks`.
 */
export function spacedParagraphs(blocks: readonly Block[]): boolean {
  let pairs = 0;
  let spaced = 0;
  for (let i = 1; i < blocks.length && pairs < SPACED_SAMPLE; i++) {
    const [a, b] = [blocks[i - 1] as Block, blocks[i] as Block];
    if (!isProse(a) || !isProse(b)) continue;
    pairs++;
    if (b.lines.start > a.lines.end + 1) spaced++;
  }
  return pairs > 0 && spaced / pairs >= SPACED_SHARE;
}

/** Block `b` follows block `a` on the very next line. */
export const adjacent = (a: Block, b: Block): boolean => b.lines.start === a.lines.end + 1;

/**
 * A line of the text that opens a list: it ends with a colon ("Travel packages can include a combination of:").
 * (Read from its end: /:$/ on the trimmed text was tried at every character of every paragraph.)
 */
export const opensList = (block: Pick<Block, 'plain'>): boolean => endsWithColon(block.plain);
/** A list's items, their bullets lost in a page copy: lines of a few words, a dozen of them at most. */
export const LIST_ITEM_MAX_WORDS = 15;
const LIST_MAX_ITEMS = 12;
/**
 * A list's lead-in too short to read as prose: "The loop:", "Claude’s conclusion:". (A word alone
 * is a page's label over its links: "Topics:", "Tags:", "Share:".)
 */
const LEAD_IN_WORDS = { min: 2, max: 4 };
export const isLeadIn = (block: Block): boolean =>
  block.kind === 'paragraph' && opensList(block) && words(block) >= LEAD_IN_WORDS.min && words(block) <= LEAD_IN_WORDS.max;

/**
 * Reads blocks in order and says which are items of a list that a line of the text opened with a
 * colon: call it with each block, whether it is text, and whether a rule or pass has taken it.
 */
export function openedListReader(leadIns = true): (block: Block, text: boolean, taken: boolean) => boolean {
  let items = Number.POSITIVE_INFINITY;
  return (block, text, taken) => {
    if (text) {
      // (Right under its lead-in, the list's first item may end with a stop: "What You’ll Learn:" / "Overview of graphic
      // design history." / "Key design movements like …".)
      if (opensList(block)) items = 0;
      else if (items === 0 && words(block) <= LIST_ITEM_MAX_WORDS) items = 1;
      else items = Number.POSITIVE_INFINITY;
      return false;
    }
    // (A lead-in of two to four words opens one too, though too short to read as prose: "The loop:"; unless the
    // caller reads runs of the page's text, where such a label opens a box's links as often: "In this article:".)
    if (leadIns && !taken && isLeadIn(block)) {
      items = 0;
      return true;
    }
    return !taken && words(block) <= LIST_ITEM_MAX_WORDS && ++items <= LIST_MAX_ITEMS;
  };
}

/**
 * A headline or heading the page broke over two lines (with a <br>), `upper` going on at `lower` right under it, in
 * title case from a word in lower case that no title starts with: "Classical Military Strategy" / "and Ballistic
 * Missile Defense", "U.S. Strategy: A Preference" / "for the Offensive"; or after the colon of a label in title case:
 * "Nuclear Strategy:" / "Links with the Past". `upper` is in title case and stops nowhere a sentence would but at
 * that colon; the two are a headline's words at most.
 */
export function goesOnBelow(upper: Block, lower: Block): boolean {
  if (!adjacent(upper, lower) || words(upper) + words(lower) > HEADLINE_MAX_WORDS) return false;
  const [top, bottom] = [upper.plain.trim(), lower.plain.trim()];
  if (/[.!?:;,…]["”’)]*$/.test(bottom) || !capitalisedThroughout(top)) return false;
  // (A label's colon over a word alone is a box's: "Browse Related:" / "Faculty".)
  if (top.endsWith(':'))
    return words(upper) <= LABEL_BEFORE_TITLE_MAX_WORDS && words(lower) >= 2 && /^\p{Lu}/u.test(bottom) && capitalisedThroughout(bottom);
  return !/[.!?:;,…]["”’)]*$/.test(top) && /^(?:and|or|of|for|in|on|to|with|from|at|the|a|an|versus)\s.*\p{Lu}/u.test(bottom);
}
/** A label before a heading's colon is a few words: "Nuclear Strategy:". */
const LABEL_BEFORE_TITLE_MAX_WORDS = 4;
/**
 * Every longer word starts with a capital, and there is one, but the prepositions title case leaves in lower case
 * ("Links with the Past"): stricter than `inTitleCase`, which lets a share of them go, as a line broken from its
 * heading must be.
 */
function capitalisedThroughout(text: string): boolean {
  const longWords = text.split(/\s+/).filter((word) => LONG_WORD.test(word) && !LOWER_IN_TITLES.test(word));
  return longWords.length > 0 && longWords.every((word) => /^\p{Lu}/u.test(word));
}
/** Prepositions of four letters or more that title case writes in lower case. */
const LOWER_IN_TITLES =
  /^(?:with|from|into|onto|upon|over|than|that|versus|about|after|under|between|through|without|within|against|among|during|before)$/;

/** Items of one list stand a line apart at most: one blank line between. */
const ITEM_GAP_MAX_LINES = 2;

/** Block `k` is a list's item set right against another item, above or below it. */
export function inListRun(blocks: readonly Block[], k: number): boolean {
  const block = blocks[k] as Block;
  if (block.kind !== 'item') return false;
  const [above, below] = [blocks[k - 1], blocks[k + 1]];
  // (A page copy may set a blank line between a list's items: "• VP of Engineering" / "" / "• VP of Marketing".)
  const near = (upper: Block, lower: Block): boolean => lower.lines.start - upper.lines.end <= ITEM_GAP_MAX_LINES;
  return (above?.kind === 'item' && near(above, block)) || (below?.kind === 'item' && near(block, below));
}

/**
 * Block `k` of `blocks` is a later item of a list a line of the text opens with a colon: short
 * lines, none of them prose, stand between it and that line (blocks `skip` names aside: a pull
 * quote). Right under the line, a short line over a paragraph heads the first of the parts it
 * announces: "Here are the steps:" / "Define your goals".
 */
export function inOpenedList(blocks: readonly Block[], k: number, skip: (j: number) => boolean = () => false): boolean {
  let between = 0;
  // (Under items that each start in lower case, "consolidating all websites …" / "making great digital …", a line
  // with a capital is no more of them: "Get close to the LGR delivery team" heads the next part.)
  let lowerCaseItems = 0;
  for (let j = k - 1; j >= 0 && between <= LIST_MAX_ITEMS; j--) {
    if (skip(j)) continue;
    const block = blocks[j] as Block;
    // (Right under a lead-in of a few words, "Services include:", a line is the list's first item, no part's heading.)
    if (isLeadIn(block) && !isProse(block)) return true;
    if (isProse(block)) {
      const newCase = lowerCaseItems === between && between >= CASE_LIST_MIN_ITEMS && /^\p{Lu}/u.test((blocks[k] as Block).plain.trim());
      return between > 0 && opensList(block) && !newCase;
    }
    if (block.kind === 'heading' || words(block) > LIST_ITEM_MAX_WORDS) return false;
    if (/^\p{Ll}/u.test(block.plain.trim())) lowerCaseItems++;
    between++;
  }
  return false;
}
/** Items in lower case under a list's opening line, at least, for a line with a capital under them to be no item. */
const CASE_LIST_MIN_ITEMS = 2;

/** A list item that opens with its label and a colon: "W-2: employer-provided form …", "1099-NEC: what you receive …". */
const LABELLED_ITEM = /^[^\s:]+(?:\s[^\s:]+){0,3}:\s+[\p{L}\p{N}$€£¥]/u;
/** Items of a labelled list among the first few from an item, at least: one such line alone may be a heading ("Part 1: The Problem"). */
const LABELLED_LIST_MIN_ITEMS = 3;
const LABELLED_LIST_REACH = 4;

/**
 * Block `k` is an item of a list whose items start with a label and a colon, set on lines of their
 * own: it opens or continues one (the next line is labelled too, and set against it or three of four from it are), or it
 * closes one (the two short lines above it are). The first or the last of them ("W-2: …" over
 * "1099-NEC: …"; "Revenue: $2.4 billion" / "YOY Growth: 171%" over the text) is no heading; a
 * labelled heading over its paragraph, between the lines of another list, still is ("Where to
 * watch: Paramount+" / "'Spinal Tap II: The End Continues'" / its review).
 */
export function inLabelledList(blocks: readonly Block[], k: number): boolean {
  const labelled = (block: Block | undefined): boolean => !!block && block.kind !== 'heading' && LABELLED_ITEM.test(block.plain);
  const labelledLine = (block: Block | undefined): boolean => labelled(block) && !isProse(block as Block);
  if (!labelled(blocks[k])) return false;
  // (Two labelled lines set against each other, no blank line between, are a list too: "Pros: …" / "Cons: …".)
  const next = blocks[k + 1];
  const pair = next !== undefined && adjacent(blocks[k] as Block, next);
  const opens = labelled(next) && (pair || blocks.slice(k, k + LABELLED_LIST_REACH).filter(labelled).length >= LABELLED_LIST_MIN_ITEMS);
  return opens || (labelledLine(blocks[k - 1]) && labelledLine(blocks[k - 2]));
}

/** A menu's or a widget's entries are a few words each ("Market Cap", "Our Services"). */
const MENU_ENTRY_MAX_WORDS = 5;

/**
 * A line that says more than a menu's entry, as a list's item does: over MENU_ENTRY_MAX_WORDS
 * words, in sentence case ("Revenue-focused SEO strategy for blockchain companies"; not the
 * title case of a headline linking to another page).
 */
export const saysMore = (block: Block): boolean => words(block) > MENU_ENTRY_MAX_WORDS && !isHeadlineCase(block);
