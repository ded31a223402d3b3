/**
 * The words of a text as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` matches them (keyphrase.ts and
 * phrases.ts read words so), found by a loop over the characters instead: the outline reads every
 * word of the essay several times, and the regex, with its match objects, was most of that cost.
 * A word starts at a letter or a digit and runs over letters, digits, apostrophes and hyphens;
 * surrogate pairs are read as one code point, as the regex's u flag reads them.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** LETTER_OR_NUMBER's answer for each code unit of the Basic Multilingual Plane: 0 not asked yet, 1 yes, 2 no. */
const bmp = new Uint8Array(0x10000);

/** A code point is a letter or a digit (`\p{L}` or `\p{N}`). */
export function isLetterOrNumber(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
  let known = bmp[code];
  if (!known) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
    bmp[code] = known;
  }
  return known === 1;
}

/** Calls `visit` with each word of `text`, in order. */
export function eachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (!isLetterOrNumber(code)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < length) {
      const next = text.codePointAt(i) as number;
      if (next !== 0x27 && next !== 0x2019 && next !== 0x2d && !isLetterOrNumber(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    visit(text.slice(start, i));
  }
}
