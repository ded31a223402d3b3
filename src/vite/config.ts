import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type InlineConfig, searchForWorkspaceRoot } from 'vite';
import type { CliDeckOptions } from '../io/config.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { briefdeck } from './plugin.js';

export interface DeckViteOptions {
  source?: string;
  cli?: CliDeckOptions;
  outDir?: string;
}

/**
 * Folders the dev server may serve files from: briefdeck's own, and a deck folder's `public/`,
 * which holds deck.yaml's `css` and the fonts and images those stylesheets refer to.
 */
function servedFolders(source: string | undefined): string[] {
  const folders = [searchForWorkspaceRoot(PACKAGE_ROOT)];
  if (source !== undefined && existsSync(source) && statSync(source).isDirectory()) folders.push(join(resolve(source), 'public'));
  return folders;
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
    server: { host: '127.0.0.1', fs: { allow: servedFolders(source) } },
    // Pre-bundle reveal.js before the first page is served: on a fresh machine Vite would
    // otherwise discover it during the first load and reload the page, losing the slide.
    optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/notes'] },
  };
}
