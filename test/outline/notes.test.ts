import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/essay/text.js';
import { notesWordCount } from '../../src/outline/notes.js';
import { essayToOutline } from '../../src/pipeline.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

describe('notesWordCount', () => {
  it('rests on wordCount of texts joined by blank lines being the sum of their counts, whatever the texts', () => {
    const unit = fc.constantFrom('a', 'É', '7', '中', '文', 'か', '𝐀', '\ud800', '\udc00', '—', '-', "'", ' ', '\n', '.', '\u200b');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit })), { maxLength: 6 }), (texts) => {
        expect(wordCount(texts.join('\n\n'))).toBe(texts.reduce((sum, text) => sum + wordCount(text), 0));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives wordCount of every slide’s notes of an outline, and counts notes changed since', () => {
    const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
    const slides = outline.groups.flatMap((group) => group.slides);
    expect(slides.filter((slide) => wordCount(slide.notes) > 100).length).toBeGreaterThan(3);
    for (const slide of slides) expect(notesWordCount(slide)).toBe(wordCount(slide.notes));
    const slide = slides.find((s) => s.layout === 'points');
    if (!slide) throw new Error('the reference deck has key-point slides');
    slide.notes = 'Three words here.';
    expect(notesWordCount(slide)).toBe(3);
  });
});
