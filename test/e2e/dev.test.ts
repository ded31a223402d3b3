import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { essayToOutline } from '../../src/pipeline.js';
import { deckViteConfig } from '../../src/vite/config.js';
import type { ReorderResponse } from '../../src/vite/events.js';
import { describeBrowser, type LaunchedBrowser, launchBrowser } from '../helpers/browser.js';
import { runMain } from '../helpers/cli.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

/**
 * `briefdeck dev` in real Chromium: the Vite dev server on a temporary copy of the reference
 * deck. Edits to deck.yaml and the essay reach the open page through HMR, keeping the current
 * slide, with no page load; a bad deck.yaml shows the overlay and keeps the last good deck;
 * dragging in the overview writes deck.yaml, keeping its comments.
 */
describeBrowser('briefdeck dev in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-dev-'));
  const deckDir = join(work, 'deck');
  const configPath = join(deckDir, 'deck.yaml');
  const essayPath = join(deckDir, 'essay.txt');
  // A 25-minute talk: stacks long enough to drag a slide within one (HEADER sets it).
  const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') }, { minutes: 25 });
  const slidesOf = (group: string): string[] => outline.groups.find((g) => g.id === group)?.slides.map((s) => s.id) ?? [];
  const HEADER = '# Deck settings for the Tuesday briefing.\ntheme: briefing   # house style\naspect: "16:9"\nminutes: 25\n\n';
  let server: ViteDevServer;
  let launched: LaunchedBrowser;
  let page: Page;
  let loads = 0;
  let moves = 0;
  /** What the dev server reported as errors in the terminal. */
  const logged: string[] = [];

  const groupOrder = (): Promise<string[]> =>
    page.evaluate(() => window.Reveal.getHorizontalSlides().map((section) => section.getAttribute('data-group') ?? ''));
  const current = (): Promise<{ id: string; h: number; v: number }> =>
    page.evaluate(() => {
      const { h, v } = window.Reveal.getIndices();
      return { id: window.Reveal.getCurrentSlide().id, h, v };
    });
  const slide = (id: string) => page.locator(`section[id="${id}"]`);
  /** Set once on the page; a reload would lose it. */
  const marker = (): Promise<string | undefined> => page.evaluate(() => (window as Window & { bdMarker?: string }).bdMarker);
  const waitForGroups = (groups: string[]): Promise<unknown> =>
    page.waitForFunction(
      (want) =>
        window.Reveal.getHorizontalSlides()
          .map((section) => section.getAttribute('data-group'))
          .join() === want.join(),
      groups,
      { polling: 'raf', timeout: 5000 },
    );

  beforeAll(async () => {
    mkdirSync(deckDir);
    copyFileSync(REFERENCE_ESSAY, essayPath);
    writeFileSync(configPath, HEADER);
    const config = deckViteConfig({ source: deckDir });
    server = await createServer({
      ...config,
      // Its own optimizer cache, so that nothing is written into the repository.
      cacheDir: join(work, 'vite-cache'),
      customLogger: {
        ...createLogger('silent'),
        error: (message: string) => {
          logged.push(message);
        },
      },
      server: { ...config.server, host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the dev server has no local URL');
    launched = await launchBrowser();
    page = await launched.browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('load', () => {
      loads++;
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/__briefdeck/order')) moves++;
    });
    const connected = page.waitForEvent('console', (message) => message.text().includes('[vite] connected'));
    await page.goto(url);
    await connected;
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.evaluate(() => Object.assign(window, { bdMarker: 'first load' }));
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reorders the open page when deck.yaml changes, on the same slide, without a reload', async () => {
    const stay = slidesOf('invite-friends')[1] as string;
    await page.evaluate((id) => {
      const { h, v } = window.Reveal.getIndices(document.getElementById(id) ?? undefined);
      window.Reveal.slide(h, v);
    }, stay);
    expect(await current()).toMatchObject({ id: stay, h: 4, v: 1 });

    const started = performance.now();
    writeFileSync(configPath, `${HEADER}order: [go-public, change-the-channel, invite-friends]   # lead with the offer\n`);
    await waitForGroups(['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion', 'about']);
    const latency = Math.round(performance.now() - started);
    console.info(`briefdeck dev: deck.yaml write → page reordered in ${latency} ms`);

    expect(latency).toBeLessThan(1000);
    expect(await current()).toMatchObject({ id: stay, h: 5, v: 1 });
    expect(await marker()).toBe('first load');
    expect(loads).toBe(1);
  });

  it('updates the page when the essay changes', async () => {
    const before = await current();
    const essay = readFileSync(essayPath, 'utf8');
    expect(essay).toContain('North Korea: Time for a Different Approach?');
    const started = performance.now();
    writeFileSync(essayPath, essay.replace('North Korea: Time for a Different Approach?', 'North Korea: Time for a Fresh Approach?'));
    await page.waitForFunction(
      () => document.querySelector('#title h1')?.textContent === 'North Korea: Time for a Fresh Approach?',
      undefined,
      {
        polling: 'raf',
        timeout: 5000,
      },
    );
    console.info(`briefdeck dev: essay write → page updated in ${Math.round(performance.now() - started)} ms`);
    expect(await page.title()).toBe('North Korea: Time for a Fresh Approach?');
    expect(await current()).toEqual(before);
    expect(await marker()).toBe('first load');
    expect(loads).toBe(1);
  });

  it('takes the slides from an outline.md written beside the essay, and updates the page as it is edited, on the same slide', async () => {
    const outlinePath = join(deckDir, 'outline.md');
    const written = await runMain(['outline', deckDir, '--write']);
    expect(written.status, written.stderr).toBe(0);
    const text = readFileSync(outlinePath, 'utf8');
    const bullet = /^- (.+?) <!-- \d+:\d+ -->$/m.exec(text)?.[1];
    if (!bullet) throw new Error('outline.md has no bullet');
    const before = await current();
    const started = performance.now();
    writeFileSync(outlinePath, text.replace(`- ${bullet}`, '- A point the presenter wrote in their own words.'));
    await page.waitForFunction(
      () => [...document.querySelectorAll('.slides li')].some((li) => li.textContent === 'A point the presenter wrote in their own words.'),
      undefined,
      { polling: 'raf', timeout: 5000 },
    );
    console.info(`briefdeck dev: outline.md write → page updated in ${Math.round(performance.now() - started)} ms`);
    expect(await current()).toEqual(before);
    expect(loads).toBe(1);
    // Without the file, the slides are the essay's own again.
    rmSync(outlinePath);
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.slides li')].some((li) => li.textContent === 'A point the presenter wrote in their own words.'),
      undefined,
      { polling: 'raf', timeout: 5000 },
    );
  });

  it('waits for a save an editor makes by truncating then writing, instead of reporting an empty essay', async () => {
    const text = readFileSync(essayPath, 'utf8');
    const before = logged.length;
    writeFileSync(essayPath, '');
    await new Promise((done) => setTimeout(done, 120));
    writeFileSync(essayPath, text);
    await new Promise((done) => setTimeout(done, 900));
    expect(logged.slice(before)).toEqual([]);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });

  it('shows the error overlay for a bad deck.yaml and keeps the last good deck until it is fixed', async () => {
    const groups = await groupOrder();
    writeFileSync(configPath, `${HEADER}order: [go-publik]\n`);
    await page.waitForSelector('vite-error-overlay', { timeout: 5000 });
    const overlay = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    expect(overlay).toContain(`${configPath}:6:9: unknown group id "go-publik": did you mean "go-public"?`);
    expect(await groupOrder()).toEqual(groups);
    // One save, one message in the terminal (the watcher and the stat poll both see it).
    await new Promise((done) => setTimeout(done, 800));
    expect(logged.filter((message) => message.includes('go-publik'))).toHaveLength(1);
    // Esc closes the overlay, and does not also open Reveal's overview.
    await page.keyboard.press('Escape');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);

    writeFileSync(configPath, `${HEADER}order: [go-public, change-the-channel, invite-friends]   # lead with the offer\nhide: [about]\n`);
    // Hidden slides leave the page as they do at start (no ?showHiddenSlides).
    await waitForGroups(['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion']);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(await marker()).toBe('first load');
    expect(loads).toBe(1);
  });

  it('writes a dragged group order to deck.yaml, keeping its comments, and shows it', async () => {
    // Centre the overview on change-the-channel so that its neighbours are on screen.
    await page.evaluate(() => window.Reveal.slide(4, 0));
    await page.keyboard.press('o');
    await page.waitForFunction(() => window.Reveal.isOverview());
    await expect.poll(() => page.locator('.bd-reorder').isVisible()).toBe(true);

    // Drop invite-friends (its column's top slide) on the left half of go-public's column.
    await slide('invite-friends').dragTo(slide('go-public'), { targetPosition: { x: 20, y: 60 } });
    await waitForGroups(['title', 'context', 'overview', 'invite-friends', 'go-public', 'change-the-channel', 'conclusion']);
    expect(readFileSync(configPath, 'utf8')).toBe(
      `${HEADER}order: [invite-friends, go-public, change-the-channel]   # lead with the offer\nhide: [about]\n`,
    );
    expect(await current()).toMatchObject({ id: 'change-the-channel', h: 5, v: 0 });
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await expect
      .poll(() => page.locator('.bd-reorder-message').textContent())
      .toMatch(/^Saved order: \[invite-friends, go-public, change-the-channel\]/);
    expect(await marker()).toBe('first load');
    expect(loads).toBe(1);
  });

  it('writes a dragged slide order within a group, and refuses a drop in another group', async () => {
    const channel = slidesOf('change-the-channel');
    expect(channel.length).toBeGreaterThanOrEqual(4);
    const [first, second, third, fourth] = channel as [string, string, string, string];
    await page.keyboard.press('o');
    await page.waitForFunction(() => !window.Reveal.isOverview());
    // change-the-channel is now the sixth column; centring on its third slide shows the first four.
    await page.evaluate(() => window.Reveal.slide(5, 2));
    await page.keyboard.press('o');
    await page.waitForFunction(() => window.Reveal.isOverview());
    const before = readFileSync(configPath, 'utf8');

    // A slide cannot leave its group: dropping it on another column is refused, nothing is sent.
    const sent = moves;
    // (Go Public is one slide, in the top row, whose top the overview has scrolled off: dropped near its bottom.)
    const other = slide(slidesOf('go-public')[0] as string);
    const otherBox = await other.boundingBox();
    if (!otherBox) throw new Error('the other column is not on screen');
    await slide(fourth).dragTo(other, { targetPosition: { x: 20, y: otherBox.height - 10 } });
    expect(moves).toBe(sent);
    expect(readFileSync(configPath, 'utf8')).toBe(before);

    // Drop the fourth slide on the top half of the second: it goes just before it.
    await slide(fourth).dragTo(slide(second), { targetPosition: { x: 200, y: 20 } });
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('section[data-group="change-the-channel"] > section')].map((s) => s.id).join() === want.join(),
      [first, fourth, second, third, ...channel.slice(4)],
      { timeout: 5000 },
    );
    expect(moves).toBe(sent + 1);
    expect(readFileSync(configPath, 'utf8')).toBe(`${before}slides:\n  change-the-channel: [${fourth}, ${second}, ${third}]\n`);
    expect(await current()).toMatchObject({ id: third, h: 5, v: 3 });
    expect(await marker()).toBe('first load');
    expect(loads).toBe(1);

    // Dropped back below the third, the column is in the essay's order again: no empty list stays behind.
    const box = await slide(third).boundingBox();
    if (!box) throw new Error('the third slide is not on screen');
    await slide(fourth).dragTo(slide(third), { targetPosition: { x: box.width / 2, y: box.height - 4 } });
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('section[data-group="change-the-channel"] > section')].map((s) => s.id).join() === want.join(),
      channel,
      { timeout: 5000 },
    );
    expect(readFileSync(configPath, 'utf8')).toBe(before);
  });

  it('steps the overview while a drag waits at the window’s edge, so the sixth slide of a long column can be reached', async () => {
    const channel = slidesOf('change-the-channel');
    expect(channel.length).toBeGreaterThanOrEqual(6);
    const [first, second, ...rest] = channel as [string, string, ...string[]];
    const sixth = channel[5] as string;
    if (await page.evaluate(() => window.Reveal.isOverview())) {
      await page.keyboard.press('o');
      await page.waitForFunction(() => !window.Reveal.isOverview());
    }
    await page.evaluate((id) => {
      const { h } = window.Reveal.getIndices(document.getElementById(id) as HTMLElement);
      window.Reveal.slide(h, 0);
    }, first);
    await page.keyboard.press('o');
    await page.waitForFunction(() => window.Reveal.isOverview());
    const onScreen = async (id: string): Promise<boolean> => {
      const box = await slide(id).boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 720;
    };
    expect(await onScreen(sixth)).toBe(false);
    const start = await slide(second).boundingBox();
    if (!start) throw new Error('the second slide is not on screen');
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    // Held at the bottom edge, moving a little as a hand does, until the sixth slide comes into view.
    for (let step = 0; step < 40 && !(await onScreen(sixth)); step++) {
      await page.mouse.move(640 + (step % 2), 715);
      await page.waitForTimeout(100);
    }
    expect(await onScreen(sixth)).toBe(true);
    const target = await slide(sixth).boundingBox();
    if (!target) throw new Error('the sixth slide is not on screen');
    await page.mouse.move(target.x + target.width / 2, target.y + target.height - 4, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('section[data-group="change-the-channel"] > section')].map((s) => s.id).join() === want.join(),
      [first, ...rest, second],
      { timeout: 5000 },
    );
  });

  it('answers a move the server refuses with the message, and writes nothing', async () => {
    const before = readFileSync(configPath, 'utf8');
    const move = { kind: 'slide', id: slidesOf('invite-friends')[1], target: slidesOf('change-the-channel')[1], place: 'before' };
    const answer = await page.evaluate(async (body) => {
      const response = await fetch('/__briefdeck/order', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as ReorderResponse };
    }, move);
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      ok: false,
      error: `slide "${move.id}" belongs to group "invite-friends", not "change-the-channel"\n  Slides move within their group; drag a column's top slide to move the whole group.`,
    });
    expect(readFileSync(configPath, 'utf8')).toBe(before);
  });
  // Last, because it reloads the page: the tests above count on the first load.
  // dracula rather than black: the same swap, without black's 575 KB of inlined fonts.
  it('switches the theme with one reload that comes back to the same slide', async () => {
    const background = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor);
    const stay = slidesOf('invite-friends')[1] as string;
    await page.evaluate((id) => {
      if (window.Reveal.isOverview()) window.Reveal.toggleOverview(false);
      const { h, v } = window.Reveal.getIndices(document.getElementById(id) ?? undefined);
      window.Reveal.slide(h, v);
    }, stay);
    const briefing = await background();
    const before = loads;
    writeFileSync(configPath, readFileSync(configPath, 'utf8').replace('theme: briefing', 'theme: dracula'));
    await expect.poll(() => loads, { timeout: 15_000 }).toBe(before + 1);
    await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.theme === 'dracula', undefined, {
      timeout: 15_000,
    });
    expect(await background()).not.toBe(briefing);
    expect((await current()).id).toBe(stay);
    writeFileSync(configPath, readFileSync(configPath, 'utf8').replace('theme: dracula', 'theme: briefing'));
    await expect.poll(() => loads, { timeout: 15_000 }).toBe(before + 2);
    await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.theme === 'briefing', undefined, {
      timeout: 15_000,
    });
    expect(await background()).toBe(briefing);
    expect((await current()).id).toBe(stay);
  });
});
