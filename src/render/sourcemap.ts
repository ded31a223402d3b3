import type { Deck } from '../types.js';

/** Slide id → the essay lines it was drawn from, and each bullet's source sentence. */
export interface SourceMap {
  generator: 'briefdeck';
  /** The essay, relative to the source map's folder, `/`-separated. */
  essay: string;
  slides: Record<
    string,
    { group: string; lines: { start: number; end: number } | null; bullets: Array<{ text: string; line: number; sentence: number }> }
  >;
}

/** `essay` is the essay's path as the source map should name it (relative to the map's folder). */
export function sourceMap(deck: Pick<Deck, 'groups'>, essay: string): SourceMap {
  const slides: SourceMap['slides'] = {};
  for (const group of deck.groups) {
    for (const slide of group.slides) {
      slides[slide.id] = {
        group: group.id,
        lines: slide.source,
        bullets: slide.bullets.map((bullet) => ({ text: bullet.text, ...bullet.source })),
      };
    }
  }
  return { generator: 'briefdeck', essay, slides };
}

/** An earlier source map briefdeck wrote, which may be replaced. */
export function isSourceMap(text: string): boolean {
  try {
    return (JSON.parse(text) as Partial<SourceMap>).generator === 'briefdeck';
  } catch {
    return false;
  }
}
