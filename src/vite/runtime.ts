import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { THEMES } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { BASE_STYLES, deckStyles, themeStyle } from './styles.js';

/**
 * The prebuilt browser runtime: the client script (src/client/main.ts) as one classic script,
 * and every stylesheet a deck can need, built once by `npm run compile` into `lib/runtime/`.
 * A page made of the rendered deck plus these files needs no Vite build and no server: it
 * runs from file://, which is how `briefdeck pdf` prints. The script is the same for every
 * deck because the deck's Reveal options travel in the page (src/render/html.ts).
 */

export const RUNTIME_DIR = join(PACKAGE_ROOT, 'lib', 'runtime');

const SCRIPT = 'briefdeck.js';
const STYLES_MODULE = 'virtual:briefdeck/styles';

/**
 * The stylesheets built into the runtime, by the module id the Vite plugin imports (src/vite/styles.ts),
 * each to a file of its own: Reveal's base, briefdeck's layout and every theme.
 */
const BUILT_STYLES = new Map<string, string>([
  [BASE_STYLES.reveal, 'reveal.css'],
  [BASE_STYLES.layout, 'briefdeck.css'],
  ...THEMES.map((theme): [string, string] => [themeStyle(theme), `theme-${theme}.css`]),
]);

/** The runtime's files for one deck, in the order the page loads them. */
export interface RuntimeFiles {
  script: string;
  /** In the order of src/vite/styles.ts `deckStyles`: Reveal's base, the theme, briefdeck's layout, then deck.yaml's `css`. */
  styles: string[];
}

/** The runtime for a deck with `theme` and deck.yaml's `css` files, as paths; an error says how to build a missing one. */
export function runtimePaths(theme: string, deckCss: readonly string[], dir = RUNTIME_DIR): RuntimeFiles {
  const styles = deckStyles(theme, deckCss).map((style) => {
    const built = BUILT_STYLES.get(style);
    return built === undefined ? style : join(dir, built);
  });
  const script = join(dir, SCRIPT);
  const missing = [script, ...styles.filter((path) => path.startsWith(dir))].find((file) => !existsSync(file));
  if (missing) {
    throw new BriefdeckError(`briefdeck's browser runtime is missing: ${missing} does not exist`, {
      hint: 'Run `npm run compile` in the briefdeck folder (npm ci does it too).',
    });
  }
  return { script, styles };
}

/** The same as file:// URLs, for a page printed where it lies (src/export/pdf.ts). */
export function runtimeFiles(theme: string, deckCss: readonly string[], dir = RUNTIME_DIR): RuntimeFiles {
  const { script, styles } = runtimePaths(theme, deckCss, dir);
  return { script: pathToFileURL(script).href, styles: styles.map((path) => pathToFileURL(path).href) };
}

/** In the runtime build, the styles are linked by the page rather than imported by the script. */
function stylesLinkedByPage(): Plugin {
  const resolved = `\0${STYLES_MODULE}`;
  return {
    name: 'briefdeck-runtime-styles',
    resolveId: (id) => (id === STYLES_MODULE ? resolved : null),
    load: (id) => (id === resolved ? '' : null),
  };
}

/** Builds the runtime into `outDir` (emptied first): two Vite builds, the script and the stylesheets. */
export async function buildRuntime(outDir = RUNTIME_DIR): Promise<void> {
  const { build } = await import('vite');
  const common = { configFile: false, root: PACKAGE_ROOT, logLevel: 'warn', publicDir: false } as const;
  await build({
    ...common,
    plugins: [stylesLinkedByPage()],
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry: join(PACKAGE_ROOT, 'src/client/main.ts'), formats: ['iife'], name: 'briefdeck', fileName: () => SCRIPT },
    },
  });
  await build({
    ...common,
    build: {
      outDir,
      emptyOutDir: false,
      // Fonts and images stay inside the stylesheets, so each is one file.
      assetsInlineLimit: () => true,
      rolldownOptions: {
        input: Object.fromEntries([...BUILT_STYLES].map(([id, file]) => [file.replace(/\.css$/, ''), id])),
        output: { assetFileNames: '[name][extname]' },
      },
    },
  });
}
