import type { InlineConfig } from 'vite';
import type { CliDeckOptions } from '../io/config.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { briefdeck } from './plugin.js';

export interface DeckViteOptions {
  source?: string;
  cli?: CliDeckOptions;
  outDir?: string;
}

/** The Vite config for one deck; `vite.config.ts` and the CLI share it. */
export function deckViteConfig({ source, cli, outDir }: DeckViteOptions = {}): InlineConfig {
  const plugin = briefdeck({ ...(source !== undefined ? { source } : {}), ...(cli ? { cli } : {}) });
  return {
    configFile: false,
    root: PACKAGE_ROOT,
    base: './',
    logLevel: 'warn',
    publicDir: 'public',
    plugins: [plugin],
    build: {
      outDir: outDir ?? 'dist',
      emptyOutDir: true,
      // Reveal is ~140 KB minified; one chunk keeps the deck a handful of files.
      chunkSizeWarningLimit: 1024,
      assetsInlineLimit: 0,
    },
    server: { host: '127.0.0.1' },
  };
}
