import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord } from '../../src/essay/word-scan.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const scanned = (text: string): string[] => {
  const found: string[] = [];
  eachWord(text, (word) => found.push(word));
  return found;
};

describe('eachWord', () => {
  it('finds the words the regex finds: apostrophes, hyphens, accents, digits of other scripts, astral letters, lone surrogates', () => {
    const texts = [
      '',
      ' \t\n',
      "don't can’t state-owned -x 'quoted' ’tis",
      'ǅ ٣ é e\u0301 İstanbul ² Ⅻ ª',
      '𝐀𝐁 c 😀x a😀b',
      '\ud800 a a\ud800 \udc00b',
      '中文 ー カタカナ',
      'US$47.78 www.example.com/a_b',
    ];
    for (const text of texts) expect(scanned(text)).toEqual(text.match(WORD) ?? []);
  });

  it('agrees with the regex on every code point between letters', () => {
    for (let code = 0; code < 0x110000; code += code < 0x10000 ? 1 : 97) {
      const character = String.fromCodePoint(code);
      const text = `a${character}b ${character} ${character}x`;
      expect(scanned(text)).toEqual(text.match(WORD) ?? []);
    }
  });

  it('agrees with the regex on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(scanned(text)).toEqual(text.match(WORD) ?? []);
      }),
    );
  });
});
