import { describe, expect, it } from 'vitest';
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
