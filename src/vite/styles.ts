import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/paths.js';

/**
 * A deck page's stylesheets, in cascade order: Reveal's base, the theme, briefdeck's layout, then
 * deck.yaml's `css` last, so that its rules win. The Vite plugin imports them in this order
 * (`virtual:briefdeck/styles`); the prebuilt runtime (src/vite/runtime.ts) links the same list.
 */

/** Module ids of the styles every deck has, by role. */
export const BASE_STYLES = {
  reveal: 'reveal.js/reveal.css',
  layout: join(PACKAGE_ROOT, 'src/client/briefdeck.css'),
} as const;

/** The stylesheet of a theme: briefdeck's own, or one of reveal.js's that needs no network. */
export function themeStyle(theme: string): string {
  return theme === 'briefing' ? join(PACKAGE_ROOT, 'src/client/themes/briefing.css') : `reveal.js/theme/${theme}.css`;
}

/** Every stylesheet of a deck with `theme` and deck.yaml's `css` files (absolute paths), in cascade order. */
export function deckStyles(theme: string, deckCss: readonly string[]): string[] {
  return [BASE_STYLES.reveal, themeStyle(theme), BASE_STYLES.layout, ...deckCss];
}
