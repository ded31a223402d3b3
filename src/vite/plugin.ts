import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BriefdeckError } from '../errors.js';
import type { CliDeckOptions } from '../io/config.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { type BuiltDeck, buildFromLocation } from '../pipeline.js';
import { scriptJson } from '../render/escape.js';
import { fillTemplate } from '../render/html.js';

export interface BriefdeckPluginOptions {
  /** Essay file or deck folder; the reference deck when omitted. */
  source?: string;
  /** Options from the CLI; they win over deck.yaml. */
  cli?: CliDeckOptions;
}

const DECK_MODULE = 'virtual:briefdeck/deck';
const RESOLVED_DECK_MODULE = `\0${DECK_MODULE}`;

/** The stylesheet import for a theme: briefdeck's own, or one of reveal.js's that needs no network. */
function themeImport(theme: string): string {
  return theme === 'briefing'
    ? JSON.stringify(join(PACKAGE_ROOT, 'src/client/themes/briefing.css'))
    : JSON.stringify(`reveal.js/theme/${theme}.css`);
}

/**
 * A thin Vite plugin over the pipeline: it fills `index.html` with the deck and serves
 * `virtual:briefdeck/deck` (Reveal options and the theme) to the client. Errors carry the
 * essay or deck.yaml position, so Vite's overlay and the CLI can show where to look.
 */
export function briefdeck(pluginOptions: BriefdeckPluginOptions = {}): Plugin {
  let location: DeckLocation | null = null;
  let built: BuiltDeck | null = null;
  const build = (): BuiltDeck => {
    location ??= locateDeck(pluginOptions.source);
    built ??= buildFromLocation(location, pluginOptions.cli);
    return built;
  };
  const toViteError = (error: unknown): Error => {
    if (!(error instanceof BriefdeckError)) return error as Error;
    const wrapped = new Error(error.format()) as Error & { loc?: { file: string; line: number; column: number }; id?: string };
    if (error.file) {
      wrapped.id = error.file;
      wrapped.loc = { file: error.file, line: error.line ?? 1, column: error.column ?? 1 };
    }
    return wrapped;
  };

  return {
    name: 'briefdeck',
    resolveId(id) {
      return id === DECK_MODULE ? RESOLVED_DECK_MODULE : null;
    },
    load(id) {
      if (id !== RESOLVED_DECK_MODULE) return null;
      try {
        const { rendered, deck } = build();
        return [
          `import ${themeImport(deck.theme)};`,
          `export const reveal = ${scriptJson(rendered.reveal)};`,
          `export const theme = ${JSON.stringify(deck.theme)};`,
        ].join('\n');
      } catch (error) {
        throw toViteError(error);
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        try {
          const { rendered, deck } = build();
          return fillTemplate(html, rendered).replace('<html', `<html data-theme="${deck.theme}"`);
        } catch (error) {
          throw toViteError(error);
        }
      },
    },
    configureServer(server: ViteDevServer) {
      const invalidate = (file: string): void => {
        const inputs = built?.inputs ?? [];
        const deckDir = location?.deckDir;
        if (!inputs.includes(file) && !(deckDir && file === join(deckDir, 'deck.yaml'))) return;
        built = null;
        const module = server.moduleGraph.getModuleById(RESOLVED_DECK_MODULE);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      try {
        const { inputs } = build();
        server.watcher.add(inputs);
        if (location?.deckDir) server.watcher.add(join(location.deckDir, 'deck.yaml'));
      } catch {
        // Reported on the first request, through the overlay.
      }
      server.watcher.on('change', invalidate);
      server.watcher.on('add', invalidate);
    },
  };
}
