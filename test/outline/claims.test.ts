import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctClaims } from '../../src/outline/bullets.js';

/** What textScores counted before: the size of the set of CLAIM's matches (the pattern as cues.ts has it). */
const CLAIM =
  /\b(should|must|needs? to|ought|could|might|would|will have to|propose[sd]?|recommend\w*|risk|problem|objective|goal|key|main|primary|fundamental|best|advantages?|important|essential|necessary|pragmatic|primarily)\b/gi;
const setSize = (lowered: string): number => new Set(lowered.match(CLAIM) ?? []).size;

describe('distinctClaims', () => {
  it('counts each claim word once, however often it comes', () => {
    expect(distinctClaims('we should, we must, we should again; the key risk is the main risk')).toBe(5);
    expect(distinctClaims('needs to and need to and recommendations, recommended')).toBe(4);
    expect(distinctClaims('keyboard mustard shoulder')).toBe(0);
  });

  it('gives the size of the set of matches on any text, called again and again', () => {
    const word = fc.constantFrom(
      'should',
      'must',
      'need to',
      'needs to',
      'will have to',
      'proposed',
      'recommend',
      'recommends',
      'key',
      'keys',
      'best',
      'advantage',
      'x',
      ' ',
      '-',
      '_',
      'é',
      '.',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(word, { maxLength: 20 }).map((words) => words.join('')),
        ),
        (text) => {
          const lowered = text.toLowerCase();
          expect(distinctClaims(lowered)).toBe(setSize(lowered));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
