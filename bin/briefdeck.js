#!/usr/bin/env node
// Entry point of the `briefdeck` command: runs the compiled CLI. The package's tarball carries lib/
// (`prepare` builds it on `npm pack`); in a checkout, `npm ci` runs `prepare` too.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The essay stage runs some hundreds of regular expressions a few times each. V8 first runs a
// regular expression in its interpreter and compiles it again to machine code on a later run;
// compiling each once, at once, took a reference build from 0.64 s to 0.55 s here (a 10 MB
// essay is no slower). Regular expressions are compiled when first run, so this comes first.
setFlagsFromString('--no-regexp-tier-up');
// TurboFan inlines what a hot function calls into one big function, and a long essay makes the
// essay and outline stages' big functions hot: compiling those inlined wholes, on the second core,
// took more CPU time than they saved. Each hot function is still optimised, on its own: a 93 KB
// essay 0.64 → 0.57 s CPU, 1 MB 1.24 → 1.01 s, 10 MB 3.67 → 3.25 s, wall time down a little too;
// the reference build (9 KB) no slower.
setFlagsFromString('--no-turbo-inlining');

const lib = fileURLToPath(new URL('../lib/', import.meta.url));
const require = createRequire(import.meta.url);
if (!existsSync(`${lib}cli/program.cjs`)) {
  console.error('briefdeck: the CLI is not compiled yet; run `npm run compile` (npm ci runs it for you).');
  process.exit(1);
}
// The CLI is CommonJS, compiled through V8's code cache in lib/code-cache/ (src/cli/code-cache.ts
// says why). `npm run compile` runs a build with BRIEFDECK_WRITE_CODE_CACHE=1 to write that cache.
const codeCache = { codeDir: lib, cacheDir: `${lib}code-cache`, write: process.env.BRIEFDECK_WRITE_CODE_CACHE === '1' };
const { installCodeCache, writeCodeCache } = require('../lib/cli/code-cache.cjs');
const cacheStats = installCodeCache(codeCache);
const { main } = require('../lib/cli/program.cjs');
const code = await main(process.argv);
if (codeCache.write) writeCodeCache(codeCache);
// BRIEFDECK_TRACE=1 also says how many of the CLI's files came from the cache.
if (process.env.BRIEFDECK_TRACE)
  process.stderr.write(`trace code-cache ${cacheStats.accepted.length} cached, ${cacheStats.compiled.length} compiled\n`);
if (code !== 0) process.exitCode = code;
