import type { Sentence } from '../types.js';
import { sentenceEnds } from './sentence-breaks.js';
import { isSpaceAt, withoutSoftHyphens } from './text.js';

/**
 * Splits a paragraph into sentences with `Intl.Segmenter`, then re-joins the pieces it cut
 * after abbreviations ("Mr.", "U.S.", "e.g."). The text is never altered: each sentence is a
 * slice of the paragraph, so the sentences put back together give the paragraph.
 */

/**
 * Made when first needed (sentence-breaks.ts finds most texts' sentences without it): making a
 * segmenter loads ICU's break rules, 5 ms of every start here.
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * Abbreviations that never end a sentence: titles before a name, English, French ("MM. Petit et Macron", "Mme",
 * "Mlle") and Spanish ("Sra."). (The word lists are exported for the tests' reference splitter.)
 */
export const TITLES = new Set(
  'mr mrs ms messrs dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev hon pres amb fr st sr jr supt insp mm mme mmes mlle mlles sra srta'.split(
    ' ',
  ),
);
/**
 * Abbreviations that usually continue the sentence: English, and German ("die sog. Gesamtrohstoffproduktivität",
 * "bzw.", "vgl.", "z.B.", "u.a.", "d.h."), French ("p.ex.", "env.") and Spanish ("p.ej.", "aprox.") ones.
 */
export const CONTINUING = new Set(
  'e.g i.e eg ie cf vs approx ca al viz sog bzw vgl ggf bspw inkl evtl bzgl z.b u.a d.h z.t s.o s.u u.u o.ä p.ex env p.ej aprox'.split(' '),
);
/**
 * Abbreviations that continue the sentence before a number ("No. 10", "Fig. 3", "pp. 12", "Art. IV", "Pt. II"): before
 * a word, the stop is a sentence's ("The answer is no. Then …", Spanish "… que no. Luego …").
 */
export const NUMBERING = new Set('no nos vol fig pp para art sec ch pt'.split(' '));
/** A number, Arabic or Roman, or a bracket before one: what a NUMBERING abbreviation leads into. */
export const NUMBER_NEXT = /^(?:[([]?\d|[IVXLC]+\b)/;
export const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/**
 * Abbreviations that may end a sentence: joined unless a sentence clearly starts next. (German amounts too: "um 10 Mrd.
 * Euro", "2 Mio. Einwohner", "5 Tsd. Euro".)
 */
export const AMBIGUOUS = new Set('inc corp co ltd llc plc bros etc dept govt univ assn est mrd mio tsd'.split(' '));

/** Capitalised words that start sentences far more often than they continue a name. */
export const SENTENCE_STARTERS = new Set(
  `a an the it its this that these those he she they we i you his her their our my your there here
  in on at by for from with without into of to as if when while where after before since although though
  because but and or so yet nor however meanwhile still then thus hence moreover furthermore indeed
  also instead nevertheless nonetheless some many most much more few all both each every no not none
  other another such what why how who which whether one two three first second third finally yes`.split(/\s+/),
);

function firstWord(piece: string): string {
  const match = /^[\s"“‘'(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(piece);
  return match?.[1] ?? '';
}

/** Where firstWord's word would start in `piece`: past the spaces, quotes and brackets that open it. */
function wordStart(piece: string): number {
  let at = 0;
  while (at < piece.length && (isSpaceAt(piece, at) || OPENING.includes(piece[at] as string))) at++;
  return at;
}
const OPENING = '"“‘\'(';
/** A lower-case letter at lastIndex (read as a code point, as firstWord's /u reads it). */
const LOWER_AT = /\p{Ll}/uy;

/*
 * The two tests below are asked at nearly every sentence end of the essay (the second of the word
 * before the stop, when it is short), and most answers need no regex.
 */

/** `LOWER_AT` tried at `at`; an ASCII character there is a lower-case letter when it is a to z. */
export function lowerCaseAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 97 && code <= 122;
  LOWER_AT.lastIndex = at;
  return LOWER_AT.test(text);
}

/** Letters each followed by a stop but the last: an initial or an initialism, its last stop left off ("j", "u.s"). */
const INITIALISM = /^(\p{L}\.)*\p{L}$/u;

/**
 * `INITIALISM.test(word)`. Its first letter, one code point, is the whole word or has a stop after
 * it: a word with anything else as its second code unit (not the second half of a letter written
 * as two) is none.
 */
export function isInitialism(word: string): boolean {
  const second = word.charCodeAt(1);
  if (word.length > 1 && second !== 46 && !(second >= 0xdc00 && second <= 0xdfff)) return false;
  return INITIALISM.test(word);
}

/** Words a text writes in lower case somewhere (a Set will do). */
export interface Vocabulary {
  has(word: string): boolean;
}

/** Characters: an initialism ("U.S.", "J.") is at most this long, its last stop left off. */
const INITIALISM_MAX = 5;
/** The longest word before a stop that endsInsideSentence may read as an abbreviation or initialism. */
const ABBREVIATION_MAX = Math.max(INITIALISM_MAX, ...[...TITLES, ...CONTINUING, ...MONTHS, ...AMBIGUOUS].map((word) => word.length));

/**
 * True when the piece `text.slice(start, end)` ends in an abbreviation that does not end the sentence before `next`.
 * Read in place (no token, word or match is made for the common stop after a long word): this is
 * asked at nearly every sentence end of the essay.
 */
/** A citation's abbreviation: a capitalised word of a few letters and its stop ("Cal.", "App.", "Stan.", "Ct.", "L."). */
const CITATION_WORD = /^\p{Lu}\p{Ll}{0,4}\.$/u;
/** …as the first word of what follows. */
const CITATION_ABBREVIATION = /^\p{Lu}\p{Ll}{0,4}\.(?=\s|$)/u;
/**
 * What follows one in a citation: a volume's or a page's number, a year closing its brackets, a series ("4th", "2d"), or
 * a page's number the sentence goes on after in lower case or with the court and year in brackets ("407 N.J. Super.
 * 230 and inaccurately claim …", "448 N.J. Super. 333 (App. Div. 2017)").
 */
const CITATION_NUMBER = /^\d{1,4}(?:[);,]|(?:st|nd|rd|th|d)\b|\s+[\p{Ll}(])/u;

/**
 * A legal citation runs on past its abbreviations: "48 Cal. App. 4th 1 (Ct. App. 1996)", "54 Stan. L. Rev. 1 (2001)".
 * The word of the token at [tokenStart, stop) is a capitalised abbreviation; so is the next piece's first word, or it
 * is a citation's number; and the token opens a bracket, or the token before it stands in the citation too (a
 * volume's number, another abbreviation).
 */
function inCitation(text: string, start: number, tokenStart: number, from: number, stop: number, next: string, nextStart: number): boolean {
  if (!CITATION_WORD.test(text.slice(from, stop))) return false;
  const after = next.slice(nextStart);
  if (!CITATION_ABBREVIATION.test(after) && !CITATION_NUMBER.test(after)) return false;
  if (text[from - 1] === '(' && from > tokenStart) return true;
  const previous = /\S+$/.exec(text.slice(start, tokenStart).trimEnd())?.[0] ?? '';
  return /^\(?\d{1,4}$/.test(previous) || /^\(?(?:\p{Lu}\p{Ll}{0,4}\.|(?:\p{Lu}\.)+)$/u.test(previous);
}

/**
 * A statute's or a code's initialism of three letters or more before its section's number ("N.J.S.A. 47:1A-2.2",
 * "U.S.C. 552"): its stop ends no sentence. (Of two, "U.S.", a sentence may end there: "… in the U.S. 2020 was …".)
 * Nor does "v." between a case's parties ("Libertarians for Transparent Government v. New Jersey State Police"),
 * written in lower case: "V." is a numeral or an initial.
 */
const STATUTE_INITIALISM = /^(?:\p{Lu}\.){3,}$/u;
const VERSUS = 'v.';

/**
 * German writes an ordinal as a number and a stop, before a month or a century: "am 25. März 2020", "im 17.
 * Jahrhundert", "Die Behörden des 18. Jahrhunderts". Its stop ends no sentence.
 */
const ORDINAL_NUMBER = /^\d{1,2}$/;
const ORDINAL_NOUN =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhunderts?|Jahrtausends?)(?![\p{L}])/u;
/** The characters of the next piece looked at for that noun, its soft hyphens included. */
const ORDINAL_NOUN_MAX_CHARS = 24;
/**
 * …and before any noun after an article or a preposition that takes one: "die Ergebnisse der 27. Weltklimakonferenz",
 * "zum 100. Geburtstag". (Not "am", which English writes before a number too: "I am 27. Then …".)
 */
const ORDINAL_AFTER = /^(?:der|des|dem|den|die|das|zum|zur|vom|beim|im|ins|seit)$/i;
const ORDINAL_AFTER_ARTICLE = /^\d{1,3}$/;
/** The characters before the number looked at for that word. */
const ORDINAL_AFTER_REACH = 8;

function endsInsideSentence(text: string, start: number, end: number, next: string, vocabulary?: Vocabulary): boolean {
  // The last token (run of non-spaces) of the piece trimmed, [from, stop), must end in a full stop.
  let stop = end;
  while (stop > start && isSpaceAt(text, stop - 1)) stop--;
  if (stop === start || text.charCodeAt(stop - 1) !== 46) return false;
  let from = stop - 1;
  while (from > start && !isSpaceAt(text, from - 1)) from--;
  const tokenStart = from;
  // Its word: the token without the brackets and quotes that open it and the stop that ends it.
  while (OPENING.includes(text[from] as string)) from++;
  const nextStart = wordStart(next);
  // (The word's first letter is the first character past the opening marks, if it is a letter at all.)
  if (lowerCaseAt(next, nextStart)) return true;
  const nextCode = next.charCodeAt(nextStart);
  if (nextCode >= 48 && nextCode <= 57 && STATUTE_INITIALISM.test(text.slice(from, stop))) return true;
  // (Lower case is never shorter than the word: a longer word is none of the abbreviations.)
  if (stop - 1 - from > ABBREVIATION_MAX) return false;
  const bare = text.slice(from, stop - 1).toLowerCase();
  if (TITLES.has(bare) || CONTINUING.has(bare)) return true;
  if (text.slice(from, stop) === VERSUS) return true;
  if (NUMBERING.has(bare) && NUMBER_NEXT.test(next.slice(nextStart))) return true;
  if (inCitation(text, start, tokenStart, from, stop, next, nextStart)) return true;
  if (MONTHS.has(bare) && nextCode >= 48 && nextCode <= 57) return true;
  // (Read without soft hyphens, which a page sets inside long words: "Jahr\u00adhun\u00adderts".)
  if (ORDINAL_NUMBER.test(bare) && ORDINAL_NOUN.test(withoutSoftHyphens(next.slice(nextStart, nextStart + ORDINAL_NOUN_MAX_CHARS))))
    return true;
  if (ORDINAL_AFTER_ARTICLE.test(bare) && /^\p{Lu}\p{Ll}/u.test(next.slice(nextStart, nextStart + 2))) {
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(start, tokenStart - ORDINAL_AFTER_REACH), tokenStart))?.[1] ?? '';
    if (ORDINAL_AFTER.test(before)) return true;
  }
  // Initials and initialisms ("J.", "U.S.", "U.N.") and AMBIGUOUS ones end the sentence only before its start.
  // (Asked last: the vocabulary is gathered from the whole essay on its first question.)
  if (!((bare.length <= INITIALISM_MAX && isInitialism(bare)) || AMBIGUOUS.has(bare))) return false;
  // A capitalised word the text also writes in lower case ("Economists") starts a sentence;
  // one it never does ("Congress", "Treasury") is part of a name.
  const lower = firstWord(next).toLowerCase();
  if (SENTENCE_STARTERS.has(lower)) return false;
  // So are two capitalised words in a row that the initialism leads: "the U.S. Federal Court of Appeals says …".
  if (bare.includes('.') && isInitialism(bare)) {
    const second = CAPITALISED_PAIR.exec(next.slice(nextStart))?.[1];
    if (second !== undefined && !SENTENCE_STARTERS.has(second.toLowerCase())) return true;
  }
  return vocabulary?.has(lower) !== true;
}

/** Two capitalised words in a row, the second captured: a name goes on ("Federal Court") unless the second opens a sentence. */
const CAPITALISED_PAIR = /^\p{Lu}[\p{Ll}'’-]+\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence's first character in the paragraph text. */
  offset: number;
}

/** Text longer than this is segmented in windows: `Intl.Segmenter` grows worse than linear on one long text. */
const WINDOW = 8000;

/**
 * `Intl.Segmenter`'s sentences of `text`, window by window, each window ending after a sentence's
 * end. (Each sentence is read with `containing` at the end of the one before: the same boundaries
 * as iterating, without an iterator's result object per sentence.)
 */
function eachSegment(text: string, visit: (segment: string, index: number) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      // After the last sentence end in the window; with none (one endless sentence), at a space.
      const window = text.slice(start, end);
      const sentenceEnd = lastSentenceEnd(window);
      const space = window.lastIndexOf(' ');
      end = start + (sentenceEnd > 0 ? sentenceEnd : space > 0 ? space + 1 : window.length);
    }
    const windowText = text.slice(start, end);
    // (Found without ICU when the window's characters are all ones sentenceEnds knows.)
    const ends = sentenceEnds(windowText);
    if (ends) {
      let from = 0;
      for (const to of ends) {
        visit(windowText.slice(from, to), from + start);
        from = to;
      }
      start = end;
      continue;
    }
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    const segments = segmenter.segment(windowText);
    for (let at = 0; at < windowText.length; ) {
      // (`at` lies inside the window: it has a sentence.)
      const { segment, index } = segments.containing(at) as Intl.SegmentData;
      visit(segment, index + start);
      at = index + segment.length;
    }
    start = end;
  }
}

/** [A-Za-z0-9] for a UTF-16 code unit. */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Offset just after the last sentence end (and its spaces) in `text`, or -1. */
function lastSentenceEnd(text: string): number {
  let found = -1;
  for (const match of text.matchAll(/[.!?…]["”’)]*\s+(?=\S)/g)) found = match.index + match[0].length;
  return found;
}

/**
 * A question or exclamation mark inside brackets, the sentence going on in lower case after
 * them: "… will take years (decades?) to report", "ranks high (!) in terms of …". The brackets
 * set the aside off; the sentence has not ended.
 */
function bracketedMark(text: string, start: number, end: number, next: string): boolean {
  let stop = end;
  while (stop > start && isSpaceAt(text, stop - 1)) stop--;
  const close = text.charCodeAt(stop - 1);
  if (close !== 41 && close !== 93) return false;
  let mark = stop - 2;
  while (mark > start && isSpaceAt(text, mark)) mark--;
  const code = text.charCodeAt(mark);
  return (code === 63 || code === 33) && lowerCaseAt(next, wordStart(next));
}

/**
 * The rest of a bracket that closes soon, before any stop, a short bracket inside it at most: "Aneks).", "App. A) and",
 * "(PDP Act)) and means …" after "(such as s 10 in the … Act 2014 (Vic.)".
 */
const BRACKET_CLOSES_SOON = /^(?:[^.!?()]|\([^.!?()]{0,40}\)){0,40}\)/;

/**
 * [start, end) of `text` stops inside a bracket it opened, and the next piece closes it soon: an
 * abbreviation's stop in brackets ends no sentence ("… bronią Emiliana Gebrewa (zob. Aneks).", OSW).
 */
function insideBrackets(text: string, start: number, end: number, next: string): boolean {
  if (!BRACKET_CLOSES_SOON.test(next)) return false;
  let open = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) open++;
    else if (code === 41 && open > 0) open--;
  }
  return open > 0;
}

/** A piece that is only a paragraph's number in an outline ("1.15.8.4. The Committee …") starts the sentence after it. */
const OUTLINE_NUMBER_ALONE = /^\s*\(?\d{1,3}(?:\.\d{1,3})+\.?\)?\s*$/;
/** [start, end) of `text` is OUTLINE_NUMBER_ALONE: read only when short and opening with a figure or a bracket. */
function outlineNumberAlone(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  return (
    end - start <= OUTLINE_NUMBER_MAX && ((code >= 48 && code <= 57) || code === 40) && OUTLINE_NUMBER_ALONE.test(text.slice(start, end))
  );
}
/** An outline's number runs this many characters at most ("1.15.8.4."). */
const OUTLINE_NUMBER_MAX = 20;
/** The rest of a reference mark cut after its "[": "14] ", then the next sentence. */
const REFERENCE_MARK_REST = /^\d{1,3}\]\s*/;
/** A note's number set against the quotation mark that closes a sentence ("… into being.\"8 That is …"): the segmenter starts the next sentence with it. */
const NOTE_NUMBER_REST = /^\d{1,3}(?=\s+\p{Lu})/u;
/**
 * A note's number set against a sentence's stop, then the next sentence ("… the empire was lost.6 Likewise, …"),
 * which the segmenter does not cut (a stop before a figure ends nothing for it). The word before the stop is one
 * of three letters or more, not an abbreviation's ("ca.16 Tonnen").
 */
const NOTE_AFTER_STOP = /(?<=(?<![\p{L}.])\p{L}{3,}[.!?]\d{1,3})\s+(?=\p{Lu}\p{Ll})/gu;
const NOTE_ABBREVIATION = /(?:^|\s)(?:ca|bzw|vgl|nr|vol|art|abs|fig|sec|chap|ref|eq)[.]\d/i;
/** The characters before a cut looked at for such an abbreviation. */
const NOTE_ABBREVIATION_REACH = 12;

/** A question or an exclamation closed by quotation marks or a bracket, at a piece's end. */
const ASKED_AT_END = /[?!]["”’»)]*$/;
/**
 * A question or an exclamation that ends no sentence: the text goes on in lower case ("Asking the question “what is
 * the user need?” really helps …", "“Government bad!” agenda", "Yahoo! released …"). (A title in quotation marks
 * that asks, followed by a capital, may end its sentence or not: "… entitled, “Why Are People Finally Paying
 * Attention …?” DeRogatis’ piece was …" ends it; it is cut there.)
 */
function questionInsideSentence(text: string, start: number, end: number, next: string): boolean {
  return ASKED_AT_END.test(text.slice(start, end).trimEnd()) && lowerCaseAt(next, wordStart(next));
}

export function splitSentenceSpans(paragraph: string, vocabulary?: Vocabulary): SentenceSpan[] {
  // Pieces are spans [starts[k], ends[k]) of the paragraph: the segmenter's sentences, each joined
  // to the one before when that one ends inside a sentence.
  const starts: number[] = [];
  const ends: number[] = [];
  eachSegment(paragraph, (segment, index) => {
    const last = starts.length - 1;
    if (last >= 0) {
      const start = starts[last] as number;
      // A stop with no space after it ends no sentence: "…/r/dae41c39?m=5fdc…" inside a web address.
      const before = paragraph.charCodeAt(index - 1);
      const midWord = (before === 46 || before === 63 || before === 33) && isAsciiAlphanumeric(segment.charCodeAt(0));
      if (
        midWord ||
        endsInsideSentence(paragraph, start, index, segment, vocabulary) ||
        outlineNumberAlone(paragraph, start, index) ||
        bracketedMark(paragraph, start, index, segment) ||
        insideBrackets(paragraph, start, index, segment) ||
        questionInsideSentence(paragraph, start, index, segment)
      ) {
        ends[last] = index + segment.length;
        return;
      }
      // A reference mark after a sentence's end is that sentence's: "… correctly.[14] You can …" (the segmenter cuts after its "[");
      // so is a note's number against the quotation mark that closes it: "… into being.\"8 That is …".
      const closedQuote = (before === 34 || before === 0x201d || before === 0x2019) && /[.!?]/.test(paragraph.charAt(index - 2));
      const mark = before === 91 ? REFERENCE_MARK_REST.exec(segment) : closedQuote ? NOTE_NUMBER_REST.exec(segment) : null;
      if (mark) {
        ends[last] = index + mark[0].length;
        if (mark[0].length === segment.length) return;
        starts.push(index + mark[0].length);
        ends.push(index + segment.length);
        return;
      }
    }
    // (Cut after a note's number set against a stop, where the segmenter does not: see NOTE_AFTER_STOP.)
    let from = index;
    if (/[.!?]\d/.test(segment))
      for (const cut of segment.matchAll(NOTE_AFTER_STOP)) {
        const at = index + (cut.index as number);
        if (NOTE_ABBREVIATION.test(paragraph.slice(Math.max(from, at - NOTE_ABBREVIATION_REACH), at))) continue;
        starts.push(from);
        ends.push(at);
        from = at;
      }
    starts.push(from);
    ends.push(index + segment.length);
  });
  const spans: SentenceSpan[] = [];
  for (let k = 0; k < starts.length; k++) {
    // The piece trimmed: [from, to).
    let from = starts[k] as number;
    let to = ends[k] as number;
    while (from < to && isSpaceAt(paragraph, from)) from++;
    while (to > from && isSpaceAt(paragraph, to - 1)) to--;
    const text = paragraph.slice(from, to);
    if (/[\p{L}\p{N}]/u.test(text)) spans.push({ text, offset: from });
    else if (spans.length > 0 && text) {
      // Stray punctuation (a closing quote after the split) belongs to the sentence before it.
      const last = spans[spans.length - 1] as SentenceSpan;
      last.text = paragraph.slice(last.offset, to);
    }
  }
  return spans;
}

/**
 * Sentences of a paragraph whose text starts at `lineStarts[0].line`; `lineStarts` maps text
 * offsets to the source lines of a paragraph joined from several lines.
 */
export function splitSentences(
  paragraph: string,
  lineStarts: ReadonlyArray<{ offset: number; line: number }>,
  vocabulary?: Vocabulary,
): Sentence[] {
  // Sentences come in order: the line pointer only moves forward.
  let at = 0;
  // (Pushed, not mapped: `map` gives some arrays with holes and some without, and the outline,
  // optimised for one kind, left its optimised code again and again on meeting the other.)
  const sentences: Sentence[] = [];
  for (const span of splitSentenceSpans(paragraph, vocabulary)) {
    while (at + 1 < lineStarts.length && (lineStarts[at + 1]?.offset ?? Number.POSITIVE_INFINITY) <= span.offset) at++;
    sentences.push({ text: span.text, line: lineStarts[at]?.line ?? 1, index: sentences.length + 1 });
  }
  return sentences;
}
