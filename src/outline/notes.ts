import { wordCount } from '../essay/text.js';
import type { OutlineSlide } from '../types.js';

/**
 * `wordCount(slide.notes)` of the slides the outline made, carried to the deck's timing instead
 * of counted again: a slide's notes are its units' texts joined by blank lines, and a space ends
 * every word wordCount counts (and every run of Chinese or Japanese characters), so the notes
 * count the sum of their units' words, which the plan has counted already. Kept by slide with the
 * notes counted: a slide whose notes have changed, or one made elsewhere (from an outline.md), is
 * counted when asked.
 */
const counted = new WeakMap<OutlineSlide, { notes: string; words: number }>();

/** Records that `slide.notes` has `words` words (by `wordCount`). */
export function setNotesWordCount(slide: OutlineSlide, words: number): void {
  counted.set(slide, { notes: slide.notes, words });
}

/** `copy`, a copy of `slide` under another id or title, with the notes' count `slide` carries. */
export function copiedSlide(slide: OutlineSlide, copy: OutlineSlide): OutlineSlide {
  const known = counted.get(slide);
  if (known && known.notes === copy.notes) counted.set(copy, known);
  return copy;
}

/** `wordCount(slide.notes)`. */
export function notesWordCount(slide: OutlineSlide): number {
  const known = counted.get(slide);
  return known && known.notes === slide.notes ? known.words : wordCount(slide.notes);
}
