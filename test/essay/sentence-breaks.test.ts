import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../src/essay/sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** ICU's sentence ends: what sentenceEnds must give whenever it answers. */
const icuEnds = (text: string): number[] => Array.from(segmenter.segment(text), ({ segment, index }) => index + segment.length);

/** The characters sentenceEnds knows, and some it must leave to ICU (other letters, separators, Format characters). */
const KNOWN = [...'azqAZQ09.!?"\'()[]{}‘’“”\t \u00a0,-:;–—#$%&*+/<=>@\\^_`|~°…\r\n'];
const UNKNOWN = [...'é\u00ad\u000b\u2029\u0085«»İ\u200b', '😀'];

describe('sentenceEnds', () => {
  it('ends sentences where Intl.Segmenter does, on texts dense with stops, closing marks, spaces and separators', () => {
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...KNOWN) },
      { weight: 4, arbitrary: fc.constantFrom('.', '. ', '.” ', '!', '?', ' ', '\n', '\r\n', 'a', 'A', '1', 'U.S.', ') ', ', ') },
      { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN) },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const text = units.join('');
        const ends = sentenceEnds(text);
        // (It answers exactly when every character is one it knows.)
        expect(ends === null).toBe(UNKNOWN.some((character) => text.includes(character)));
        if (ends) expect(ends).toEqual(icuEnds(text));
      }),
      { numRuns: 50_000 },
    );
  });

  it('reads every character it knows as ICU does, before and after each kind of stop', () => {
    const mismatches: string[] = [];
    for (const character of KNOWN)
      for (const before of [
        '',
        'a',
        'A',
        'a.',
        'A.',
        'a. ',
        'a.) ',
        'a!',
        'a! ',
        '.',
        '. ',
        '1.',
        'a.”',
        `a.${character}`,
        `a. ${character}`,
      ])
        for (const after of [
          '',
          'a',
          'A',
          ' a',
          ' A',
          '1',
          '.',
          '\n',
          ' ',
          character,
          `${character}a`,
          `${character} a`,
          `${character}A`,
        ]) {
          const text = before + character + after;
          if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(icuEnds(text))) mismatches.push(text);
        }
    expect(mismatches).toEqual([]);
  });
});
