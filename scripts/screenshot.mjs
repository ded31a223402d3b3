// Screenshots of a built deck, for the README and for looking at the result:
//   node scripts/screenshot.mjs [DIST_DIR] [OUT_DIR] [slide-id ...]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../lib/export/browser.js';
import { serveDirectory } from '../lib/export/static-server.js';

const [dist = 'dist', out = 'docs', ...ids] = process.argv.slice(2);
const slides = ids.length > 0 ? ids : ['title'];
mkdirSync(out, { recursive: true });
const server = await serveDirectory(resolve(dist));
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const id of slides) {
    await page.goto(`${server.url}#/${id}`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(out, `${id}.png`) });
    console.log(`wrote ${join(out, `${id}.png`)}`);
  }
} finally {
  await close();
  await server.close();
}
