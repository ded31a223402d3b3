import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { splitSentences } from '../../src/essay/sentences.js';

/**
 * Big input stays proportional: the speeds themselves are measured by `npm run bench`
 * (docs/benchmarks.md); these walls are generous, and only catch work that grows much faster
 * than the text (a 1 MB paragraph once did not finish in 15 minutes).
 */
describe('big input', () => {
  const sentence = 'The committee reviewed the U.S. proposal on Jan. 5 and found it wanting in several respects. ';

  it('splits a 1 MB paragraph on one line into its sentences in seconds, not minutes', () => {
    const paragraph = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const started = performance.now();
    const sentences = splitSentences(paragraph, [{ offset: 0, line: 1 }]);
    const seconds = (performance.now() - started) / 1000;
    expect(sentences.length).toBe(Math.ceil(1_000_000 / sentence.length));
    expect(seconds).toBeLessThan(30);
  });

  it('parses a 1 MB essay of many paragraphs in seconds, every paragraph kept', () => {
    const paragraph = sentence.repeat(6).trim();
    const count = Math.ceil(1_000_000 / (paragraph.length + 2));
    const text = `A Title for a Very Long Essay\n\nBy Jane Doe\n\n${Array.from({ length: count }, () => paragraph).join('\n\n')}\n`;
    const started = performance.now();
    const essay = parseEssay({ path: 'essay.txt', text });
    const seconds = (performance.now() - started) / 1000;
    const paragraphs = [...essay.intro, ...essay.sections.flatMap((s) => s.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
    expect(paragraphs).toHaveLength(count);
    expect(seconds).toBeLessThan(60);
  });
});
