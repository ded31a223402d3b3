import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEssay } from '../../src/essay/parse.js';
import type { Essay } from '../../src/types.js';

const PAGES = join(import.meta.dirname, '..', 'essay', 'passes', 'pages');

/** An excerpt of a real page copy, parsed (test/essay/passes/pages/README.md says where each comes from). */
export const page = (name: string): Essay => parseEssay({ path: `${name}.txt`, text: readFileSync(join(PAGES, `${name}.txt`), 'utf8') });

/** The text of the essay's first paragraph that reaches the notes. */
export const firstParagraph = (essay: Essay): string | undefined => (essay.intro[0] ?? essay.sections[0]?.paragraphs[0])?.text;

/** The texts of every paragraph of the body that reaches the notes, in order: context, sections, conclusion. */
export const bodyTexts = (essay: Essay): string[] =>
  [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs), ...(essay.conclusion?.paragraphs ?? [])].map(
    (paragraph) => paragraph.text,
  );
