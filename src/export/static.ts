import type { CliDeckOptions } from '../io/config.js';
import type { DeckLocation } from '../io/source.js';

/**
 * Builds the deck at `location` with Vite into `outDir` (emptied first): `index.html` plus
 * `assets/`. Vite and the plugin load on use, so that a caller can start other work first.
 */
export async function buildStaticDeck(location: DeckLocation, cli: CliDeckOptions, outDir: string): Promise<void> {
  const [{ build }, { deckViteConfig }] = await Promise.all([import('vite'), import('../vite/config.js')]);
  await build({ ...deckViteConfig({ source: location.deckDir ?? location.essayPath, cli, outDir }), logLevel: 'error' });
}
