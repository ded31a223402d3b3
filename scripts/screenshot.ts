// Screenshots of a built deck, for the README and for looking at the result:
//   npx tsx scripts/screenshot.ts [DIST_DIR] [OUT_DIR] [slide-id ...]
// An id written `speaker:slide-id` shots the speaker view (key S) on that slide instead.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../test/helpers/browser.js';
import { serveDirectory } from '../test/helpers/static-server.js';

const [dist = 'dist', out = 'docs', ...ids] = process.argv.slice(2);
const slides = ids.length > 0 ? ids : ['title'];
mkdirSync(out, { recursive: true });
const server = await serveDirectory(resolve(dist));
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const id of slides) {
    const speaker = id.startsWith('speaker:');
    const slide = speaker ? id.slice('speaker:'.length) : id;
    const file = join(out, speaker ? `speaker-view-${slide}.png` : `${slide}.png`);
    await page.goto(`${server.url}#/${slide}`);
    // Ready, and every slide fitted to the slide (src/client/fit.ts).
    await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.bdFitted !== undefined);
    await page.waitForTimeout(900);
    if (speaker) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      await popup.setViewportSize({ width: 1280, height: 800 });
      await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent);
      await popup.waitForTimeout(2500);
      await popup.screenshot({ path: file });
      await popup.close();
    } else {
      await page.screenshot({ path: file });
    }
    console.log(`wrote ${file}`);
  }
} finally {
  await close();
  await server.close();
}
