import type { RenderedDeck } from '../render/html.js';

/**
 * The contract between the dev server (src/vite/plugin.ts) and the browser (src/client/hmr.ts,
 * src/client/reorder.ts). Types and constants only, so the client bundle can import it.
 */

/** HMR event sent after every successful rebuild in `briefdeck dev`: the whole rendered deck. */
export const DECK_UPDATE_EVENT = 'briefdeck:update';

/** What the client needs to re-render in place: the slides, footer, title, Reveal options, theme. */
export interface DeckUpdate extends RenderedDeck {
  theme: string;
}

/** Dev-server endpoint that takes a {@link ReorderMove} as JSON and writes it to deck.yaml. */
export const REORDER_ENDPOINT = '/__briefdeck/order';

/**
 * One drag: put group or slide `id` just before or after `target`. Slides move within their
 * group; a group moves among groups.
 */
export interface ReorderMove {
  kind: 'group' | 'slide';
  id: string;
  target: string;
  place: 'before' | 'after';
}

/** The endpoint's JSON answer: the ids written, or the error as the CLI would print it. */
export type ReorderResponse = { ok: true; file: string; changed: boolean; key: string; ids: string[] } | { ok: false; error: string };

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'briefdeck:update': DeckUpdate;
  }
}
