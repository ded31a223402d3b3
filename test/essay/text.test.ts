import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalizeFirst,
  eachLowerCaseWord,
  endsLikeSentence,
  endsWithColon,
  firstWords,
  hasLowerCaseWord,
  isSpaceAt,
  LowerCaseWords,
  matchKey,
  withoutLeading,
  withoutTrailing,
  wordCount,
  words,
} from '../../src/essay/text.js';

describe('matchKey', () => {
  it('reads a word a page sets with soft hyphens as the word, not two (Jungle World’s heading)', () => {
    // (The heading as the page copy has it, and as the essay's key writes it.)
    expect(matchKey('Emanzipa\u00adtive Perspektive unter Weltbürgerkriegsbedingungen')).toBe(
      matchKey('Emanzipative Perspektive unter Weltbürgerkriegsbedingungen'),
    );
    expect(matchKey('Emanzipa\u00adtive')).toBe('emanzipative');
  });
});

describe('wordCount', () => {
  it('counts what words() finds, on spaces, symbols, accents, astral letters and lone surrogates', () => {
    const texts = [
      '',
      ' \t\n',
      'a',
      '— * —',
      'x—y',
      '\u200bword\u200b two',
      'l\u00a0m\u2003n',
      '𝐀𝐁 c',
      '\ud800 a',
      'a\ud800',
      '3.5% 1 2 3',
      'ǅ ٣ é e\u0301',
      '\u2028x\ufeffa b a\u180eb',
      "it's 🙂 ok",
      // Chinese and Japanese, two characters a word (sanwa.co.jp, a postlight/parser fixture): and against Latin letters and punctuation.
      '「MA-IRFP139BK」は、指紋認証機能付きのUSB有線マウスです。',
      '漢a字',
      'a漢字b',
    ];
    for (const text of texts) expect(wordCount(text), JSON.stringify(text)).toBe(words(text).length);
  });

  it('counts what words() finds, on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u200b',
      '\u3000',
      '漢',
      'か',
      '、',
      '—',
      '’',
      'é',
      '٣',
      '𝐀',
      '🙂',
      '\ud800',
      '.',
      '-',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(wordCount(text)).toBe(words(text).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordCount in Chinese and Japanese', () => {
  it('counts a word for two characters, so a paragraph of Japanese reads as running text', () => {
    // (9 characters, "USB", 7 characters.)
    expect(wordCount('指紋認証機能付きのUSB有線マウスです')).toBe(10);
    expect(words('指紋認証')).toEqual(['指紋', '認証']);
  });
});

describe('eachLowerCaseWord', () => {
  const lowerCaseWords = (text: string): string[] => {
    const found: string[] = [];
    eachLowerCaseWord(text, (word) => found.push(word));
    return found;
  };
  const bySplit = (text: string): string[] => text.split(/[^\p{L}'’-]+/u).filter((word) => /^\p{Ll}/u.test(word));

  it('finds the words that split and a lower-case test find, on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      'é',
      'É',
      'ß',
      'ǅ',
      '𝐚',
      '𝐀',
      '\ud835',
      "'",
      '’',
      '-',
      ' ',
      '.',
      '7',
      '—',
      '\u00a0',
      'x-y',
      "don't",
    );
    for (const text of ['', 'a', 'The cat’s-paw and Éric’s émigré friends; 𝐚b 𝐀b', "-ok 'tis ’twas"])
      expect(lowerCaseWords(text), JSON.stringify(text)).toEqual(bySplit(text));
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(lowerCaseWords(text)).toEqual(bySplit(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('hasLowerCaseWord answers what a search of the visited words answers, on any texts and word', () => {
    const pieces = fc.constantFrom('a', 'ab', 'B', 'é', 'ǅ', '𝐚', '𝐀', '\ud835', '\udc1a', "'", '’', '-', ' ', '.', '7', 'x-y');
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, (texts, word) => {
        const visited = texts.flatMap(lowerCaseWords);
        expect(hasLowerCaseWord(texts, word)).toBe(visited.includes(word));
        for (const found of visited) expect(hasLowerCaseWord(texts, found)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('LowerCaseWords', () => {
  const visitedSet = (texts: readonly string[]): Set<string> => {
    const all = new Set<string>();
    for (const text of texts) eachLowerCaseWord(text, (word) => all.add(word));
    return all;
  };

  it('answers what a set of the visited words answers, on any texts and word', () => {
    const pieces = fc.constantFrom('a', 'ab', 'B', 'é', 'ǅ', '𝐚', '𝐀', '\ud835', '\udc1a', "'", '’', '-', ' ', '.', '7', 'x-y');
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, (texts, word) => {
        const visited = visitedSet(texts);
        const words = new LowerCaseWords(texts);
        expect(words.has(word)).toBe(visited.has(word));
        for (const found of visited) expect(words.has(found)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds thousands of words, their table grown as they come', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36).replace(/\d/g, 'q')} and Capital${i}`);
    const words = new LowerCaseWords(texts);
    const visited = visitedSet(texts);
    for (const word of visited) expect(words.has(word)).toBe(true);
    expect(words.has('capital')).toBe(false);
    expect(words.has('and')).toBe(true);
    expect(words.has('an')).toBe(false);
  });
});

describe('firstWords', () => {
  it('gives what split, slice and join give, on any text', () => {
    const bySplit = (text: string, count: number): string => text.split(/\s+/).slice(0, count).join(' ');
    const pieces = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '.', '—');
    for (const text of ['', ' ', 'one', ' one two', 'one two ', 'a b c d e f g h i j k l'])
      for (const count of [0, 1, 2, 10]) expect(firstWords(text, count), JSON.stringify([text, count])).toBe(bySplit(text, count));
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (parts, count) => {
        const text = parts.join('');
        expect(firstWords(text, count)).toBe(bySplit(text, count));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('withoutTrailing', () => {
  it('takes off what replace(/[marks]+$/, "") and replace(/^[marks]+/, "") do', () => {
    const unit = fc.constantFrom('.', ':', '!', '»', '›', '>', 'a', ' ', '\n', '…');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(withoutTrailing(text, '.:')).toBe(text.replace(/[.:]+$/, ''));
        expect(withoutTrailing(text, '.:!»›>')).toBe(text.replace(/[.:!»›>]+$/, ''));
        expect(withoutLeading(text, '.:')).toBe(text.replace(/^[.:]+/, ''));
        expect(withoutTrailing(withoutLeading(text, '.:'), '.:')).toBe(text.replace(/^[.:]+|[.:]+$/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('endsLikeSentence and endsWithColon', () => {
  it('say what the patterns anchored at the end say, read a code unit at a time from the end', () => {
    const pieces = fc.constantFrom(
      ...['.', '!', '?', '…', '。', '！', '？', ':', ';', ' :)', 'a', 'é', '𝐚', '\ud835', '\udc1a'],
      ...['”', '"', '’', "'", ')', ']', '」', '』', '）', '“', '('],
      ...[' ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\u3000', '\ufeff'],
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        // (A smiley set apart ends one too: "… in the future :)".)
        expect(endsLikeSentence(text)).toBe(/(?:[.!?…。！？]|\s[:;](?=\)))[”"’')\]」』）]*[\s\u200b]*$/.test(text));
        expect(endsWithColon(text)).toBe(/:\s*$/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isSpaceAt', () => {
  it('is /\\s/ for every code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isSpaceAt(char, 0) !== /\s/.test(char)) expect(isSpaceAt(char, 0), code.toString(16)).toBe(/\s/.test(char));
    }
  });
});

describe('capitalizeFirst', () => {
  it('capitalises a first word, not a name written with a capital inside it ("iPhone", "eBay")', () => {
    expect(capitalizeFirst('and the council agreed.')).toBe('And the council agreed.');
    expect(capitalizeFirst('“the plan” failed')).toBe('“The plan” failed');
    expect(capitalizeFirst('iPhone users')).toBe('iPhone users');
    expect(capitalizeFirst('eBay sellers')).toBe('eBay sellers');
    expect(capitalizeFirst('200m of transit stations')).toBe('200m of transit stations');
  });
});
