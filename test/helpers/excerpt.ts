import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEssay } from '../../src/essay/parse.js';
import type { Essay, Paragraph, RemovalReason } from '../../src/types.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus');

/**
 * Line ranges (`[from, to]`, inclusive) of a real essay in the corpus (`tuning/<name>`), exactly
 * as retrieved, put together and parsed as an essay of their own. Passes are tested on such
 * excerpts: the forms that occur, not the forms someone imagined. Line numbers in the results are
 * the corpus file's, so a test reads against `cat -n` of the essay.
 */
export function excerpt(essay: string, ...ranges: Array<[number, number]>): Parsed {
  const dir = join(CORPUS, essay);
  const file = readdirSync(dir).find((name) => /^essay\.(txt|md)$/.test(name));
  if (!file) throw new Error(`no essay file in ${dir}`);
  const all = readFileSync(join(dir, file), 'utf8').split('\n');
  const numbers = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k));
  const text = numbers.map((line) => all[line - 1] ?? '').join('\n');
  return parsed(parseEssay({ path: file, text }), (line) => numbers[line - 1] ?? line);
}

export interface Parsed {
  essay: Essay;
  /** Removed lines (corpus numbering) and why. */
  removed: Map<number, RemovalReason>;
  /** First lines (corpus numbering) of the paragraphs that reach the notes, in order. */
  body: number[];
  /** First lines of the bio's paragraphs. */
  bio: number[];
  /** Section titles, then "conclusion: <title>" when there is one. */
  parts: string[];
}

function parsed(essay: Essay, original: (line: number) => number): Parsed {
  const first = (paragraph: Paragraph): number => original(paragraph.lines.start);
  const paragraphs = [
    ...essay.intro,
    ...essay.sections.flatMap((section) => section.paragraphs),
    ...(essay.conclusion?.paragraphs ?? []),
    ...essay.appendix.flatMap((section) => section.paragraphs),
  ];
  return {
    essay,
    removed: new Map(essay.removed.map((line) => [original(line.line), line.reason])),
    body: paragraphs.map(first),
    bio: essay.bio.map(first),
    parts: [...essay.sections.map((section) => section.title), ...(essay.conclusion ? [`conclusion: ${essay.conclusion.title}`] : [])],
  };
}
