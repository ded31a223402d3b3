#!/usr/bin/env node
// Entry point of the `briefdeck` command: runs the compiled CLI. The package's tarball carries lib/
// (`prepare` builds it on `npm pack`); in a checkout, `npm ci` runs `prepare` too.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// The essay stage runs some hundreds of regular expressions a few times each. V8 first runs a
// regular expression in its interpreter and compiles it again to machine code on a later run;
// compiling each once, at once, took a reference build from 0.64 s to 0.55 s here (a 10 MB
// essay is no slower). Regular expressions are compiled when first run, so this comes first.
setFlagsFromString('--no-regexp-tier-up');

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('briefdeck: the CLI is not compiled yet; run `npm run compile` (npm ci runs it for you).');
  process.exit(1);
}
await import(main.href);
