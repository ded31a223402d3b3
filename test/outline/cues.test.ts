import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { distinctClaims } from '../../src/outline/bullets.js';
import { ALL_CUES, CLAIM_CUE, EXAMPLE, EXAMPLE_CUE, POINTER_CUE } from '../../src/outline/cues.js';
import { EssayWords } from '../../src/outline/words.js';
import type { Paragraph, Sentence } from '../../src/types.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const paragraph = (text: string, sentences: string[]): Paragraph => ({
  text,
  lines: { start: 1, end: 1 },
  sentences: sentences.map((sentence, i): Sentence => ({ text: sentence, line: 1, index: i + 1 })),
  kind: 'prose',
});

/**
 * Checks that each sentence whose cues leave out a pattern has no match of it (what textScores
 * would have found trying it), and says how many sentences left out each pattern.
 */
function checkCues(
  paragraphs: Paragraph[],
): Record<'claimless' | 'exampleless' | 'pointerless' | 'claims' | 'examples' | 'pointers', number> {
  const words = new EssayWords(paragraphs);
  const seen = { claimless: 0, exampleless: 0, pointerless: 0, claims: 0, examples: 0, pointers: 0 };
  for (const sentence of paragraphs.flatMap((p) => p.sentences)) {
    const cues = words.sentenceCues(sentence);
    const claims = distinctClaims(sentence.text.toLowerCase());
    const example = EXAMPLE.test(sentence.text);
    if (claims > 0) seen.claims++;
    if (example) seen.examples++;
    if (!(cues & CLAIM_CUE)) {
      seen.claimless++;
      expect(claims, sentence.text).toBe(0);
    }
    if (!(cues & EXAMPLE_CUE)) {
      seen.exampleless++;
      expect(example, sentence.text).toBe(false);
    }
    // (What textScores looks for before it tries POINTER.)
    const pointer = sentence.text.includes('elow') || sentence.text.includes('bove');
    if (pointer) seen.pointers++;
    if (!(cues & POINTER_CUE)) {
      seen.pointerless++;
      expect(pointer, sentence.text).toBe(false);
    }
  }
  return seen;
}

describe('EssayWords.sentenceCues', () => {
  it('marks the sentences that hold a claim, an example or a pointer word, and only leaves out those that hold none', () => {
    const p = paragraph(
      'We should act. Prices rose, e.g. in May. Nothing else here. KEYNOTE SPEAKERS, for instance. See the chart below.',
      ['We should act.', 'Prices rose, e.g. in May.', 'Nothing else here.', 'KEYNOTE SPEAKERS, for instance.', 'See the chart below.'],
    );
    const words = new EssayWords([p]);
    expect(p.sentences.map((s) => words.sentenceCues(s))).toEqual([CLAIM_CUE, EXAMPLE_CUE, 0, CLAIM_CUE | EXAMPLE_CUE, POINTER_CUE]);
    // A sentence not found in its paragraph, or changed since, is tried on every pattern.
    expect(words.sentenceCues({ text: 'Elsewhere.', line: 1, index: 9 })).toBe(ALL_CUES);
    (p.sentences[2] as Sentence).text = 'Changed.';
    expect(words.sentenceCues(p.sentences[2] as Sentence)).toBe(ALL_CUES);
  });

  it('never leaves out a pattern a sentence matches, on any paragraph cut anywhere', () => {
    const piece = fc.oneof(
      fc.constantFrom('should', 'Must', 'needs to', 'WILL have to', 'proposed', 'recommendation', 'key', 'primarily', 'best'),
      fc.constantFrom('for example', 'For Instance', 'such as', 'e.g.', 'E.G.', 'including', 'the others are', 'g', 'e'),
      fc.constantFrom('below', 'Above', 'ABOVE', 'fellow', 'el', 'ow', 'b', 'ove', 'bove', 'elow'),
      // Letters that lower to ASCII (the Kelvin sign, a dotted capital I), or that match one ignoring case (a long s).
      fc.constantFrom('\u212aey', 'r\u0130sk', 'mu\u017ft', 'such\u212a', 'ımportant', 'keyboard', 'mainly', 'x', '42', 'é', '𝐀'),
      // The other languages' claim words, two of them of two words, some ending on a letter past ASCII.
      fc.constantFrom(
        'Sollte',
        'müssen',
        'il faut',
        'Hay que',
        'zou moeten',
        'należy',
        'muszą',
        'ważną',
        'é preciso',
        'problèmes',
        'devono',
        'cel',
        'celular',
      ),
      fc.constantFrom(' ', '. ', '.', ', ', '-', "'", '’', '_', '\ud800', '\n'),
    );
    let total = { claimless: 0, exampleless: 0, pointerless: 0, claims: 0, examples: 0, pointers: 0 };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (pieces, cuts, trim) => {
        const text = pieces.join('');
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...at, text.length];
        const sentences = bounds.slice(1).map((end, i) => {
          const sentence = text.slice(bounds[i], end);
          return trim ? sentence.trim() : sentence;
        });
        const seen = checkCues([paragraph(text, sentences)]);
        total = {
          claimless: total.claimless + seen.claimless,
          exampleless: total.exampleless + seen.exampleless,
          pointerless: total.pointerless + seen.pointerless,
          claims: total.claims + seen.claims,
          examples: total.examples + seen.examples,
          pointers: total.pointers + seen.pointers,
        };
      }),
      { numRuns: 4000 },
    );
    // Not idle: each pattern matched and was left out many times.
    for (const count of Object.values(total)) expect(count).toBeGreaterThan(100);
  });

  it('leaves out the patterns of many of the reference essay’s sentences, none that matches', () => {
    const essay = parseEssay({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
    const paragraphs = [...essay.intro, ...essay.sections.flatMap((s) => s.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
    const sentences = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    const seen = checkCues(paragraphs);
    expect(seen.claimless).toBeGreaterThan(sentences * 0.2);
    expect(seen.exampleless).toBeGreaterThan(sentences * 0.5);
    expect(seen.pointerless).toBeGreaterThan(sentences * 0.5);
  });
});
