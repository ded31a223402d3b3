// A page copy for the corpus of real essays (test/corpus): what select-all and copy give of a saved page.
// Opens the HTML file from disk in headless Chromium (CHROME_PATH, else /usr/bin/chromium) with JavaScript
// off and every request but the file itself refused, and prints `document.body.innerText`.
// Usage: node scripts/corpus/innertext.mjs source.html > essay.txt
// (The corpus's source.json files of earlier batches name it /work/corpus-tools/innertext.mjs: the same steps.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/corpus/innertext.mjs source.html > essay.txt');
const url = pathToFileURL(resolve(file)).href;
const profile = mkdtempSync(join(tmpdir(), 'innertext-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  javaScriptEnabled: false,
  viewport: { width: 1280, height: 1000 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  // biome-ignore lint/performance/useDomNodeTextContent: a page copy is the rendered text, as a reader copies it.
  process.stdout.write(await page.evaluate(() => document.body.innerText));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
