import type { BlockRule } from './types.js';

/** The label of a list of tags: "Tagged:", "Tags:", "Topics:", "Filed under:", "Keywords:". */
const TAG_LIST =
  /^(?:tagged(?:\s+(?:with|as|in))?|tags?|topics?|filed under|keywords?|subjects?|labels?|categor(?:y|ies)|categorieën|trefwoorden|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|palabras clave|categorias|categorie)\s*:\s*(.+)$/i;
/** A tag is a name or a term of a few words, not a clause. */
const TAG_MAX_WORDS = 4;
/** Items that make a list rather than a sentence after a colon ("Topics: why this matters"). */
const TAGS_MIN = 2;

/** A line of links copied without their spaces is short: a menu or a list of tags. */
const GLUED_MAX_WORDS = 6;
/**
 * Joins of a lower-case letter to a capitalised word inside one word that no name has ("McDonald" has one). A capital
 * that opens an acronym, or follows a word's first letter alone, joins no two links: "iPadOS", "eBay", "macOS".
 */
const GLUED_MIN_JOINS = 2;
const GLUED_JOIN = /(?<=\p{L})\p{Ll}(?=\p{Lu}\p{Ll})/gu;
/** Links run together make a long word: a name of short syllables is no such thing ("CoCoMo"). */
const GLUED_MIN_LENGTH = 8;

/** A word longer than any a text writes ("internationalization" has 20 letters): tags glued together, "Environmentpoliticsqedclimate…". */
const GLUED_WORD = /^\p{L}{30,}$/u;

/** A word of links run together: two joins of lower-case letters to a capitalised word, or longer than any word. */
export const isGluedWord = (word: string): boolean =>
  (word.length >= GLUED_MIN_LENGTH && (word.match(GLUED_JOIN)?.length ?? 0) >= GLUED_MIN_JOINS) || GLUED_WORD.test(word);

/**
 * What a text holds when a word of it isGluedWord: a lower-case letter against a capital, or 30
 * characters without a space. Most short lines (a heading in title case) have neither, and are not
 * cut into words each matched: that was half the rule's time on the headings of a 10 MB essay
 * (7.1 -> 3.7 ms, 1,651 headings).
 */
export const MAY_HOLD_GLUED_WORD = /\p{Ll}\p{Lu}|\S{30}/u;

/**
 * Links copied from a page without the spaces between them: "BioethicsBiologyHuman reproduction",
 * "Environmentpoliticsqedclimateclimate changeenvironment".
 * (Words of letters, or web addresses: a listing's names, "builder.Services.AddHttpClient(\"MyApi\")", join words the same way.)
 */
function gluedLinks(text: string): boolean {
  if (!MAY_HOLD_GLUED_WORD.test(text)) return false;
  const linkOrWords = (word: string): boolean => /^[\p{L}&'’-]+$/u.test(word) || /^(?:https?:\/\/|www\.)/i.test(word);
  return text.split(/\s+/).some((word) => linkOrWords(word) && isGluedWord(word));
}

/** Tags without their label are told from a list in a sentence by their number and their order. */
const SORTED_TAGS_MIN = 5;

/**
 * Tags without a label, in the alphabetical order a blog lists them in: "carried interest, Daily
 * Economist, Doctors, doctors' salaries, Hedge funds, medical education, …, Uwe E. Reinhardt".
 * (A list the text writes is in the order of its thought, and ends with "and …" and a stop.)
 */
function sortedTags(text: string): boolean {
  if (/[.!?:;]$/.test(text)) return false;
  const items = text.split(/\s*,\s*/);
  if (
    items.length < SORTED_TAGS_MIN ||
    items.some((item) => !item || item.split(/\s+/).length > TAG_MAX_WORDS || /^(?:and|or)\s/i.test(item))
  )
    return false;
  const keys = items.map((item) => item.toLowerCase());
  return keys.every((key, i) => i === 0 || (keys[i - 1] as string).localeCompare(key, 'en') <= 0);
}

/**
 * Tags copied without their commas make a line this long at least: a headline with every word capitalised is shorter
 * ("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange", "10 Things I Wish I Knew Before Learning
 * Embedded Systems"), or has a small word among them.
 */
const CAPITALISED_TAGS_MIN_WORDS = 12;
/** The small words a headline or a sentence of twelve words holds, in any case ("Why We Need To Stop The War On Drugs"). */
const SMALL_WORD =
  /^(?:a|an|the|of|to|in|into|on|onto|for|and|or|but|with|by|at|from|as|is|are|was|be|not|no|vs|i|we|you|it|its|his|her|our|your|their|my|this|that|how|why|what|who|when|will|can|about|after|before|against|over|under|und|der|die|das|de|la|le|les|el|los|y|et|en)$/i;

const UNCAPITALISED_WORD = /(?:^|\s)[^\p{Lu}\p{N}\s]/u;

/**
 * Tags copied without their commas: twelve or more words, each capitalised or a number, no small word among them, no
 * punctuation, not all in capitals: "Parliament Budget 2026 Jobs AI Youths Workers Industrial Policy Lifelong Learning
 * Tax Incentives Artificial Intelligence" (under a speech's headline and date).
 */
function capitalisedTags(text: string, words: number): boolean {
  // (A word that opens in lower case or on a mark answers for most paragraphs at their second word, before the
  // paragraph is copied in capitals or split.)
  if (words < CAPITALISED_TAGS_MIN_WORDS || UNCAPITALISED_WORD.test(text) || text === text.toUpperCase()) return false;
  return text.split(/\s+/).every((word) => /^[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*$/u.test(word) && !SMALL_WORD.test(word));
}

/**
 * A page's tags set as one line: "Tagged: Biomedicine, genetics, gene therapy, Feng Zhang". A list
 * of short comma-separated terms after the label, never a sentence, so also inside the body; or
 * tags glued together.
 */
export const tags: BlockRule = {
  name: 'tags',
  test(block, { words }) {
    if (words <= GLUED_MAX_WORDS && gluedLinks(block.plain)) return { kind: 'chrome', reason: 'navigation' };
    if (sortedTags(block.plain.trim()) || capitalisedTags(block.plain.trim(), words)) return { kind: 'chrome', reason: 'navigation' };
    const list = TAG_LIST.exec(block.plain.trim())?.[1];
    if (!list || /[.!?]$/.test(list.trim())) return null;
    const items = list.split(/\s*[,;|·•]\s*/).filter(Boolean);
    if (items.length < TAGS_MIN || items.some((item) => item.split(/\s+/).length > TAG_MAX_WORDS)) return null;
    return { kind: 'chrome', reason: 'navigation' };
  },
};
