import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { essayToOutline } from '../../src/pipeline.js';
import { describeBrowser, type LaunchedBrowser, launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';
import { type StaticServer, serveDirectory } from '../helpers/static-server.js';

/**
 * A custom order built two ways — deck.yaml, and the CLI flags that win over it — checked in
 * Chromium through the Reveal API, with hidden slides gone by default and back with
 * `?showHiddenSlides=true`. (The third way, dragging in `briefdeck dev`, is in dev.test.ts.)
 */
describeBrowser('a reordered reference deck in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-order-'));
  const deckDir = join(work, 'deck');
  // The deck is built for 20 minutes (deck.yaml below), which sets its slides.
  const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') }, { minutes: 20 });
  const slidesOf = (group: string): string[] => outline.groups.find((g) => g.id === group)?.slides.map((s) => s.id) ?? [];
  // Change the Channel has the longest stack: its second and fourth slides swap places.
  const channel = slidesOf('change-the-channel');
  const [, cc2, , cc4] = channel as [string, string, string, string];
  const reordered = channel.map((id) => (id === cc2 ? cc4 : id === cc4 ? cc2 : id));
  const hiddenSlide = slidesOf('invite-friends')[1] as string;
  let fromFile: StaticServer;
  let fromCli: StaticServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    mkdirSync(deckDir);
    copyFileSync(REFERENCE_ESSAY, join(deckDir, 'essay.txt'));
    writeFileSync(
      join(deckDir, 'deck.yaml'),
      [
        '# Tuesday room',
        'order: [go-public, change-the-channel, invite-friends]   # lead with the offer',
        `slides: { change-the-channel: [${cc4}, ${cc2}] }`,
        `hide: [about, ${hiddenSlide}]`,
        'titles: { go-public: "Make a Public Offer" }',
        'minutes: 20',
        '',
      ].join('\n'),
    );
    const file = runCli(['build', deckDir, '--out', join(work, 'file')]);
    expect(file.status, file.stderr).toBe(0);
    const cli = runCli([
      'build',
      deckDir,
      '--out',
      join(work, 'cli'),
      '--order',
      'go-public,invite-friends,change-the-channel',
      '--hide',
      'conclusion',
    ]);
    expect(cli.status, cli.stderr).toBe(0);
    fromFile = await serveDirectory(join(work, 'file'));
    fromCli = await serveDirectory(join(work, 'cli'));
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
    await fromFile?.close();
    await fromCli?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await launched.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.waitForFunction(() => window.Reveal?.isReady());
    return page;
  }
  const groups = (page: Page): Promise<string[]> =>
    page.evaluate(() => window.Reveal.getHorizontalSlides().map((section) => section.getAttribute('data-group') ?? ''));
  const overview = (page: Page): Promise<string[]> =>
    page.evaluate(() => [...document.querySelectorAll('#overview .bd-overview a')].map((a) => a.getAttribute('href') ?? ''));
  const stack = (page: Page, group: string): Promise<string[]> =>
    page.evaluate(
      (id) => [...(document.querySelector(`section[data-group="${id}"]`)?.querySelectorAll(':scope > section') ?? [])].map((s) => s.id),
      group,
    );

  it('follows deck.yaml: group order, slide order, hidden slides, title override, target duration', async () => {
    const page = await open(fromFile.url);
    expect(await groups(page)).toEqual(['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion']);
    expect(await stack(page, 'change-the-channel')).toEqual(reordered);
    expect(await stack(page, 'invite-friends')).not.toContain(hiddenSlide);
    expect(await page.evaluate(() => document.querySelector('#go-public h2')?.textContent)).toBe('Make a Public Offer');
    expect(await page.evaluate(() => (window.Reveal.getConfig() as { totalTime?: number }).totalTime)).toBe(1200);
    // The overview announces the approaches in the deck's order, numbered as their slides count them.
    expect(await overview(page)).toEqual(['#/go-public', '#/change-the-channel', '#/invite-friends']);
    expect(await page.evaluate(() => document.querySelector('#go-public .bd-kicker')?.textContent)).toBe('1 of 3');
    // The speaker keeps the deck's order when stepping through it.
    await page.evaluate(() => window.Reveal.slide(4, 0));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe(cc4);
    await page.close();
  });

  it('keeps hidden slides in the page for a rehearsal with ?showHiddenSlides=true', async () => {
    const page = await open(`${fromFile.url}?showHiddenSlides=true`);
    expect(await groups(page)).toEqual([
      'title',
      'context',
      'overview',
      'go-public',
      'change-the-channel',
      'invite-friends',
      'conclusion',
      'about',
    ]);
    expect(await stack(page, 'invite-friends')).toContain(hiddenSlide);
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('[data-visibility="hidden"]')].map((el) => el.id || el.getAttribute('data-group')),
    );
    expect(marked).toEqual(expect.arrayContaining(['about', hiddenSlide]));
    await page.close();
  });

  it('lets --order and --hide win over deck.yaml', async () => {
    const page = await open(fromCli.url);
    expect(await groups(page)).toEqual(['title', 'context', 'overview', 'go-public', 'invite-friends', 'change-the-channel', 'about']);
    expect(await overview(page)).toEqual(['#/go-public', '#/invite-friends', '#/change-the-channel']);
    expect(await page.evaluate(() => document.querySelector('#change-the-channel .bd-kicker')?.textContent)).toBe('3 of 3');
    // --hide replaced the file's hide list, so the slide it hid is back.
    expect(await stack(page, 'invite-friends')).toContain(hiddenSlide);
    // The file's other settings still apply.
    expect(await stack(page, 'change-the-channel')).toEqual(reordered);
    await page.close();
  });

  it('ships none of the dev server’s live-update or reorder code in a build', () => {
    const assets = join(work, 'file', 'assets');
    const shipped = readdirSync(assets).map((name) => readFileSync(join(assets, name), 'utf8'));
    expect(shipped.length).toBeGreaterThan(0);
    for (const text of shipped) {
      expect(text).not.toContain('/__briefdeck/order');
      expect(text).not.toContain('briefdeck:update');
      expect(text).not.toContain('bd-reorder');
    }
  });
});
