import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EssaySource } from '../../src/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const REFERENCE_ESSAY = join(ROOT, 'slides', 'kei-north-korea', 'essay.txt');

/** What a person checked by hand for a fixture essay. */
export interface Expected {
  /** The essay file, relative to the fixture folder, when it lives elsewhere (the reference deck). */
  essay?: string;
  title: string;
  subtitle?: string | null;
  authors: string[];
  date: string | null;
  publication?: string | null;
  /** Section titles in order (the approaches), not counting context and conclusion. */
  sections: string[];
  conclusion: boolean;
  /** Lines that must not reach the deck (chrome), by line number. */
  removed: number[];
  /** Sentences in the body (context, sections, conclusion), counted by hand. */
  bodySentences?: number;
}

export interface Fixture {
  name: string;
  dir: string;
  essayPath: string;
  expected: Expected;
  source: EssaySource;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const essayName = expected.essay ?? readdirSync(dir).find((name) => /^essay\.(txt|md)$/.test(name));
      if (!essayName) throw new Error(`fixture ${entry.name} has no essay.txt or essay.md`);
      const essayPath = resolve(dir, essayName);
      if (!existsSync(essayPath)) throw new Error(`fixture ${entry.name}: ${essayPath} is missing`);
      return { name: entry.name, dir, essayPath, expected, source: { path: essayPath, text: readFileSync(essayPath, 'utf8') } };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
