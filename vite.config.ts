import { defineConfig } from 'vite';
import { deckViteConfig } from './src/vite/config.js';

// `npx vite` / `npx vite build` on the deck named by BRIEFDECK_SOURCE, else the reference deck.
// The CLI (`briefdeck build|dev`) uses the same config with its own arguments.
export default defineConfig(deckViteConfig({ source: process.env.BRIEFDECK_SOURCE }));
