import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDeckOptions } from '../../src/cli/shared.js';
import { scriptText } from '../../src/export/static.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { describeBrowser, type LaunchedBrowser, launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { waitForDeck } from '../helpers/slides.js';

/** The single-file deck: one .html that a presenter can copy to a laptop and open from disk, offline. */
describeBrowser('the single-file deck opened from file://', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-single-'));
  const file = join(outDir, 'briefing', 'deck.html');
  const url = pathToFileURL(file).href;
  let launched: LaunchedBrowser;
  let page: Page;
  let stdout = '';
  const requests: string[] = [];

  beforeAll(async () => {
    const result = runCli(['build', '--single-file', '--minutes', '20', '--out', file]);
    expect(result.status, result.stderr).toBe(0);
    stdout = result.stdout;
    launched = await launchBrowser();
    // A context, not a page: requests from the speaker view's window and its frames are seen too.
    const context = await launched.browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    await page.goto(url);
    await waitForDeck(page);
  });
  afterAll(async () => {
    await launched?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is one file that refers to nothing outside itself', () => {
    expect(readdirSync(join(outDir, 'briefing'))).toEqual(['deck.html']);
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const references = [...document.querySelectorAll('[src], link[href], img, iframe, object, embed')].map((element) =>
      element.outerHTML.slice(0, 80),
    );
    expect(references).toEqual([]);
    // One script with the code, and the deck's Reveal options as data (src/render/html.ts).
    expect(document.querySelectorAll('script:not([type="application/json"])').length).toBe(1);
    expect(document.querySelectorAll('script[type="application/json"]').length).toBe(1);
    expect(document.querySelectorAll('style').length).toBe(1);
    expect(document.querySelector('style')?.textContent).not.toMatch(/url\(\s*['"]?(?!data:|#)[^)]/);
    const bytes = statSync(file).size;
    expect(stdout).toContain(`(${Math.round(bytes / 1024)} KB, one file)`);
    // Reveal, the notes plugin and the theme: a few hundred KB, far from a font-embedding megabyte.
    expect(bytes).toBeLessThan(400 * 1024);
  });

  it('starts the deck with its theme, and navigates with the keyboard', async () => {
    const state = await page.evaluate(() => ({
      protocol: location.protocol,
      slides: window.Reveal.getTotalSlides(),
      heading: getComputedStyle(document.querySelector('h1') as HTMLElement).color,
      current: window.Reveal.getCurrentSlide()?.id,
    }));
    const built = buildFromLocation(locateDeck(undefined), cliDeckOptions({ minutes: 20 }));
    const slides = built.deck.groups.reduce((n, group) => n + group.slides.length, 0);
    expect(state).toEqual({ protocol: 'file:', slides, heading: 'rgb(11, 37, 69)', current: 'title' });
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.Reveal.getIndices())).toMatchObject({ h: 1, v: 0 });
  });

  it('opens the speaker view with the current slide’s notes from disk', async () => {
    await page.evaluate(() => window.Reveal.slide(4, 1));
    const notes = await page.evaluate(() => {
      const holder = document.createElement('div');
      holder.innerHTML = window.Reveal.getSlideNotes() ?? '';
      return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    expect(notes.length).toBeGreaterThan(100);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const shown = (): Promise<string> =>
      popup.evaluate(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    await expect.poll(shown, { timeout: 10_000 }).toBe(notes);
    const current = await (await popup.waitForSelector('#current-slide iframe')).contentFrame();
    await current?.waitForFunction(() => window.Reveal?.isReady());
    await expect
      .poll(() => current?.evaluate(() => window.Reveal.getCurrentSlide()?.id))
      .toBe(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id));
    await popup.close();
  });

  it('makes no request off the machine: only the file itself, also from the speaker view', () => {
    expect(requests.length).toBeGreaterThan(0);
    const elsewhere = requests.filter((request) => !request.startsWith(url) && !/^(data|blob):/.test(request) && request !== 'about:blank');
    expect(elsewhere).toEqual([]);
  });

  it('replaces an earlier single-file deck, but no other file, and wants a .html name', () => {
    expect(runCli(['build', '--single-file', '--source-map', '--out', file]).status).toBe(0);
    expect(readdirSync(join(outDir, 'briefing')).sort()).toEqual(['deck.html', 'deck.sourcemap.json']);
    expect(Object.keys(JSON.parse(readFileSync(join(outDir, 'briefing', 'deck.sourcemap.json'), 'utf8')).slides)).toContain('title');
    const other = join(outDir, 'notes.html');
    writeFileSync(other, '<p>my own notes</p>');
    const refused = runCli(['build', '--single-file', '--out', other]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('refusing to overwrite a file that is not a briefdeck deck');
    expect(readFileSync(other, 'utf8')).toBe('<p>my own notes</p>');
    const unnamed = runCli(['build', '--single-file', '--out', join(outDir, 'deck')]);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain('give --out a file name ending in .html');
  });
});

describe('scriptText', () => {
  it('escapes every </script so the page’s parser cannot end the script early', () => {
    expect(scriptText('const a = "</script>"; const b = `</SCRIPT `;')).toBe('const a = "<\\/script>"; const b = `<\\/SCRIPT `;');
  });

  it('accepts comment-like text that closes, and refuses text that would swallow the closing tag', () => {
    expect(scriptText('x = "<!-- <script> -->"; y = /<!-->/;')).toBe('x = "<!-- <script> -->"; y = /<!-->/;');
    expect(() => scriptText('x = "<!-- <script>";')).toThrow(/cannot be inlined/);
  });
});
