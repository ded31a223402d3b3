import { matchKey } from '../../src/essay/text.js';
import type { Essay, Outline, Paragraph } from '../../src/types.js';

export function bodyParagraphs(essay: Essay): Paragraph[] {
  return [
    ...essay.intro,
    ...essay.sections.flatMap((s) => s.paragraphs),
    ...(essay.conclusion?.paragraphs ?? []),
    ...essay.appendix.flatMap((s) => s.paragraphs),
  ];
}

/** How many times `needle` occurs in `haystack`, without overlaps. */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Every body sentence with the number of slides' notes it appears in (counting repeats). */
export function noteCoverage(essay: Essay, outline: Outline): Array<{ sentence: string; count: number }> {
  const notes = outline.groups.flatMap((g) => g.slides.map((s) => s.notes));
  const all = notes.join('\n\n');
  const sentences = bodyParagraphs(essay).flatMap((p) => p.sentences.map((s) => s.text));
  // A sentence that the essay itself repeats must appear as often as the essay has it.
  return sentences.map((sentence) => ({
    sentence,
    count: occurrences(all, sentence) / Math.max(1, sentences.filter((other) => other.includes(sentence)).length),
  }));
}

/** Word keys of a text, for checking that a bullet's words all come from its source sentence, in order. */
export function isOrderedSubsequence(bullet: string, sentence: string): boolean {
  const want = matchKey(bullet).split(' ').filter(Boolean);
  const have = matchKey(sentence).split(' ').filter(Boolean);
  let i = 0;
  for (const word of have) if (word === want[i]) i++;
  return i === want.length;
}
