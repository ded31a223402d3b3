import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_TEXT_PX } from '../../src/client/fit.js';
import { THEMES } from '../../src/deck/options.js';
import { writeStaticDeck } from '../../src/export/static.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { describeBrowser, openServedPage, type ServedPage } from '../helpers/browser.js';
import { loadFixtures, ROOT } from '../helpers/fixtures.js';
import { injectAxe, measureSlides, overflowing, type SlideLayout, seriousAxeFindings, waitForDeck } from '../helpers/slides.js';

/**
 * An essay written to overfill every kind of slide: a 20-word title with a long subtitle and
 * publication, eight approaches (one with a 16-word title, one with 14 paragraphs, so a
 * 14-point agenda), a URL too long for a line, and three long author bios.
 */
const STRESS_ESSAY = join(ROOT, 'test', 'e2e', 'stress', 'essay.md');

/** A real page copy of fifteen parts, some titled with long questions: an overview that runs in two columns. */
const MANY_PARTS_ESSAY = join(ROOT, 'test', 'essay', 'passes', 'pages', 'trcglobalmobility-relocation.txt');

const decks = [
  ...loadFixtures().map((fixture) => ({ name: fixture.name, essay: fixture.essayPath })),
  { name: 'stress', essay: STRESS_ESSAY },
  { name: 'many-parts', essay: MANY_PARTS_ESSAY },
];

/** Every deck of this file, built into one folder and opened in one browser. */
const outRoot = mkdtempSync(join(tmpdir(), 'briefdeck-layout-'));
let shared: Promise<ServedPage> | null = null;
const sharedSession = (): Promise<ServedPage> => {
  shared ??= openServedPage(outRoot);
  return shared;
};
afterAll(async () => {
  await (await shared)?.close();
  rmSync(outRoot, { recursive: true, force: true });
});

/** Builds a deck in this process, as `briefdeck build` writes it (the command itself is tested in test/cli.test.ts). */
function buildInto(dir: string, essay: string, options: { minutes?: number; theme?: string }): void {
  mkdirSync(dir, { recursive: true });
  writeStaticDeck(buildFromLocation(locateDeck(essay), { options, flags: {} }), dir);
}

/** Minutes every fixture deck is built for: its slides' timings must add up to them. */
const TARGET_MINUTES = 15;

/**
 * Every fixture essay built and presented in Chromium at the deck's size (1280×720): no slide
 * has content outside the slide or reading text below the minimum size, the timings add up to
 * the target, axe finds nothing serious, and the speaker view shows the notes. The fixture
 * list is read when the tests start, so every essay added to test/fixtures is checked.
 */
describeBrowser('every fixture deck in Chromium', () => {
  const outDir = join(outRoot, 'fixtures');
  let session: ServedPage;
  let page: Page;
  const layouts = new Map<string, Promise<SlideLayout[]>>();

  /**
   * The deck in the page, loaded and measured once for all its tests (a deck that fails to
   * load fails each of them at once, rather than each waiting for its own timeout).
   */
  const open = (name: string): Promise<SlideLayout[]> => {
    let measured = layouts.get(name);
    if (!measured) {
      measured = (async () => {
        await page.goto(`${session.url}fixtures/${name}/`);
        await waitForDeck(page);
        await injectAxe(page);
        return measureSlides(page, MIN_TEXT_PX);
      })();
      layouts.set(name, measured);
    }
    return measured;
  };

  beforeAll(async () => {
    for (const deck of decks) buildInto(join(outDir, deck.name), deck.essay, { minutes: TARGET_MINUTES });
    session = await sharedSession();
    page = session.page;
  });

  describe.each(decks)('$name', ({ name }) => {
    it('has no slide whose content overflows the slide', async () => {
      const slides = await open(name);
      expect(slides.length).toBeGreaterThan(3);
      expect(overflowing(slides)).toEqual([]);
    });

    it(`keeps reading text at ${MIN_TEXT_PX}px or more`, async () => {
      const small = (await open(name)).flatMap((slide) => slide.smallText.map((text) => `${slide.id}: ${text}`));
      expect(small).toEqual([]);
    });

    it(`times the slides to add up to ${TARGET_MINUTES} minutes`, async () => {
      await open(name);
      const seconds = await page.evaluate(() => window.Reveal.getSlides().map((slide) => Number(slide.getAttribute('data-timing'))));
      expect(seconds.every((value) => value > 0)).toBe(true);
      expect(seconds.reduce((a, b) => a + b, 0)).toBe(TARGET_MINUTES * 60);
    });

    it('has no serious or critical WCAG 2.1 A/AA violation on any slide (axe-core)', async () => {
      await open(name);
      expect(await seriousAxeFindings(page)).toEqual([]);
    });

    it('shows a slide’s notes in the speaker view', async () => {
      await open(name);
      const notes = await page.evaluate(() => {
        const slide = window.Reveal.getSlides().find((candidate) => window.Reveal.getSlideNotes(candidate));
        if (!slide) return null;
        const { h, v } = window.Reveal.getIndices(slide);
        window.Reveal.slide(h, v);
        const holder = document.createElement('div');
        holder.innerHTML = window.Reveal.getSlideNotes(slide) ?? '';
        return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      expect(notes).toBeTruthy();
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      await expect
        .poll(
          () =>
            popup.evaluate(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').replace(/\s+/g, ' ').trim()),
          { timeout: 10_000 },
        )
        .toBe(notes);
      await popup.close();
    });
  });

  it('fits the stress essay by shrinking crowded slides and continuing the long bio on further slides', async () => {
    const stress = await open('stress');
    const fitted = stress.filter((slide) => slide.fit !== null).map((slide) => slide.id);
    // The long title and the eight-approach overview need fitting; ordinary slides do not.
    expect(fitted).toEqual(expect.arrayContaining(['title', 'overview']));
    expect(fitted.length).toBeLessThan(stress.length / 4);
    expect(stress.map((slide) => slide.id)).toEqual(expect.arrayContaining(['about', 'about-2', 'about-3']));
    // Nothing shrunk below the minimum, and the agenda of 14 points fits by running in columns.
    expect(Math.min(...stress.map((slide) => slide.smallestText))).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(stress.find((slide) => slide.id === 'price-congestion')?.fit).toBeNull();
  });
});

/**
 * Each theme briefdeck offers, on the stress essay: the layout still fits (the themes' type
 * sizes differ) and the footer, slide number and every slide pass axe's contrast rules.
 */
describeBrowser('every theme', () => {
  const outDir = join(outRoot, 'themes');
  let session: ServedPage;
  let page: Page;

  beforeAll(async () => {
    for (const theme of THEMES) buildInto(join(outDir, theme), STRESS_ESSAY, { theme });
    session = await sharedSession();
    page = session.page;
  });

  it.each([...THEMES])('%s fits every slide and has no serious or critical axe violation', async (theme) => {
    await page.goto(`${session.url}themes/${theme}/`);
    await waitForDeck(page);
    const slides = await measureSlides(page, MIN_TEXT_PX);
    expect(overflowing(slides)).toEqual([]);
    expect(slides.flatMap((slide) => slide.smallText)).toEqual([]);
    await injectAxe(page);
    // One slide of each kind.
    const findings = await seriousAxeFindings(page, ['title', 'context-network-ferry', 'overview', 'price-congestion', 'about']);
    expect(findings).toEqual([]);
  });
});
