import { describe, expect, it } from 'vitest';
import { alphabeticalOrder } from '../../src/essay/listings.js';
import { parseEssay } from '../../src/essay/parse.js';

const PARAGRAPH =
  'Governments tried several policies over the decade without lasting success, and each attempt taught the next one something about what voters would accept.';

describe('dated listings', () => {
  it('keeps a chronology written as sentences, one dated line each, in the text', () => {
    const text = [
      'A Short History of the Policy',
      '',
      'By Jane Doe',
      '',
      PARAGRAPH,
      '',
      'March 2019: the ministry published its first plan for the reform.',
      'June 2019: parliament rejected the plan after a long debate.',
      'January 2020: a second plan passed with the support of the opposition.',
      '',
      PARAGRAPH,
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    const lines = [...essay.intro, ...essay.sections.flatMap((s) => s.paragraphs), ...(essay.conclusion?.paragraphs ?? [])].map(
      (p) => p.lines.start,
    );
    expect(lines).toEqual(expect.arrayContaining([7, 8, 9]));
    expect(essay.removed.map((r) => r.line)).not.toContain(8);
  });
});

describe('alphabetical order', () => {
  it('orders lines as the collator does, also where the first letters decide without it', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    // Letters of a to z in either case, others and marks that sort before or after them, none.
    const starts = [...'aBclLZzÉéßæŒ19$"( .@[`{-', ''];
    const rests = ['', 'bout', 'Author', '·la', '\u0301x', ' x', '-y', 'ARCH', '2'];
    const lines = starts.flatMap((start) => rests.map((rest) => start + rest));
    for (const a of lines)
      for (const b of lines) expect(Math.sign(alphabeticalOrder(a, b)), `${a} / ${b}`).toBe(Math.sign(collator.compare(a, b)));
  });
});
