#!/usr/bin/env node
// Entry point of the `briefdeck` command: runs the compiled CLI. The package's tarball carries lib/
// (`prepare` builds it on `npm pack`); in a checkout, `npm ci` runs `prepare` too.
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('briefdeck: the CLI is not compiled yet; run `npm run compile` (npm ci runs it for you).');
  process.exit(1);
}
await import(main.href);
