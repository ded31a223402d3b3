import type { KeySet } from './keyphrase.js';
import type { Pos, Tagger, Token } from './tagger.js';
import { boundedMemo, capitalizeFirst } from './text.js';

/**
 * Titles made of the essay's own noun phrases. A part-of-speech tagger finds the noun phrases
 * of a text ("the current negotiating framework", "verification of chemical weapons"); a title
 * is the phrase that best names the text: its words recur in it, are rarer in the rest of the
 * essay, and it is two to four words long. Phrases are whole tokens, so a title never ends in a
 * function word, a piece of a contraction or a unit torn from its number.
 */

export interface Phrase {
  /** As written in the text, without a leading article. */
  text: string;
  /** Comparison key: lower case, plural of the last word folded. */
  key: string;
  /** Content words' keys, for weighting: its nouns, and its adjectives but the generic ones. */
  words: string[];
  /** Offset of its first token among the text's tokens: earlier phrases name a text better. */
  position: number;
  /** It stops inside a name the sentence goes on with: its words count, but it titles nothing. */
  cutName: boolean;
  /** How many of its words are generic adjectives: they make it longer, and add nothing to its weight. */
  generic: number;
}

/** Nouns too general to name anything ("the way", "a lot of things"). */
const EMPTY_NOUNS = new Set(
  `thing things way ways lot lots kind kinds sort part parts time times case cases fact point points example examples instance
  number numbers year years day days people someone something anything nothing everything one ones other others matter matters
  question questions issue issues problem problems area areas level levels term terms percent place places side sides
  end beginning rest reason reasons result results course stuff week weeks month months bit bits amount amounts majority`.split(/\s+/),
);
/** Units that name nothing without their number ("kg" of "50 kg"). */
const UNITS = /^(kg|g|mg|km|m|cm|mm|mi|ft|lb|lbs|t|kt|mt|gw|mw|kw|kwh|mwh|gwh|tw|twh|%|percent|cent|bn|m|k|usd|eur|gbp|x)$/i;
/** Words that point back (or on) to what the text says around them. */
const POINTING_BACK = /^(?:such|same|said|aforementioned|aforesaid|previous|preceding|former|latter|following|above)$/i;
/** Nouns that say how much or what sort of the noun after their "of": "kind of", "bit of", "lots of", "handful of". */
const VAGUE_HEAD = /^(?:kinds?|sorts?|types?|matter|lots?|bit|couple|handful|plenty|dozens|variety|host|slew|bunch)$/i;
/** Words that count or set apart: before one noun alone they name nothing. */
const QUANTIFIER = /^(?:few|many|several|much|more|most|other|another|certain|various|numerous|some|any|all|both|each|every)$/i;
/** A count, or a word bound to a possessive, that a title drops before two words or more (see addPhrase). */
const LEADING_COUNT = /^(?:many|several|various|numerous|some|own|entire|whole)$/i;
/**
 * Adjectives that grade, size or place a thing without naming it ("Huge advantages", "Low compensation", "Current lack",
 * "Best efforts"): they add no weight to a phrase, only length, so "Best efforts" no longer titles a slide on "serious
 * public health problems" for "best" being rare in the essay. (English: the other languages' tagger tells no adjectives.)
 */
const GENERIC_ADJECTIVE = new Set(
  `new old good bad better best worse worst great greater greatest big bigger biggest small smaller smallest little large larger
  largest huge vast enormous massive tremendous high higher highest low lower lowest key important significant major main real true
  current recent previous other different similar same certain specific particular general overall whole entire full total various
  multiple several numerous many much more most few fewer less least serious strong powerful easy hard difficult simple clear obvious
  possible potential likely actual basic fundamental critical crucial essential necessary considerable substantial`.split(/\s+/),
);
/** A phrase longer than this is a clause, not a title. */
const MAX_WORDS = 6;
/** Inside a phrase: words of a name, modifiers, numbers. */
const MODIFIER: ReadonlySet<Pos> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD: ReadonlySet<Pos> = new Set(['NOUN', 'PROPN']);

/** Lower case, straight quotes, plural of the last word folded: "Chemical Weapons" ≈ "chemical weapon". */
export const phraseKey = boundedMemo(makePhraseKey, 50_000);

function makePhraseKey(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
  return words.map((word, i) => (i === words.length - 1 ? word.replace(/'s$/, '').replace(/(?<=[a-z]{3})s$/, '') : word)).join(' ');
}

/**
 * Tokens joined without spaces by a hyphen ("fast - acting", "Jong - un") become one word: a
 * noun when their last part is one ("Jong-un", "state-owned enterprise"), else a modifier.
 */
function joinHyphens(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const previous = joined.at(-1);
    // "China's participation": a possessive is part of the name it follows. (Not "'s" after a pronoun or a verb: "That's
    // step", "There's friction", "Let's" are "that is", "there is", "let us".)
    if (/^['’]s$/i.test(token.text) && !token.space && previous && MODIFIER.has(previous.pos) && /\p{L}/u.test(previous.text)) {
      joined[joined.length - 1] = { text: `${previous.text}${token.text}`, pos: 'ADJ', space: previous.space };
      continue;
    }
    // "transformé·e·s", "contributeur·ice·s": French inclusive writing's middle dot is inside one word, which keeps its own part of speech.
    if (
      token.text === '·' &&
      !token.space &&
      previous &&
      next &&
      !next.space &&
      /\p{L}$/u.test(previous.text) &&
      /^\p{L}/u.test(next.text)
    ) {
      joined[joined.length - 1] = { text: `${previous.text}·${next.text}`, pos: previous.pos, space: previous.space };
      i++;
      continue;
    }
    if (
      token.text === '-' &&
      !token.space &&
      previous &&
      next &&
      !next.space &&
      /\p{L}|\p{N}/u.test(previous.text) &&
      /\p{L}|\p{N}/u.test(next.text)
    ) {
      const pos: Pos = HEAD.has(next.pos) ? (previous.pos === 'PROPN' ? 'PROPN' : next.pos) : 'ADJ';
      joined[joined.length - 1] = { text: `${previous.text}-${next.text}`, pos, space: previous.space };
      i++;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

const wordKey = (text: string): string => phraseKey(text);

/** `next` follows `token` with no space, a letter or digit against a letter, digit or currency sign: one written word. */
const gluedTo = (token: Token | undefined, next: Token | undefined): boolean =>
  !!token && !!next && !next.space && /[\p{L}\p{N}$€£¥]$/u.test(token.text) && /^[\p{L}\p{N}]/u.test(next.text);

/** Words that link a noun to the next ("verification of chemical weapons", "Erklärung des Premiers", "uso de la bicicleta"), and the articles after them. */
const LINK = /^(?:of|for|des|der|de|d['’]|del|di|della|dei|degli|delle|do|da|dos|das|van)$/i;
const LINKED_ARTICLE = /^(?:the|a|an|la|l['’]|el|los|las|il|lo|gli|het|de|o|os|as)$/i;

/** Noun phrases of tagged sentences: modifiers and a noun head, optionally "of"/"for" and another. */
export function nounPhrases(sentences: readonly Token[][]): Phrase[] {
  const phrases: Phrase[] = [];
  let position = 0;
  for (const raw of sentences) {
    const tokens = joinHyphens(raw);
    for (let i = 0; i < tokens.length; i++) {
      // A phrase starts at a modifier or a noun, after anything but another modifier.
      if (!MODIFIER.has((tokens[i] as Token).pos) || MODIFIER.has(tokens[i - 1]?.pos ?? 'X')) continue;
      let end = i;
      while (end < tokens.length && MODIFIER.has((tokens[end] as Token).pos)) end++;
      // (Not a word of time after a noun, "Broadband programs today", nor a subject's verb the tagger took for a noun.)
      if (end - i >= 2 && TIME_WORD.test((tokens[end - 1] as Token).text)) end--;
      if (end - i >= 2 && verbAfterSubject(tokens, end - 1, i)) end--;
      // Back off to the last noun: "new offer" of "new offer that", not "new".
      let head = end - 1;
      while (head >= i && !HEAD.has((tokens[head] as Token).pos)) head--;
      if (head < i) continue;
      // (A phrase the sentence denies names the opposite of its point: "an unreasonable guess" of "not an unreasonable guess".)
      if (negated(tokens, i)) continue;
      // An "-ing" word the tagger took for a verb, between an article and the noun, is the noun's modifier: "a stepping
      // stone for agencies" gives "stepping stone for agencies", never "Stone for agencies".
      const from = gerundModifier(tokens, i) ? i - 1 : i;
      let last = head;
      // "verification of chemical weapons", "support for open source".
      const link = tokens[head + 1];
      if (link && LINK.test(link.text) && link.pos === 'ADP') {
        let j = head + 2;
        if (tokens[j]?.pos === 'DET' && LINKED_ARTICLE.test(tokens[j]?.text ?? '')) j++;
        let k = j;
        while (k < tokens.length && MODIFIER.has((tokens[k] as Token).pos)) k++;
        // (Nor, after the link, a subject's verb the tagger took for a noun: "millions of American households lack it".)
        if (k - j >= 2 && /^(?:of|for)$/i.test(link.text) && verbAfterSubject(tokens, k - 1, j)) k--;
        let tail = k - 1;
        while (tail >= j && !HEAD.has((tokens[tail] as Token).pos)) tail--;
        // (Not a span of time, "… for a while", "for years": it says how long, not what.)
        if (tail >= j && !(/^for$/i.test(link.text) && spanOfTime(tokens.slice(j, tail + 1)))) last = tail;
      }
      // A phrase of whole words: not one that starts or stops inside a word the text writes in one
      // piece ("US$" of "US$47.78").
      if (gluedTo(tokens[from - 1], tokens[from])) continue;
      // (One that stops inside a name the sentence goes on with titles nothing: "U.S. Customs" of "U.S. Customs and
      // Border Protection", "Freedom of Information" of "… Act", "the National Center" of "… for Disaster Preparedness".)
      if (!gluedTo(tokens[last], tokens[last + 1]))
        addPhrase(phrases, tokens.slice(from, last + 1), position + from, cutsName(tokens, last), from === 0);
      // The head alone and its own modifiers are phrases too ("framework", "negotiating framework").
      if (last !== head && !gluedTo(tokens[head], tokens[head + 1]))
        addPhrase(phrases, tokens.slice(from, head + 1), position + from, cutsName(tokens, head), from === 0);
    }
    position += tokens.length;
  }
  return phrases;
}

/** Nouns of a span of time: after "for" they say how long ("for a while", "for decades"), not what for. */
const DURATION = /^(?:while|moments?|bit|times?|years?|decades?|months?|weeks?|days?|hours?|minutes?|seconds?|centur(?:y|ies)|ages)$/i;
/** Words that say how much of it: "two years", "a long time", "several decades". */
const DURATION_AMOUNT = /^(?:long|short|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
/** The words after "for" say only how long: a span's noun, its amount before it at most ("a while", "two years", "a long time"). */
const spanOfTime = (tail: readonly Token[]): boolean =>
  DURATION.test(tail.at(-1)?.text ?? '') && tail.slice(0, -1).every((token) => DURATION_AMOUNT.test(token.text));
/** Words of time a tagger reads as nouns: after a noun they say when, not what ("programs today"). */
const TIME_WORD = /^(?:today|tonight|tomorrow|yesterday|now)$/i;
/** What follows a verb and not a noun phrase's head: its object's article, pronoun, adjective or number, "to", "that" of its clause. */
const AFTER_VERB: ReadonlySet<Pos> = new Set(['DET', 'PRON', 'PART', 'ADJ', 'NUM']);
/** Words before a noun phrase that make it no subject, or its head singular: "in a drafts folder", "a public relations problem". */
const NOT_BEFORE_SUBJECT = /^(?:a|an|one|each|every|this|another|of|in|on|at|for|from|with|into|by|to)$/i;

/**
 * The token at `at` is a verb the tagger took for a noun: a bare word in lower case after a plural noun, and then an
 * article, a pronoun or "that" ("Several experts fear that …", "Uber drivers value the …", "Few companies use this"):
 * the plural is the subject and the phrase ends there. (A noun after a plural, "the devices market is growing",
 * has a verb or a preposition after it; one after "a" or a preposition is no subject: "in a drafts folder since 2021".)
 */
function verbAfterSubject(tokens: readonly Token[], at: number, start: number): boolean {
  const [subject, verb, after] = [tokens[at - 1], tokens[at] as Token, tokens[at + 1]];
  // (After "of", the subject is the noun phrase "of" links it to: "millions of American households lack it".)
  let opens = start;
  if (/^of$/i.test(tokens[opens - 1]?.text ?? '') && MODIFIER.has(tokens[opens - 2]?.pos ?? 'X')) {
    opens -= 2;
    while (MODIFIER.has(tokens[opens - 1]?.pos ?? 'X')) opens--;
  }
  return (
    !NOT_BEFORE_SUBJECT.test(tokens[opens - 1]?.text ?? '') &&
    verb.pos === 'NOUN' &&
    /^\p{Ll}+$/u.test(verb.text) &&
    !/s$/.test(verb.text) &&
    subject?.pos === 'NOUN' &&
    /^\p{Ll}+s$/u.test(subject.text) &&
    !/(?:ss|us|is)$/.test(subject.text) &&
    after !== undefined &&
    (AFTER_VERB.has(after.pos) || /^that$/i.test(after.text) || (after.pos === 'ADP' && !verbBefore(tokens, at + 1)))
  );
}

/** No verb from `from` to the clause's end: a preposition there follows the clause's own verb ("… problems call for structural solutions."). */
function verbBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    if (token.pos === 'PUNCT' && /^[,;:.!?—–]$/.test(token.text)) return false;
  }
  return false;
}

/** Words inside a name between its capitalised words: "Department of Technology", "Customs and Border Protection". */
const NAME_JOINER = /^(?:of|for|and|&)$/i;
const capitalised = (token: Token | undefined): boolean => !!token && token.space && /^\p{Lu}/u.test(token.text);

/** The capitalised word at `last` is not a name's last: a capitalised word follows it, a joiner ("of", "and") and "the" between at most. */
function cutsName(tokens: readonly Token[], last: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[last]?.text ?? '')) return false;
  let next = last + 1;
  if (NAME_JOINER.test(tokens[next]?.text ?? '')) {
    next++;
    if (/^the$/i.test(tokens[next]?.text ?? '')) next++;
  }
  // (Whatever its tag: "Act" and "Leave" of "Subsoil Water Act", "Family Leave" tag as verbs.)
  return capitalised(tokens[next]) && tokens[next]?.text !== 'I';
}

/** The token before `start` is an "-ing" word tagged as a verb, an article before it: "a stepping stone", "the building blocks". */
const gerundModifier = (tokens: readonly Token[], start: number): boolean =>
  tokens[start - 1]?.pos === 'VERB' &&
  /^\p{Ll}+ing$/u.test(tokens[start - 1]?.text ?? '') &&
  /^(?:a|an|the)$/i.test(tokens[start - 2]?.text ?? '');

/**
 * Words that deny what follows them: "not", "no", "never", "n't", and in the deck's other languages ("Nie brzmi
 * wiarygodnie …" titled "Brzmi wiarygodnie …" said the opposite of the sentence, review R).
 */
const NEGATION =
  /^(?:not|no|never|n['’]t|nor|nie|nigdy|nicht|niemals|kein(?:e[mnrs]?)?|ne|n['’]|pas|jamais|non|ni|nunca|não|nem|mai|niet|geen|nooit|nikdy)$/i;

/** The phrase at token `start` follows a negation, an article between them at most ("not an unreasonable guess", "no guarantee"). */
function negated(tokens: readonly Token[], start: number): boolean {
  let before = start - 1;
  if (/^(?:a|an|the)$/i.test(tokens[before]?.text ?? '')) before--;
  return NEGATION.test(tokens[before]?.text ?? '');
}

function addPhrase(phrases: Phrase[], tokens: readonly Token[], position: number, cutName: boolean, opensSentence: boolean): void {
  // Leading numbers go unless a unit needs them; a unit alone names nothing.
  let start = 0;
  while (start < tokens.length - 1 && tokens[start]?.pos === 'NUM' && !UNITS.test(tokens[start + 1]?.text ?? '')) start++;
  // A count or "own" before a phrase of two words or more: the phrase without it names the same thing, and with it
  // reads as a piece of the sentence ("Many rhetorical tropes", "Entire suite of legislative history", "Own brand of
  // left-wing journalism" of "their own brand of …").
  // (Not a name's first word: "Other People's Problems" in the middle of a sentence.)
  const count = tokens[start]?.text ?? '';
  if (
    tokens.length - start >= 3 &&
    LEADING_COUNT.test(count) &&
    (opensSentence || /^\p{Ll}/u.test(count)) &&
    tokens[start + 1]?.pos !== 'NUM' &&
    /\p{L}/u.test(tokens[start + 1]?.text ?? '')
  )
    start++;
  const kept = tokens.slice(start);
  const words = kept.filter((token) => /[\p{L}\p{N}]/u.test(token.text));
  if (words.length === 0 || words.length > MAX_WORDS) return;
  const first = words[0] as Token;
  const lastWord = words.at(-1) as Token;
  if (UNITS.test(first.text) || (words.length === 1 && (EMPTY_NOUNS.has(first.text.toLowerCase()) || first.pos === 'NUM'))) return;
  // (A phrase that points back names nothing on a slide of its own: "Such information", "Same reports".)
  if (POINTING_BACK.test(first.text)) return;
  // (Nor a vague word's "of", "Kind of products", "Bit of psychology", "Lots of common idioms": what follows "of" names it.)
  if (VAGUE_HEAD.test(first.text) && /^of$/i.test(words[1]?.text ?? '')) return;
  // (Nor a count and a noun alone: "Few weeks", "Many scientists", "Other goods" say how many of what, not what; nor
  // "Own brand" of "their own brand".)
  if (words.length === 2 && (QUANTIFIER.test(first.text) || /^own$/i.test(first.text))) return;
  if (EMPTY_NOUNS.has(lastWord.text.toLowerCase()) && words.length <= 2 && words.every((token) => token.pos !== 'PROPN')) return;
  // (Concatenated in a loop: `map` then `join` met arrays with holes, as optimised code makes them, and
  // without, and the optimised code was left on meeting the other kind.)
  let text = '';
  for (let i = 0; i < kept.length; i++) {
    const token = kept[i] as Token;
    text += (i > 0 && token.space ? ' ' : '') + token.text;
  }
  // (Pushed, not filtered and mapped: `map` gives arrays with holes or without, as it runs optimised or
  // not, and bestPhrase's optimised loop over a phrase's words was left on meeting the other kind,
  // then compiled again, 17 + 35 ms of the compiler's time on a 10 MB essay.)
  const keys: string[] = [];
  let generic = 0;
  for (const token of words)
    if (HEAD.has(token.pos) || (token.pos === 'ADJ' && !GENERIC_ADJECTIVE.has(token.text.toLowerCase()))) keys.push(wordKey(token.text));
    else if (token.pos === 'ADJ') generic++;
  phrases.push({ text, key: phraseKey(text), words: keys, position, cutName, generic });
}

/**
 * `nounPhrases` of each tagging seen, kept while the tagging is: a tagger keeps its result per
 * text (tagger.ts's memo), so a text tagged again (a paragraph an essay repeats, the dev server's
 * next build) is not read for phrases again. nounPhrases reads nothing but its tokens, and its
 * phrases are only read, so a kept list is the list it would give.
 */
const phrasesOfTagging = new WeakMap<readonly Token[][], readonly Phrase[]>();
function taggedPhrases(sentences: readonly Token[][]): readonly Phrase[] {
  let phrases = phrasesOfTagging.get(sentences);
  if (!phrases) {
    phrases = nounPhrases(sentences);
    phrasesOfTagging.set(sentences, phrases);
  }
  return phrases;
}

export interface TitleContext {
  /** How many of the essay's paragraphs hold a word, and how many paragraphs there are: rare words name better. */
  documentFrequency: (word: string) => number;
  documents: number;
  /** Phrase keys a title must not take: the group's own title, titles already used. */
  exclude: KeySet;
  /** Weighted counts of words (by `phraseKey`) of text counted already, as a `countOnly` text's would be. */
  counted?: (word: string) => number;
}

/** A text `bestPhrase` reads, and its weight. */
export interface WeightedText {
  text: string;
  weight: number;
  /** Only counted, not searched for phrases. */
  countOnly?: boolean;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|co|uk|news|media)\/\S*/gi;

/** Phrases of two to four words make titles; one word is vague, five or six a mouthful. */
const SHAPE: Record<number, number> = { 1: 0.55, 2: 1, 3: 1, 4: 0.9, 5: 0.7, 6: 0.6 };

/**
 * The noun phrase that best names a text: the weighted texts are its bullets (weight 2) and its
 * notes (weight 1); a text marked `countOnly` is not searched for phrases, its words only weigh
 * for those found in the others. Returns null when the text has no usable phrase.
 */
export function bestPhrase(texts: ReadonlyArray<WeightedText>, context: TitleContext, tagger: Tagger): string | null {
  const counts = new Map<string, number>();
  const candidates = new Map<string, Phrase & { count: number }>();
  for (const { text: written, weight, countOnly } of texts) {
    // A web address is no phrase: its pieces ("pic.twitter.com/MYwRz9euaq") would tag as names.
    // (Every address the pattern takes holds a "/" or "www.": a text with neither is not searched.)
    const text = written.includes('/') || /www\./i.test(written) ? written.replace(WEB_ADDRESS, ' ') : written;
    if (countOnly) {
      // Words that weigh for the phrases found elsewhere, without the cost of tagging them.
      for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
        const key = wordKey(word);
        counts.set(key, (counts.get(key) ?? 0) + weight);
      }
      continue;
    }
    for (const phrase of taggedPhrases(tagger(text))) {
      for (const word of phrase.words) counts.set(word, (counts.get(word) ?? 0) + weight);
      const known = candidates.get(phrase.key);
      if (known) {
        known.count += weight;
        // (A phrase cut from a name here may stand whole elsewhere: "U.S. Customs" alone titles well.)
        if (!phrase.cutName) known.cutName = false;
      }
      // The first occurrence, offset by the text's weight: a bullet's phrase comes before a note's.
      // (Its fields written out: a spread that then sets one of them again is several times slower.)
      else {
        const { text: phraseText, key, words, position, cutName, generic } = phrase;
        candidates.set(key, {
          text: phraseText,
          key,
          words,
          position: position + (weight > 1 ? 0 : 1000),
          count: weight,
          cutName,
          generic,
        });
      }
    }
  }
  const documents = Math.max(1, context.documents);
  const idf = (word: string): number => Math.log((documents + 1) / (context.documentFrequency(word) + 0.5)) + 0.3;
  let best: { phrase: Phrase; score: number } | null = null;
  for (const phrase of candidates.values()) {
    if (context.exclude.has(phrase.key) || phrase.words.length === 0 || phrase.cutName) continue;
    // (Its generic adjectives count in its length, not in its weight.)
    const length = phrase.words.length + phrase.generic;
    const weight =
      phrase.words.reduce((sum, word) => sum + ((counts.get(word) ?? 0) + (context.counted?.(word) ?? 0)) * idf(word), 0) /
      Math.sqrt(length);
    const score = (weight + Math.sqrt(phrase.count) * 0.5) * (SHAPE[length] ?? 0.5) - phrase.position * 0.0005;
    if (!best || score > best.score) best = { phrase, score };
  }
  return best ? capitalizeFirst(best.phrase.text) : null;
}
