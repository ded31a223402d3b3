import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { essayToOutline } from '../../src/pipeline.js';
import { describeBrowser, openServedPage, type ServedPage } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';
import { bodyParagraphs, occurrences } from '../helpers/invariants.js';

/** The built reference deck in real Chromium, checked through the Reveal API. */
describeBrowser('the built reference deck in Chromium', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-'));
  const { essay, outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
  let session: ServedPage;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const result = runCli(['build', '--out', join(outDir, 'deck')]);
    expect(result.status, result.stderr).toBe(0);
    session = await openServedPage(join(outDir, 'deck'));
    page = session.page;
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(session.url);
    await page.waitForFunction(() => window.Reveal?.isReady());
  });
  afterAll(async () => {
    await session?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('has one vertical stack per approach, in essay order', async () => {
    const stacks = await page.evaluate(() =>
      window.Reveal.getHorizontalSlides().map((section) => ({
        group: section.getAttribute('data-group'),
        kind: section.getAttribute('data-kind'),
        slides: section.querySelectorAll(':scope > section').length,
        stack: section.classList.contains('stack'),
      })),
    );
    const sections = stacks.filter((stack) => stack.kind === 'section');
    expect(sections.map((stack) => stack.group)).toEqual(['change-the-channel', 'invite-friends', 'go-public']);
    // A stack each, of the outline's slides: a divider and its points, or the one slide of a one-slide part.
    for (const stack of sections) {
      expect(stack.stack).toBe(true);
      expect(stack.slides).toBe(outline.groups.find((group) => group.id === stack.group)?.slides.length);
    }
    expect(sections.map((stack) => stack.slides)).toEqual([3, 3, 1]);
    expect(stacks.map((stack) => stack.group)).toEqual([
      'title',
      'context',
      'overview',
      'change-the-channel',
      'invite-friends',
      'go-public',
      'conclusion',
      'about',
    ]);
  });

  it('shows the title, author and date on the title slide', async () => {
    await page.evaluate(() => window.Reveal.slide(0, 0));
    const shown = await page.evaluate(() => {
      const slide = window.Reveal.getCurrentSlide() as HTMLElement;
      const box = slide.querySelector('h1')?.getBoundingClientRect();
      // innerText on purpose: the text as rendered, i.e. what the audience sees.
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what is checked
      return { text: slide.innerText, id: slide.id, headingVisible: !!box && box.width > 0 && box.bottom <= window.innerHeight };
    });
    expect(shown.id).toBe('title');
    expect(shown.headingVisible).toBe(true);
    expect(shown.text).toContain('North Korea: Time for a Different Approach?');
    expect(shown.text).toContain('Mark Tokola');
    expect(shown.text).toContain('July 16, 2020');
  });

  it('navigates into a stack with the keyboard', async () => {
    await page.evaluate(() => window.Reveal.slide(3, 0));
    await page.keyboard.press('ArrowDown');
    const indices = await page.evaluate(() => window.Reveal.getIndices());
    expect(indices).toMatchObject({ h: 3, v: 1 });
  });

  it('has every body sentence in the speaker notes exactly once', async () => {
    const notes = await page.evaluate(() =>
      window.Reveal.getSlides().map((slide) => {
        const holder = document.createElement('div');
        holder.innerHTML = window.Reveal.getSlideNotes(slide) ?? '';
        return holder.textContent ?? '';
      }),
    );
    const all = notes.join('\n');
    const sentences = bodyParagraphs(essay).flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences.length).toBe(63);
    expect(sentences.filter((sentence) => occurrences(all, sentence) !== 1)).toEqual([]);
  });

  it('shows no page chrome anywhere in the deck', async () => {
    const text = await page.evaluate(() => (document.querySelector('.reveal') as HTMLElement).textContent ?? '');
    expect(essay.removed.length).toBeGreaterThan(0);
    for (const removed of essay.removed) expect(text).not.toContain(removed.text);
  });

  it('makes no request off the machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    const external = requests.filter((url) => !url.startsWith(session.url) && !/^(data|blob):/.test(url));
    expect(external).toEqual([]);
  });

  it('runs opened from disk (file://), with no server: a classic script and stylesheets', async () => {
    const other = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    other.on('pageerror', (error) => errors.push(error.message));
    other.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await other.goto(pathToFileURL(join(outDir, 'deck', 'index.html')).href);
      await other.waitForFunction(() => window.Reveal?.isReady(), undefined, { timeout: 15_000 });
      const state = await other.evaluate(() => ({
        slides: window.Reveal.getTotalSlides(),
        theme: getComputedStyle(document.querySelector('.reveal') as Element)
          .getPropertyValue('--r-heading-color')
          .trim(),
      }));
      expect(state.slides).toBeGreaterThan(5);
      expect(state.theme).not.toBe('');
      expect(errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
