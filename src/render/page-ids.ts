/**
 * Ids the rendered page and the browser script (src/client/main.ts) agree on. Constants only,
 * so the client bundle can import them without the renderer.
 */

/** The `<script type="application/json">` that carries the deck's Reveal options. */
export const REVEAL_OPTIONS_ID = 'briefdeck-reveal';
