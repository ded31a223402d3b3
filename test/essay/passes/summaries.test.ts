import { describe, expect, it } from 'vitest';
import { headsSummary } from '../../../src/essay/passes/summaries.js';
import type { Essay } from '../../../src/types.js';
import { excerpt } from '../../helpers/excerpt.js';

/** First lines of the paragraphs whose sentences the summaries pass marked (Sentence.summary), in a whole essay. */
function marked(essay: Essay): number[] {
  const paragraphs = [
    ...essay.intro,
    ...essay.sections.flatMap((section) => section.paragraphs),
    ...(essay.conclusion?.paragraphs ?? []),
    ...essay.appendix.flatMap((section) => section.paragraphs),
  ];
  return paragraphs
    .filter((paragraph) => paragraph.sentences.some((sentence) => sentence.summary))
    .map((paragraph) => paragraph.lines.start);
}

/** The author's own summary of the text (src/essay/passes/summaries.ts). */
describe('summaries', () => {
  it('marks the summary a line announces, not the set-up around it under the same "Summary" heading (Justin Murphy, lines 15–23)', () => {
    // "Summary" / the set-up (17) / "…, but here is the TLDR:" (19) / the TL;DR (21, 23) / the first part's heading (25).
    const { essay } = excerpt('tuning/at-jmrphy-americans-left-right', [1, 125]);
    expect(marked(essay)).toEqual([21, 23]);
  });

  it('marks the takeaways a page copy sets a paragraph a line after "Key takeaways include:" (KFF, lines 136–142)', () => {
    const { essay } = excerpt('tuning/t-kff-adolescent-mental-health', [1, 200]);
    expect(marked(essay)).toEqual([138, 139, 140, 141, 142]);
  });

  it('marks the items under a "Summary (TL;DR)" heading (CPANSec, a Markdown source)', () => {
    const { essay } = excerpt('tuning/ba-cpansec-disclosure-delay', [1, 40]);
    expect(marked(essay)).toEqual([20, 22, 24, 27]);
  });

  it('marks nothing under a "Summary" heading over a whole introduction of ten paragraphs (Arthur Turrell, lines 22–60)', () => {
    const { essay } = excerpt('tuning/w-turrell-public-sector-knowledge', [1, 60]);
    expect(marked(essay)).toEqual([]);
  });

  it('marks neither a quotation a summary’s lead-in introduces nor a study’s findings (Scientific Python, line 49; Chris Dale, line 135)', () => {
    expect(marked(excerpt('tuning/ba-scientificpython-ai-contributions', [1, 80]).essay)).toEqual([]);
    expect(marked(excerpt('tuning/ao-cdale-case-for-ubi', [120, 150]).essay)).toEqual([]);
  });

  it('reads a summary’s heading in the deck’s languages, with an aside in brackets, and no other heading', () => {
    for (const title of [
      'TL;DR',
      'Summary (TL;DR)',
      'Key takeaways',
      'In brief',
      'Das Wichtigste in Kürze',
      'En bref',
      'En resumen',
      'In het kort',
    ])
      expect(headsSummary(title), title).toBe(true);
    for (const title of ['Summary of the evidence on cash transfers', 'Introduction', 'Conclusion', 'Key findings from the pilot'])
      expect(headsSummary(title), title).toBe(false);
  });
});
