import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openServedPage, type ServedPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { injectAxe, seriousAxeFindings, waitForDeck } from '../helpers/slides.js';

/** Whitespace-normalised text of an HTML fragment, as the page shows it. */
function textOf(page: Page, html: string): Promise<string> {
  return page.evaluate((fragment) => {
    const holder = document.createElement('div');
    holder.innerHTML = fragment;
    return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, html);
}

/** The ids of the slides the speaker view's two previews show: the current slide's, then the next one's. */
function previewIds(popup: Page): Promise<Array<string | undefined>> {
  return Promise.all(
    ['#current-slide iframe', '#upcoming-slide iframe'].map(async (selector) => {
      const frame = await (await popup.waitForSelector(selector)).contentFrame();
      await frame?.waitForFunction(() => window.Reveal?.isReady());
      return frame?.evaluate(() => window.Reveal.getCurrentSlide()?.id);
    }),
  );
}

/**
 * Presenting the reference deck, built with a 20-minute target and served over http as a
 * presenter would from the laptop: pacing, the speaker view, the keyboard, accessibility.
 */
describeBrowser('presenting the reference deck', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-present-'));
  let session: ServedPage;
  let page: Page;

  beforeAll(async () => {
    const result = runCli(['build', '--minutes', '20', '--out', join(outDir, 'deck')]);
    expect(result.status, result.stderr).toBe(0);
    session = await openServedPage(join(outDir, 'deck'));
    page = session.page;
    await page.goto(session.url);
    await waitForDeck(page);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('times every slide so that the timings sum to the target, and shows the total on the overview', async () => {
    const timing = await page.evaluate(() => ({
      seconds: window.Reveal.getSlides().map((slide) => Number(slide.getAttribute('data-timing'))),
      totalTime: (window.Reveal.getConfig() as { totalTime?: number }).totalTime,
      overview: document.querySelector('#overview .bd-duration')?.textContent,
    }));
    expect(timing.seconds.length).toBeGreaterThan(10);
    for (const seconds of timing.seconds) expect(seconds).toBeGreaterThan(0);
    expect(timing.seconds.reduce((a, b) => a + b, 0)).toBe(20 * 60);
    expect(timing.totalTime).toBe(20 * 60);
    expect(timing.overview).toBe('20 min in all');
  });

  it('opens the speaker view on S: the current slide’s notes, the next slide, the time and pacing', async () => {
    await page.evaluate(() => window.Reveal.slide(3, 1));
    const current = await page.evaluate(() => ({
      id: window.Reveal.getCurrentSlide()?.id,
      next: window.Reveal.getSlides()[window.Reveal.getSlidePastCount() + 1]?.id,
      notes: window.Reveal.getSlideNotes() ?? '',
    }));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const expected = await textOf(page, current.notes);
    expect(expected.length).toBeGreaterThan(100);
    const notesOf = (): Promise<string> =>
      popup.evaluate(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').replace(/\s+/g, ' ').trim());
    await popup.waitForFunction(
      (text) => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes(text.slice(0, 40)),
      expected,
    );
    expect(await notesOf()).toBe(expected);

    // The two previews are the deck itself: the current slide, and the one after it.
    // (They load as iframes of their own: on a busy machine that takes more than poll's default second.)
    await expect.poll(() => previewIds(popup), { timeout: 10_000 }).toEqual([current.id, current.next]);

    // Elapsed time runs, and pacing is shown because every slide has a timing.
    const clock = await popup.evaluate(() => ({
      pacingShown: getComputedStyle(document.querySelector('.speaker-controls-time .pacing') as HTMLElement).display !== 'none',
      pacingState: document.querySelector('.speaker-controls-time .pacing')?.className,
      elapsed: document.querySelector('.speaker-controls-time .timer .seconds-value')?.textContent,
    }));
    expect(clock.pacingShown).toBe(true);
    expect(clock.pacingState).toMatch(/pacing (ahead|on-track|behind)/);
    expect(clock.elapsed).toMatch(/^:\d\d$/);

    // Moving on in the main window moves the speaker view with it.
    await page.keyboard.press('ArrowDown');
    const nextNotes = await textOf(page, await page.evaluate(() => window.Reveal.getSlideNotes() ?? ''));
    expect(nextNotes).not.toBe(expected);
    await expect.poll(notesOf, { timeout: 10_000 }).toBe(nextNotes);
    await popup.close();
  });

  it('shows the next slide in the speaker view’s preview even when that preview loads after the deck’s state was sent', async () => {
    await page.evaluate(() => window.Reveal.slide(4, 0));
    const current = await page.evaluate(() => ({
      id: window.Reveal.getCurrentSlide()?.id,
      next: window.Reveal.getSlides()[window.Reveal.getSlidePastCount() + 1]?.id,
    }));
    // The speaker view loads its two previews with `?receiver`, and connects as soon as the current
    // slide's preview is ready: the preview of the next slide (`controls=false`), held back a while,
    // misses the state passed to it then (reveal.js sends it once).
    const slow = (url: URL): boolean => url.searchParams.has('receiver') && url.searchParams.get('controls') === 'false';
    await page.context().route(slow, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    try {
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      await expect.poll(() => previewIds(popup), { timeout: 10_000 }).toEqual([current.id, current.next]);
      await popup.close();
    } finally {
      await page.context().unroute(slow);
    }
  });

  it('steps through every slide, in order, with the keyboard alone', async () => {
    await page.evaluate(() => window.Reveal.slide(0, 0));
    await page.locator('body').focus();
    const order = await page.evaluate(() => window.Reveal.getSlides().map((slide) => slide.id));
    const visited = [await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)];
    for (let i = 1; i < order.length; i++) {
      await page.keyboard.press('Space');
      visited.push(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id));
    }
    expect(visited).toEqual(order);
    expect(await page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);

    // Home returns to the start; Right and Left move between groups, Down and Up within a group's stack.
    const at = (): Promise<{ h: number; v: number }> => page.evaluate(() => window.Reveal.getIndices() as { h: number; v: number });
    await page.keyboard.press('Home');
    expect(await at()).toMatchObject({ h: 0, v: 0 });
    // Reveal re-enters a stack at the slide last shown in it: start this stack from its top.
    await page.evaluate(() => window.Reveal.slide(3, 0));
    await page.keyboard.press('Home');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    expect(await at()).toMatchObject({ h: 3, v: 0 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await at()).toMatchObject({ h: 3, v: 2 });
    await page.keyboard.press('ArrowUp');
    expect(await at()).toMatchObject({ h: 3, v: 1 });
    await page.keyboard.press('ArrowLeft');
    expect((await at()).h).toBe(2);
  });

  it('lets the overview’s links be reached with Tab and followed with Enter', async () => {
    await page.evaluate(() => window.Reveal.slide(2, 0));
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let i = 0; i < 6 && !reached.includes('#/go-public'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).toContain('#/go-public');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('go-public');
  });

  it('has a language, a title, and one heading a slide in order: h1 on the title slide, h2 after it', async () => {
    const document_ = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      headings: window.Reveal.getSlides().map((slide) => [...slide.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)),
    }));
    expect(document_.lang).toBe('en');
    expect(document_.title).toBe('North Korea: Time for a Different Approach?');
    expect(document_.headings[0]).toEqual(['H1']);
    for (const headings of document_.headings.slice(1)) expect(headings).toEqual(['H2']);
  });

  it('shows the publication and date in a footer and the slide number, but no footer on the title slide', async () => {
    const chrome = (): Promise<{ footer: string | null; footerShown: boolean; number: string }> =>
      page.evaluate(() => {
        const footer = document.querySelector<HTMLElement>('.bd-footer');
        return {
          footer: footer?.textContent ?? null,
          footerShown: !!footer && getComputedStyle(footer).display !== 'none' && footer.getBoundingClientRect().height > 0,
          number: (document.querySelector('.slide-number')?.textContent ?? '').replace(/\s+/g, ''),
        };
      });
    await page.evaluate(() => window.Reveal.slide(1, 0));
    expect(await chrome()).toEqual({
      footer: 'The Peninsula · July 16, 2020',
      footerShown: true,
      number: `2/${await page.evaluate(() => window.Reveal.getTotalSlides())}`,
    });
    await page.evaluate(() => window.Reveal.slide(0, 0));
    expect((await chrome()).footerShown).toBe(false);
  });

  it('has no serious or critical WCAG 2.1 A/AA violation on any slide (axe-core)', async () => {
    await injectAxe(page);
    const findings = await seriousAxeFindings(page);
    expect(findings).toEqual([]);
  });
});
