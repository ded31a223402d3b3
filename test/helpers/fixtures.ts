import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitLines } from '../../src/essay/blocks.js';
import { labelsFor } from '../../src/essay/language.js';
import { matchKey, normalizeSpace } from '../../src/essay/text.js';
import type { EssaySource, Outline, Section } from '../../src/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CORPUS = join(ROOT, 'test', 'corpus');
export const REFERENCE_ESSAY = join(ROOT, 'slides', 'kei-north-korea', 'essay.txt');

/** What a person checked by hand for an essay (test/fixtures, test/corpus; see test/corpus/README.md). */
export interface Expected {
  /** The essay file, relative to the fixture folder, when it lives elsewhere (the reference deck). */
  essay?: string;
  /** What the content is, whatever the file's extension. */
  format?: 'text' | 'markdown';
  title: string;
  subtitle?: string | null;
  authors: string[];
  date: string | null;
  publication?: string | null;
  /**
   * Section titles in order (the approaches), not counting context and conclusion; null for an
   * essay without headings, whose sections the parser forms itself (see `sectionCount`).
   */
  sections: string[] | null;
  /** With `sections: null`: how many sections the parser may form, each titled with a phrase of its own text. */
  sectionCount?: { min: number; max: number };
  /** Lower-level headings that should title a slide in their group. */
  subheadings?: string[];
  /** Headings after the conclusion that are still the author's text. */
  appendix?: string[];
  conclusion: boolean;
  /** The author's bio after (or before) the body: whether there is one, or its line ranges. */
  bio?: boolean | Array<[number, number]>;
  /** Lines that must not reach the deck (chrome), by line number. */
  removed: number[];
  /** Line ranges of the body text that must reach the notes (headings inside them are listed in `headings`). */
  body?: Array<[number, number]>;
  /** Heading lines inside the body ranges. */
  headings?: number[];
  /** Sentences in the body (context, sections, conclusion), counted by hand. */
  bodySentences?: number;
}

/**
 * A section formed without a heading must be titled with a phrase of its own text: the title
 * occurs verbatim (spacing normalised, case ignored) in the section's paragraphs.
 */
export function titleInOwnText(section: Section): boolean {
  const text = normalizeSpace(section.paragraphs.map((paragraph) => paragraph.text).join(' ')).toLowerCase();
  const title = normalizeSpace(section.title).toLowerCase();
  return title.length > 0 && text.includes(title);
}

/** Titles the outline gives its fixed groups: not taken from the essay, so never a leak. */
const GENERIC_TITLES = new Set(['title', 'context', 'overview', 'conclusion', 'about the author', 'about the authors']);

/** Occurrences of the word sequence `key` in `text`, both match keys, on word boundaries. */
function wordOccurrences(text: string, key: string): number {
  if (!key) return 0;
  const hay = ` ${text} `;
  const needle = ` ${key} `;
  let count = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length - 1)) count++;
  return count;
}

/**
 * The removed (chrome) lines whose text reaches the deck. A line leaks when a slide or
 * group title or a notes paragraph is that line's text (and no kept line of the essay is), when a
 * bullet is that text and the kept lines never say it, or when the notes hold its words more often
 * than all kept lines of the essay together do (a chrome line merged into a paragraph, a pull quote
 * kept beside the sentence it repeats). Matching is on word boundaries of `matchKey` text, so a
 * "Search" box does not match "research" and a "Share" button does not match "market share".
 */
export function leakedLines(essayText: string, removedLines: readonly number[], outline: Outline): Array<{ line: number; text: string }> {
  const lines = splitLines(essayText);
  const removed = new Set(removedLines);
  const keptKeys = new Set<string>();
  const keptParts: string[] = [];
  lines.forEach((line, i) => {
    if (removed.has(i + 1)) return;
    const key = matchKey(line);
    if (!key) return;
    keptKeys.add(key);
    keptParts.push(key);
  });
  const kept = keptParts.join(' ');
  const slides = outline.groups.flatMap((group) => group.slides);
  let notes = slides.map((slide) => matchKey(slide.notes)).join(' ');
  // (The deck's own labels in the essay's language are generic too: a German deck's "Überblick" is no page's menu item.)
  const labels = labelsFor(outline.meta.language);
  const own = new Set(
    [labels.context, labels.overview, labels.conclusion, labels.aboutAuthor, labels.aboutAuthors, labels.source].map(matchKey),
  );
  const notGeneric = (key: string): boolean => !GENERIC_TITLES.has(key) && !own.has(key);
  // Whole units: titles, and notes paragraphs (the notes keep the essay's paragraphs, one per line).
  const titles = [...outline.groups.map((group) => group.title), ...slides.map((slide) => slide.title)].map(matchKey).filter(notGeneric);
  const paragraphs = slides.flatMap((slide) => slide.notes.split(/\n/)).map(matchKey);
  const bullets = slides.flatMap((slide) => slide.bullets.map((bullet) => matchKey(bullet.text)));
  // Lines with the same text ("Share" at the top and at the bottom) are judged together: as many of
  // them leak as the deck shows that text more often than the kept lines do.
  const byKey = new Map<string, number[]>();
  for (const line of removedLines) {
    const key = matchKey(lines[line - 1] ?? '');
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  const leaked: Array<{ line: number; text: string }> = [];
  // Longest first: the words of a leaked line ("Thanks for reading … Subscribe for free …") are taken
  // out of the notes before a shorter line ("Subscribe") is looked for.
  for (const [key, keyLines] of [...byKey].sort((a, b) => b[0].length - a[0].length)) {
    const keptTimes = wordOccurrences(kept, key);
    const times = (units: string[]): number => units.filter((unit) => unit === key).length;
    // A leaked paragraph may also title its own slide: one leak, not two.
    const asUnits = keptKeys.has(key) ? 0 : Math.max(times(titles), times(paragraphs));
    // A bullet may repeat a pull quote's words: it comes from the body sentence the quote repeats.
    const asBullets = keptTimes === 0 ? times(bullets) : 0;
    const tooOften = wordOccurrences(notes, key) - keptTimes;
    const count = Math.min(keyLines.length, Math.max(asUnits, asBullets, tooOften, 0));
    for (const line of keyLines.slice(0, count)) leaked.push({ line, text: (lines[line - 1] ?? '').trim() });
    for (let i = 0; i < count; i++) notes = ` ${notes} `.replace(` ${key} `, ' | ');
  }
  leaked.sort((a, b) => a.line - b.line);
  return leaked;
}

export interface Fixture {
  name: string;
  dir: string;
  essayPath: string;
  expected: Expected;
  source: EssaySource;
}

/** How a Markdown post's author names its file: its repository's path (source.json), a post's name dating it as its site does. */
const MARKDOWN_FILE = /\.(?:md|markdown|mdx|qmd|rmd)$/i;

/**
 * The path the pipeline is given: a real essay kept in Markdown as its repository holds it goes by the path it has there
 * (`<fixture>/_posts/2020-04-28-pay-per-law.md`), as a user building that post names it; a page copy, a stored text and a
 * written fixture by the file itself. (The pipeline reads no file: the path names the essay in messages, and dates a post.)
 */
function asNamed(dir: string, essayPath: string): string {
  const sourceFile = join(dir, 'source.json');
  if (!essayPath.endsWith('.md') || !existsSync(sourceFile)) return essayPath;
  const { path } = JSON.parse(readFileSync(sourceFile, 'utf8')) as { path?: string };
  return path && MARKDOWN_FILE.test(path) ? join(dir, path) : essayPath;
}

/** The essays written for the project (test/fixtures), or a set of the real corpus (test/corpus/<set>). */
export function loadFixtures(root = FIXTURES): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const essayName = expected.essay ?? readdirSync(dir).find((name) => /^essay\.(txt|md)$/.test(name));
      if (!essayName) throw new Error(`fixture ${entry.name} has no essay.txt or essay.md`);
      const essayPath = resolve(dir, essayName);
      if (!existsSync(essayPath)) throw new Error(`fixture ${entry.name}: ${essayPath} is missing`);
      return {
        name: entry.name,
        dir,
        essayPath,
        expected,
        source: { path: asNamed(dir, essayPath), text: readFileSync(essayPath, 'utf8') },
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
