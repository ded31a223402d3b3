/**
 * `Intl.Segmenter`'s sentence boundaries, found in JavaScript for texts written in a small set of
 * characters (ASCII letters, digits, punctuation and spaces, curly quotes, dashes): ICU's
 * segmenter costs a few microseconds for each text it is given and each sentence it returns,
 * which on a 10 MB essay is the largest single cost of the essay stage. The rules are UAX #29's
 * sentence boundary rules (SB1–SB11, SB998), which ICU implements; Format and Extend characters
 * (SB5) and letters of other classes are not in the set, so a text holding one is left to ICU.
 */

const UNKNOWN = 0;
const OTHER = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SP = 8;
const SCONTINUE = 9;
const CR = 10;
const LF = 11;

/** Each known code unit's Sentence_Break class (UNKNOWN for the rest). */
const CLASS = new Uint8Array(0x10000);
/** The characters given a class, each as a regex escape. */
let known = '';
const assign = (characters: string, kind: number): void => {
  for (const character of characters) {
    const code = character.charCodeAt(0);
    CLASS[code] = kind;
    known += `\\u${code.toString(16).padStart(4, '0')}`;
  }
};
assign('abcdefghijklmnopqrstuvwxyz', LOWER);
assign('ABCDEFGHIJKLMNOPQRSTUVWXYZ', UPPER);
assign('0123456789', NUMERIC);
assign('.', ATERM);
assign('!?', STERM);
assign('"\'()[]{}‘’“”', CLOSE);
assign('\t \u00a0', SP);
assign(',-:;–—', SCONTINUE);
assign('#$%&*+/<=>@\\^_`|~°…', OTHER);
assign('\r', CR);
assign('\n', LF);

/** A character outside the table. (Made from the characters assigned, not by reading the whole table: it is made at every start.) */
const UNKNOWN_CHARACTER = new RegExp(`[^${known}]`);
const STOP_OR_SEPARATOR = /[.!?\r\n]/g;

const isTerminator = (kind: number): boolean => kind === ATERM || kind === STERM;
const isParagraphSeparator = (kind: number): boolean => kind === CR || kind === LF;

/**
 * The end offset of each of `text`'s sentences as `Intl.Segmenter('en', { granularity: 'sentence' })`
 * cuts them (the last is `text.length`), or null when `text` holds a character outside the set.
 * A sentence ends only after a paragraph separator (SB4) or after a stop, its closing marks and
 * spaces (SB11), unless what follows continues the sentence (SB6–SB8a).
 */
export function sentenceEnds(text: string): number[] | null {
  if (UNKNOWN_CHARACTER.test(text)) return null;
  const ends: number[] = [];
  const length = text.length;
  // (Only stops and separators can end a sentence: the regex finds them without reading each character here.)
  STOP_OR_SEPARATOR.lastIndex = 0;
  while (STOP_OR_SEPARATOR.test(text)) {
    const i = STOP_OR_SEPARATOR.lastIndex - 1;
    const kind = CLASS[text.charCodeAt(i)] as number;
    if (isParagraphSeparator(kind)) {
      // SB3, SB4: after the separator, CR LF kept together.
      const end = kind === CR && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      if (end < length) ends.push(end);
      STOP_OR_SEPARATOR.lastIndex = end;
      continue;
    }
    // The stop's closing marks, then its spaces (SB9, SB10: no break inside them).
    let next = i + 1;
    while (next < length && CLASS[text.charCodeAt(next)] === CLOSE) next++;
    while (next < length && CLASS[text.charCodeAt(next)] === SP) next++;
    if (next === length) break;
    const after = CLASS[text.charCodeAt(next)] as number;
    // A separator ends the sentence after itself (SB11 with SB4), found next.
    if (!isParagraphSeparator(after) && !continues(text, i, kind, next, after)) ends.push(next);
    STOP_OR_SEPARATOR.lastIndex = next;
  }
  if (length > 0) ends.push(length);
  return ends;
}

/** Whether the sentence ended by the stop at `stop` (of class `kind`) goes on at `next` (of class `after`), past its closing marks and spaces. */
function continues(text: string, stop: number, kind: number, next: number, after: number): boolean {
  // SB8a: a comma, colon or another stop after the stop.
  if (after === SCONTINUE || isTerminator(after)) return true;
  if (kind !== ATERM) return false;
  if (next === stop + 1) {
    // SB6: "3.5". SB7: "U.S" — a letter, the full stop, a capital.
    if (after === NUMERIC) return true;
    const before = stop > 0 ? (CLASS[text.charCodeAt(stop - 1)] as number) : UNKNOWN;
    if (after === UPPER && (before === UPPER || before === LOWER)) return true;
  }
  // SB8: the next letter, past anything but letters, separators and stops, is lower case.
  for (let at = next; at < text.length; at++) {
    const kind = CLASS[text.charCodeAt(at)] as number;
    if (kind === LOWER) return true;
    if (kind === UPPER || isParagraphSeparator(kind) || isTerminator(kind)) return false;
  }
  return false;
}
