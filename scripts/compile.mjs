// `npm run compile` (and `prepare`, which `npm ci` and `npm pack` both run): bundles the CLI into
// lib/ with rolldown, then builds the browser runtime into lib/runtime (src/vite/runtime.ts).
// Bundled, the CLI loads a few files instead of some three hundred modules: node's module
// loader was a third of a `briefdeck pdf` run. Type checking is `npm run typecheck`.
// The packages bundled here (commander, markdown-it, pdf-lib, yaml, zod) are devDependencies:
// an installed briefdeck runs lib/ and needs only the packages left external below, and
// reveal.js, whose sources the Vite plugin serves and whose notes plugin src/render/csp.ts reads.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = fileURLToPath(new URL('../lib', import.meta.url));
rmSync(lib, { recursive: true, force: true });
await build({
  cwd: root,
  input: {
    'cli/main': 'src/cli/main.ts',
    // For scripts/ and bench/: the runtime build below, and finding a browser.
    'vite/runtime': 'src/vite/runtime.ts',
    'export/browser': 'src/export/browser.ts',
  },
  platform: 'node',
  // Vite stays a package of its own: it is large, loaded only by `build` and `dev`, and has native parts.
  // wink-nlp and its model are loaded with require() on first use (src/essay/tagger.ts).
  external: [/^node:/, /^vite(\/|$)/, /^wink-/],
  logLevel: 'warn',
  output: {
    dir: lib,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Smaller to parse at every start; the source maps lead back to src/.
    minify: true,
    sourcemap: true,
  },
});
const { buildRuntime } = await import('../lib/vite/runtime.js');
await buildRuntime();
