// A contact sheet of a deck: every visible slide, in order, on one PNG, to look at a deck whole.
//   npx tsx scripts/contact-sheet.ts ESSAY_OR_DECK_DIR OUT.png [--minutes N] [--columns N]
// The deck is built with the CLI into a temporary folder and shot in Chromium at 1280×720.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../test/helpers/browser.js';
import { runCli } from '../test/helpers/cli.js';
import { serveDirectory } from '../test/helpers/static-server.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const minutes = option('--minutes');
const columns = Number(option('--columns') ?? 4);
const [source, out] = args;
if (!source || !out) {
  console.error('usage: npx tsx scripts/contact-sheet.ts ESSAY_OR_DECK_DIR OUT.png [--minutes N] [--columns N]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'briefdeck-sheet-'));
const built = runCli(['build', resolve(source), '--out', join(work, 'deck'), ...(minutes ? ['--minutes', minutes] : [])]);
if (built.status !== 0) {
  console.error(built.stderr);
  process.exit(1);
}
const server = await serveDirectory(join(work, 'deck'));
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.bdFitted !== undefined);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('.slides section[data-slide-id]')]
      .filter((section) => section.getAttribute('data-visibility') !== 'hidden')
      .map((section) => section.id),
  );
  const shots: string[] = [];
  for (const [i, id] of ids.entries()) {
    await page.goto(`${server.url}#/${id}`);
    await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.bdFitted !== undefined);
    await page.waitForTimeout(700);
    const file = join(work, `${String(i).padStart(3, '0')}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }
  const cells = shots.map(
    (file, i) => `<figure><img src="${pathToFileURL(file).href}"><figcaption>${i + 1}. ${ids[i]}</figcaption></figure>`,
  );
  const sheet = join(work, 'sheet.html');
  writeFileSync(
    sheet,
    `<!doctype html><style>body{margin:8px;font:12px sans-serif;display:grid;grid-template-columns:repeat(${columns},320px);gap:8px}figure{margin:0}img{width:320px;height:180px;border:1px solid #999}figcaption{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}</style>${cells.join('')}`,
  );
  const viewer = await browser.newPage({ viewport: { width: columns * 328 + 16, height: 400 } });
  await viewer.goto(pathToFileURL(sheet).href);
  await viewer.waitForLoadState('load');
  await viewer.screenshot({ path: resolve(out), fullPage: true });
  console.log(`wrote ${out}: ${ids.length} slides`);
} finally {
  await close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
