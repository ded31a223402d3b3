import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../src/essay/blocks.js';
import { advertisement, SPONSOR_NOTE } from '../../src/essay/rules/advertisement.js';
import { mayNameSeries, OUR_SERIES } from '../../src/essay/rules/editorial.js';
import { isGluedWord, MAY_HOLD_GLUED_WORD, tags } from '../../src/essay/rules/tags.js';
import { words } from '../../src/essay/shape.js';

/** Each letter in either case, an "s" at times "ſ" and a "k" at times "K": the letters /iu folds together. */
const anyCase = (text: string) =>
  fc.array(fc.nat(3), { minLength: text.length, maxLength: text.length }).map((picks) =>
    [...text]
      .map((letter, i) => {
        const pick = picks[i] ?? 0;
        if (letter === 's' && pick === 3) return 'ſ';
        if (letter === 'k' && pick === 3) return '\u212a';
        return pick % 2 ? letter.toUpperCase() : letter;
      })
      .join(''),
  );

describe('the rules’ prefilters', () => {
  it('leave the advertisement rule every text of 90 words or fewer its sponsor-note regex matches', () => {
    const note = fc
      .tuple(
        fc.constantFrom('this', 'today’s', "today's", 'this week’s'),
        fc.constantFrom('edition', 'issue', 'post', 'episode', 'newsletter', 'article'),
        fc.constantFrom('', ' of BITM', ' of the Kiosk'),
        fc.constantFrom('sponsored', 'brought to you', 'presented', 'supported'),
      )
      .chain(([opening, subject, of, verb]) => anyCase(`${opening} ${subject}${of} is ${verb} by`));
    const around = fc.constantFrom('', 'So! ', 'Hello. ', ' DeleteMe, the service.', ' our friends', 'x');
    fc.assert(
      fc.property(around, note, around, (before, text, after) => {
        const plain = `${before}${text}${after}`;
        const block = makeBlock('paragraph', [{ text: plain, line: 1 }]);
        if (!SPONSOR_NOTE.test(block.plain) || words(block) > 90) return;
        expect(advertisement.test(block, { words: words(block), inBody: false })).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the tags rule’s look for links run together', () => {
  // Letters of both cases (a capital and a lower-case letter outside ASCII, a title-case "ǅ" that is
  // neither), marks and spaces of several kinds: every word isGluedWord takes is one the look finds.
  const letters = ['a', 'a', 'B', 'B', 'é', 'Ł', 'ǅ', 'ß', '-', '’', '.', '/', '1', ' ', '\u00a0', '\t', '\u2003'];
  it('finds every word isGluedWord takes, and so every text holding one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), fc.nat(40), (parts, repeat) => {
        const word = parts.join('') + 'x'.repeat(repeat % 35);
        if (isGluedWord(word)) expect(MAY_HOLD_GLUED_WORD.test(` ${word} `)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('still takes glued links and long glued words', () => {
    for (const text of ['BioethicsBiologyHuman reproduction', 'Environmentpoliticsqedclimateclimate changeenvironment'])
      expect(tags.test(makeBlock('paragraph', [{ text, line: 1 }]), { words: 3, inBody: false })).not.toBeNull();
    expect(MAY_HOLD_GLUED_WORD.test('The Economics of Climate Change')).toBe(false);
  });
  it('takes a social link glued to a name, not a product’s or a plan’s name in the text (Open Web Advocacy: "iPadOS has some unique features")', () => {
    const taken = (text: string): boolean =>
      tags.test(makeBlock('item', [{ text, line: 1 }]), { words: text.split(/\s+/).length, inBody: true }) !== null;
    expect(taken('LinkedInWei Zheng, Chief Product Officer, Conductor')).toBe(true);
    expect(taken('iPadOS has some unique features')).toBe(false);
    expect(taken('The CoCoMo will:')).toBe(false);
    expect(taken('Use macOS or eBay')).toBe(false);
  });
});

describe('the editorial rule’s look for "our series"', () => {
  it('finds "our " in the first 84 characters of every text OUR_SERIES matches', () => {
    // (Up to the regex's limit of 80 characters before "our", letters that lower-case to more than one or fold under /iu among them.)
    const filler = fc
      .tuple(fc.array(fc.constantFrom('a', ' ', '.', 'İ', '\u212a', 'ſ', 'é', 'O', 'R', 'u', '-', '’'), { maxLength: 6 }), fc.nat(84))
      .map(([parts, length]) => `${parts.join('')}${'x'.repeat(length)} `);
    const series = fc
      .tuple(
        fc.constantFrom('our', 'Our', 'OUR', 'oUr', 'ouR'),
        fc.constantFrom('', 'new ', 'Ongoing ', 'SPECIAL '),
        fc.constantFrom('series', 'Package', 'look back', 'serieſ'),
      )
      .map(([our, kind, name]) => `${our} ${kind}${name}`);
    fc.assert(
      fc.property(filler, series, fc.string({ maxLength: 20 }), (before, note, after) => {
        const text = `${before}${note}${after}`;
        if (OUR_SERIES.test(text)) expect(mayNameSeries(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
