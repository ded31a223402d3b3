import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { buildOutline } from '../../src/outline/build.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'tuning');

function outlineOf(name: string, file: string) {
  return buildOutline(parseEssay({ path: file, text: readFileSync(join(CORPUS, name, file), 'utf8') }));
}

/** How a part becomes key-point slides, on a real essay of the corpus. */
describe('key-point slides', () => {
  it('joins a slide left with one bullet to its neighbour, notes and all, so the slide shows two points or more (Jeni Tennison)', () => {
    const outline = outlineOf('i-jenitennison-data-monopolies', 'essay.txt');
    const slides = outline.groups.flatMap((group) => group.slides).filter((slide) => slide.layout === 'points');
    const merged = slides.find((slide) => slide.notes.includes('There are a few other considerations'));
    // Two paragraphs: the lead-in and the one that gives its first consideration.
    expect(merged?.notes).toContain('is not comprehensive');
    expect(merged?.notes.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(2);
    expect(merged?.bullets.length).toBeGreaterThanOrEqual(2);
  });
});
