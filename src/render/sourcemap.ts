import type { BuiltDeck } from '../pipeline.js';

/** Slide id → the essay lines it was drawn from, and each bullet's source sentence. */
export interface SourceMap {
  essay: string;
  slides: Record<
    string,
    { group: string; lines: { start: number; end: number } | null; bullets: Array<{ text: string; line: number; sentence: number }> }
  >;
}

export function sourceMap(built: Pick<BuiltDeck, 'deck' | 'essay'>): SourceMap {
  const slides: SourceMap['slides'] = {};
  for (const group of built.deck.groups) {
    for (const slide of group.slides) {
      slides[slide.id] = {
        group: group.id,
        lines: slide.source,
        bullets: slide.bullets.map((bullet) => ({ text: bullet.text, ...bullet.source })),
      };
    }
  }
  return { essay: built.essay.source.path, slides };
}
