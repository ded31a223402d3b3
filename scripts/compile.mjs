// `npm run compile` (and `prepare`, which `npm ci` and `npm pack` both run): bundles the CLI into
// lib/ with rolldown, then builds the browser runtime into lib/runtime (src/vite/runtime.ts).
// Bundled, the CLI loads a few files instead of some three hundred modules: node's module
// loader was a third of a `briefdeck pdf` run. Type checking is `npm run typecheck`.
// The packages bundled here (commander, jszip, markdown-it, pdf-lib, pptxgenjs, yaml, zod, and wink-nlp with its
// model into lib/nlp/) are devDependencies:
// an installed briefdeck runs lib/ and needs only the packages left external below, and
// reveal.js, whose sources the Vite plugin serves and whose notes plugin src/render/csp.ts reads.
import { execFile, spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'rolldown';

// The package's declaration files (lib/types/, for `exports` in package.json) take tsc some
// 10–20 s on a 2-core machine: they are written when npm packs or publishes, or with --types,
// not on every `npm ci` and `npm test`, which need only the code.
const withTypes = process.argv.includes('--types') || ['pack', 'publish'].includes(process.env.npm_command ?? '');

const root = fileURLToPath(new URL('..', import.meta.url));
const final = fileURLToPath(new URL('../lib', import.meta.url));
// Built beside lib/ and swapped in at the end, so a briefdeck command running meanwhile (a test's
// `npm run pdf` recompiles while others run the CLI) never finds lib/ half-written or gone.
const lib = join(root, `.briefdeck-tmp-lib-${process.pid}`);
rmSync(lib, { recursive: true, force: true });
// Gone once swapped in; left by a failed build, it goes too.
process.on('exit', () => rmSync(lib, { recursive: true, force: true }));
await build({
  cwd: root,
  input: {
    // The package's entry points (package.json `exports`): the API and the Vite plugin.
    index: 'src/index.ts',
    'vite/plugin': 'src/vite/plugin.ts',
    // For scripts/ and bench/: the runtime build below, and finding a browser.
    'vite/runtime': 'src/vite/runtime.ts',
    'export/browser': 'src/export/browser.ts',
  },
  platform: 'node',
  // Vite stays a package of its own: it is large, loaded only by `build` and `dev`, and has native parts.
  external: [/^node:/, /^vite(\/|$)/],
  logLevel: 'warn',
  output: {
    dir: lib,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Smaller to parse at every start; the source maps lead back to src/. (BRIEFDECK_NO_MINIFY=1
    // keeps names readable in a `node --cpu-prof` profile.)
    minify: !process.env.BRIEFDECK_NO_MINIFY,
    sourcemap: true,
  },
});
// The CLI (bin/briefdeck.js) is CommonJS of its own: node loads CommonJS faster than ES modules,
// and V8's code cache, which spares it compiling the CLI at every start, is open to CommonJS only
// on Node 20 (src/cli/code-cache.ts). No source maps: the same sources' maps are the API's, above.
await build({
  cwd: root,
  input: { 'cli/program': 'src/cli/program.ts', 'cli/code-cache': 'src/cli/code-cache.ts' },
  platform: 'node',
  external: [/^node:/, /^vite(\/|$)/],
  logLevel: 'warn',
  output: {
    dir: lib,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: 'cli/chunks/[name]-[hash].cjs',
    minify: !process.env.BRIEFDECK_NO_MINIFY,
  },
});
// The part-of-speech tagger (src/essay/tagger.ts) requires lib/nlp/wink.cjs on first use: wink-nlp
// and the English model's loader in one CommonJS file (src/essay/wink-model.ts), and the core
// model prepared from the pinned wink-eng-lite-web-model for it to read fast.
const nlp = join(lib, 'nlp');
await build({
  cwd: root,
  input: 'src/essay/wink-model.ts',
  platform: 'node',
  external: [/^node:/],
  logLevel: 'warn',
  output: { file: join(nlp, 'wink.cjs'), format: 'cjs', minify: !process.env.BRIEFDECK_NO_MINIFY },
});
createRequire(import.meta.url)(join(nlp, 'wink.cjs')).prepareCore(
  createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'),
  nlp,
);
// tsc runs in its own process while the runtime is built.
const types = withTypes
  ? promisify(execFile)(
      process.execPath,
      [
        fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)),
        '-p',
        'tsconfig.types.json',
        '--outDir',
        join(lib, 'types'),
      ],
      {
        cwd: root,
      },
    )
  : null;
const { buildRuntime } = await import(pathToFileURL(join(lib, 'vite', 'runtime.js')).href);
await buildRuntime(join(lib, 'runtime'));
await types;
const old = `${lib}-old`;
rmSync(old, { recursive: true, force: true });
try {
  renameSync(final, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(lib, final);
rmSync(old, { recursive: true, force: true });
// V8's code cache of the CLI, with the functions a build of the reference deck compiles. Without it
// the CLI works, only slower to start, so a failure here is a warning.
const cacheRun = join(tmpdir(), `briefdeck-code-cache-${process.pid}`);
const cached = spawnSync(process.execPath, [join(root, 'bin', 'briefdeck.js'), 'build', '--out', cacheRun], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, BRIEFDECK_WRITE_CODE_CACHE: '1' },
});
rmSync(cacheRun, { recursive: true, force: true });
if (cached.status !== 0) console.warn(`compile: no code cache written (the CLI starts slower):\n${cached.stderr}`);
