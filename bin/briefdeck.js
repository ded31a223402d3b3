#!/usr/bin/env node
// Entry point of the `briefdeck` command: runs the compiled CLI (npm ci compiles it via `prepare`).
import { existsSync } from 'node:fs';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('briefdeck: the CLI is not compiled yet; run `npm run compile` (npm ci runs it for you).');
  process.exit(1);
}
await import(main.href);
