import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';

/** A real page with numbered figures and tables (w-amerkhanian-sf-law-enforcement, a Quarto policy memo). */
const path = join(import.meta.dirname, '../../corpus/tuning/w-amerkhanian-sf-law-enforcement/essay.txt');

describe('figure and table labels', () => {
  const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
  const headings = essay.sections.map((section) => section.title);
  const text = [essay.intro, ...essay.sections.map((section) => section.paragraphs)].flat().map((p) => p.text);

  it('are captions, neither headings nor text', () => {
    expect(headings.filter((title) => /^(?:Figure|Table) \d/.test(title))).toEqual([]);
    expect(text.filter((t) => /^(?:Figure|Table) \d+:/.test(t))).toEqual([]);
    expect(essay.removed.filter((line) => /^(?:Figure|Table) \d+:/.test(line.text)).every((line) => line.reason === 'caption')).toBe(true);
  });

  it('leave the text above them as text: a label titles what is under it', () => {
    expect(text).toContainEqual(expect.stringMatching(/^The table shows that average weekly enforcement actions/));
  });
});
