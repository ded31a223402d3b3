import { beforeAll, describe, expect, it } from 'vitest';
import { wordCount } from '../src/essay/text.js';
import { essayToOutline } from '../src/pipeline.js';
import type { Essay, Outline } from '../src/types.js';
import { type Fixture, leakedLines, loadFixtures, titleInOwnText } from './helpers/fixtures.js';
import { bodyParagraphs, noteCoverage } from './helpers/invariants.js';

/**
 * The fixture report: for every fixture, how the pipeline's outline compares with what a person
 * checked by hand. It prints one Markdown table (per fixture and in total) and then asserts that
 * every fixture is right: metadata, sections, no chrome line on a slide, every body sentence in
 * the notes exactly once (and as many as counted by hand), short bullets. `npm run report` runs
 * this file alone.
 */

const BULLET_MEDIAN_MAX = 14;
const BULLET_MAX = 22;

interface Row {
  name: string;
  /** The pipeline threw: nothing else could be measured. */
  error: string | null;
  metadataProblems: string[];
  sectionProblems: string[];
  /** Expected section titles found in order (longest common subsequence); null for essays without headings. */
  sectionsMatched: number | null;
  sectionsExpected: number | null;
  sectionsFound: number;
  leaked: Array<{ line: number; text: string }>;
  sentencesOnce: number;
  sentencesTotal: number;
  sentencesParsed: number;
  sentencesCounted: number | null;
  bulletWords: number[];
  bulletsPerSlide: number[];
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const up = table[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (up[j - 1] as number) + 1 : Math.max(up[j] as number, row[j - 1] as number);
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}

function metadataProblems(fixture: Fixture, essay: Essay): string[] {
  const { expected } = fixture;
  const { meta } = essay;
  const problems: string[] = [];
  const check = (field: string, got: unknown, want: unknown): void => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  check('title', meta.title, expected.title);
  check('authors', meta.authors, expected.authors);
  check('date', meta.date, expected.date);
  if (expected.subtitle !== undefined) check('subtitle', meta.subtitle, expected.subtitle);
  if (expected.publication !== undefined) check('publication', meta.publication, expected.publication);
  return problems;
}

function sectionProblems(fixture: Fixture, essay: Essay): { problems: string[]; matched: number | null } {
  const { expected } = fixture;
  const titles = essay.sections.map((section) => section.title);
  const problems: string[] = [];
  let matched: number | null = null;
  if (expected.sections) {
    matched = lcs(expected.sections, titles);
    if (JSON.stringify(titles) !== JSON.stringify(expected.sections)) {
      problems.push(`sections: got ${JSON.stringify(titles)}, expected ${JSON.stringify(expected.sections)}`);
    }
  } else {
    const { min, max } = expected.sectionCount ?? { min: 3, max: 6 };
    if (titles.length < min || titles.length > max) problems.push(`sections: got ${titles.length}, expected ${min}–${max}`);
    for (const section of essay.sections) {
      if (!titleInOwnText(section)) problems.push(`section title not a phrase of its own text: ${JSON.stringify(section.title)}`);
    }
  }
  if ((essay.conclusion !== null) !== expected.conclusion) {
    problems.push(`conclusion: got ${essay.conclusion !== null}, expected ${expected.conclusion}`);
  }
  if (expected.bio !== undefined && essay.bio.length > 0 !== expected.bio) {
    problems.push(`bio: got ${essay.bio.length > 0}, expected ${expected.bio}`);
  }
  return { problems, matched };
}

function measure(fixture: Fixture): Row {
  const { expected } = fixture;
  const row: Row = {
    name: fixture.name,
    error: null,
    metadataProblems: [],
    sectionProblems: [],
    sectionsMatched: null,
    sectionsExpected: expected.sections ? expected.sections.length : null,
    sectionsFound: 0,
    leaked: [],
    sentencesOnce: 0,
    sentencesTotal: 0,
    sentencesParsed: 0,
    sentencesCounted: expected.bodySentences ?? null,
    bulletWords: [],
    bulletsPerSlide: [],
  };
  let result: { essay: Essay; outline: Outline };
  try {
    result = essayToOutline(fixture.source);
  } catch (error) {
    row.error = error instanceof Error ? error.message : String(error);
    return row;
  }
  const { essay, outline } = result;
  row.metadataProblems = metadataProblems(fixture, essay);
  const sections = sectionProblems(fixture, essay);
  row.sectionProblems = sections.problems;
  row.sectionsMatched = sections.matched;
  row.sectionsFound = essay.sections.length;
  row.leaked = leakedLines(fixture.source.text, expected.removed, outline);
  const coverage = noteCoverage(essay, outline);
  row.sentencesTotal = coverage.length;
  row.sentencesOnce = coverage.filter(({ count }) => count === 1).length;
  row.sentencesParsed = bodyParagraphs(essay).reduce((n, paragraph) => n + paragraph.sentences.length, 0);
  const slides = outline.groups.flatMap((group) => group.slides);
  // Bullets as shown: the about slide renders its `bullets` (the bio's sentences) as running text, not as bullet points.
  row.bulletWords = slides
    .filter((slide) => slide.layout !== 'about')
    .flatMap((slide) => slide.bullets.map((bullet) => wordCount(bullet.text)));
  row.bulletsPerSlide = slides.filter((slide) => slide.layout === 'points').map((slide) => slide.bullets.length);
  return row;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.floor((1000 * part) / whole) / 10}%`);
const range = (values: number[]): string => (values.length === 0 ? '–' : `${Math.min(...values)}–${Math.max(...values)}`);

function table(rows: Row[]): string {
  const header = [
    'fixture',
    'metadata',
    'sections matched/expected (found)',
    'conclusion/bio',
    'chrome leaked',
    'sentences once (parsed/counted)',
    'bullet words median/max',
    'bullets per slide',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    if (row.error) {
      lines.push(`| ${row.name} | pipeline error: ${row.error.replace(/\|/g, '\\|')} |${' |'.repeat(header.length - 2)}`);
      continue;
    }
    const structural = row.sectionProblems.filter((p) => p.startsWith('conclusion') || p.startsWith('bio'));
    const sections =
      row.sectionsExpected === null
        ? `${row.sectionsFound} formed${row.sectionProblems.some((p) => p.startsWith('section')) ? ' ✗' : ' ✓'}`
        : `${row.sectionsMatched}/${row.sectionsExpected} (${row.sectionsFound})${row.sectionProblems.some((p) => p.startsWith('sections')) ? ' ✗' : ' ✓'}`;
    lines.push(
      `| ${[
        row.name,
        row.metadataProblems.length === 0 ? '✓' : `✗ ${row.metadataProblems.map((p) => p.split(':')[0]).join(', ')}`,
        sections,
        structural.length === 0 ? '✓' : `✗ ${structural.map((p) => p.split(':')[0]).join(', ')}`,
        row.leaked.length === 0 ? '0' : `${row.leaked.length} ✗ (lines ${row.leaked.map((l) => l.line).join(', ')})`,
        `${row.sentencesOnce}/${row.sentencesTotal} ${percent(row.sentencesOnce, row.sentencesTotal)} (${row.sentencesParsed}/${row.sentencesCounted ?? '–'})`,
        `${median(row.bulletWords)}/${row.bulletWords.length ? Math.max(...row.bulletWords) : 0}`,
        range(row.bulletsPerSlide),
      ].join(' | ')} |`,
    );
  }
  const ok = rows.filter((row) => !row.error);
  const allWords = ok.flatMap((row) => row.bulletWords);
  const withExpected = ok.filter((row) => row.sectionsExpected !== null);
  lines.push(
    `| **total (${rows.length})** | ${ok.filter((row) => row.metadataProblems.length === 0).length}/${rows.length} | ` +
      `${withExpected.reduce((n, row) => n + (row.sectionsMatched ?? 0), 0)}/${withExpected.reduce((n, row) => n + (row.sectionsExpected ?? 0), 0)}; ` +
      `${ok.filter((row) => row.sectionProblems.length === 0).length}/${rows.length} right | ` +
      `${ok.filter((row) => !row.sectionProblems.some((p) => p.startsWith('conclusion') || p.startsWith('bio'))).length}/${rows.length} | ` +
      `${ok.reduce((n, row) => n + row.leaked.length, 0)} | ` +
      `${ok.reduce((n, row) => n + row.sentencesOnce, 0)}/${ok.reduce((n, row) => n + row.sentencesTotal, 0)} ` +
      `${percent(
        ok.reduce((n, row) => n + row.sentencesOnce, 0),
        ok.reduce((n, row) => n + row.sentencesTotal, 0),
      )} | ${median(allWords)}/${allWords.length ? Math.max(...allWords) : 0} | ${range(ok.flatMap((row) => row.bulletsPerSlide))} |`,
  );
  return lines.join('\n');
}

const rows = loadFixtures().map(measure);

describe('fixture report', () => {
  beforeAll(() => {
    console.log(`\nFixture report (${rows.length} fixtures)\n\n${table(rows)}\n`);
  });

  describe.each(rows)('$name', (row) => {
    it('runs the pipeline', () => {
      expect(row.error).toBeNull();
    });

    it('reads the metadata checked by hand', () => {
      expect(row.metadataProblems).toEqual([]);
    });

    it('finds the sections, the conclusion and the bio checked by hand', () => {
      expect(row.sectionProblems).toEqual([]);
    });

    it('leaks no chrome line onto a slide or into the notes', () => {
      expect(row.leaked).toEqual([]);
    });

    it('puts every body sentence in the notes exactly once', () => {
      expect(row.sentencesTotal).toBeGreaterThan(0);
      expect(row.sentencesOnce).toBe(row.sentencesTotal);
    });

    // Coverage is measured on the sentences the parser found: body text it dropped (or chrome it
    // kept) shows up here, as a count different from the one made by hand.
    it.runIf(row.sentencesCounted !== null)('has the body sentences counted by hand', () => {
      expect(row.sentencesParsed).toBe(row.sentencesCounted);
    });

    it(`keeps bullets short (median ≤ ${BULLET_MEDIAN_MAX} words, max ≤ ${BULLET_MAX})`, () => {
      expect(row.bulletWords.length).toBeGreaterThan(0);
      expect(median(row.bulletWords)).toBeLessThanOrEqual(BULLET_MEDIAN_MAX);
      expect(Math.max(...row.bulletWords)).toBeLessThanOrEqual(BULLET_MAX);
    });
  });
});
