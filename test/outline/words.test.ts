import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../src/essay/keyphrase.js';
import { parseEssay } from '../../src/essay/parse.js';
import { phraseKey } from '../../src/essay/phrases.js';
import { EssayWords } from '../../src/outline/words.js';
import type { Paragraph, Sentence } from '../../src/types.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const paragraph = (text: string, sentences: string[]): Paragraph => ({
  text,
  lines: { start: 1, end: 1 },
  sentences: sentences.map((sentence, i): Sentence => ({ text: sentence, line: 1, index: i + 1 })),
  kind: 'prose',
});

/** The content words of each sentence, as read in place and as read from its own text (what `selectBullets` read before). */
function bothWays(paragraphs: Paragraph[]): { placed: number[][]; read: number[][]; inPlace: number } {
  const words = new EssayWords(paragraphs);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const placed = sentences.map((sentence) => Array.from(words.sentenceContentWords(sentence)));
  const inPlace = sentences.filter((sentence) => words.sentenceContentWords(sentence) instanceof Int32Array).length;
  return { placed, read: sentences.map((sentence) => words.contentWords(sentence.text)), inPlace };
}

describe('EssayWords.contentWords', () => {
  it('numbers the content-word keys keyphrase.ts reads, in order, one number for each key, on any text', () => {
    const words = new EssayWords([paragraph("Reactors' state-owned 𝐀𝐁 policy", [])]);
    const letters = fc.constantFrom('a', 'B', 's', '7', "'", '’', '-', ' ', '.', '_', 'é', '𝐀', '\ud800');
    const numberOf = new Map<string, number>();
    const keyOf = new Map<number, string>();
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: letters, maxLength: 60 })), (text) => {
        const numbers = words.contentWords(text);
        const keys = contentWords(text);
        expect(numbers.length).toBe(keys.length);
        keys.forEach((key, i) => {
          const number = numbers[i] as number;
          expect(numberOf.get(key) ?? number).toBe(number);
          expect(keyOf.get(number) ?? key).toBe(key);
          numberOf.set(key, number);
          keyOf.set(number, key);
          expect(number).toBeLessThan(words.contentWordCount);
        });
      }),
      { numRuns: 3000 },
    );
    expect(words.contentWords("The state-owned reactors' policy, again: 𝐀𝐁.")).toEqual(
      words.contentWords("state-owned reactors' policy 𝐀𝐁"),
    );
  });
});

describe('EssayWords’ table of written words', () => {
  it('tells apart words whose characters hash alike, short ones and long ones', () => {
    // (The hash multiplies by 31: "Aa" and "BB" hash alike, and so does any word made of them.)
    const alike = [
      'Aa',
      'BB',
      'AaAa',
      'AaBB',
      'BBAa',
      'BBBB',
      'AaAaAaAa',
      'AaAaBBBB',
      'AaAaAaBB',
      'BBBBBBBB',
      'AaAaAaAaAa',
      'BBBBBBBBBB',
      'AaAaAaAaBB',
    ];
    const words = new EssayWords([paragraph(alike.join(' '), [])]);
    const tally = words.tally();
    tally.add(`${alike.join(' ')} BB BBBBBBBBBB`);
    for (const word of alike) expect(tally.count(phraseKey(word)), word).toBe(['BB', 'BBBBBBBBBB'].includes(word) ? 2 : 1);
  });
});

describe('EssayWords.sentenceContentWords', () => {
  it('reads a sentence found in its paragraph in place, with the words its own text has', () => {
    const { placed, read, inPlace } = bothWays([
      paragraph('Energy markets matter. Prices rose sharply again.', ['Energy markets matter.', 'Prices rose sharply again.']),
    ]);
    expect(placed).toEqual(read);
    expect(inPlace).toBe(2);
    expect(placed[1]?.length).toBe(3); // prices, rose, sharply ("again" is a stop word)
  });

  it('reads the text of a sentence cut inside a word, or not in its paragraph, and gives the same words', () => {
    const { placed, read, inPlace } = bothWays([
      // "state-owned" cut at its hyphen; "don't" at its apostrophe; a sentence the paragraph does not hold.
      paragraph("The state-owned firm don't sell 𝐀𝐁 reactors.", [
        'The state-',
        "owned firm don'",
        't sell 𝐀𝐁 reactors.',
        'Elsewhere entirely.',
      ]),
    ]);
    expect(placed).toEqual(read);
    expect(inPlace).toBe(0);
  });

  it('agrees with reading the text on any paragraph cut anywhere', () => {
    const piece = fc.oneof(
      fc.constantFrom('policy', 'Reactor', "don't", 'state-owned', '’tis', 'the', '42', 'é', '𝐀', '😀', '中文', 'x'),
      fc.constantFrom(' ', '. ', ', ', '-', "'", '’', '\ud800', '\udc00', '_', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (pieces, cuts, trim) => {
        const text = pieces.join('');
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...at, text.length];
        const sentences = bounds.slice(1).map((end, i) => {
          const sentence = text.slice(bounds[i], end);
          return trim ? sentence.trim() : sentence;
        });
        const { placed, read } = bothWays([paragraph(text, sentences)]);
        expect(placed).toEqual(read);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the reference essay’s sentences the words of their own text, nearly all of them read in place', () => {
    const essay = parseEssay({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
    const paragraphs = [...essay.intro, ...essay.sections.flatMap((s) => s.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
    const { placed, read, inPlace } = bothWays(paragraphs);
    expect(placed).toEqual(read);
    expect(inPlace).toBeGreaterThan(placed.length * 0.9);
  });

  it('reads a sentence again once its text has changed', () => {
    const p = paragraph('Grid batteries store power.', ['Grid batteries store power.']);
    const words = new EssayWords([p]);
    const sentence = p.sentences[0] as Sentence;
    sentence.text = 'Wind turbines.';
    expect(Array.from(words.sentenceContentWords(sentence))).toEqual(words.contentWords('Wind turbines.'));
  });
});
