import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './fixtures.js';

/** axe-core's browser build, injected into pages under test. */
export const AXE_SCRIPT = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Puts axe-core in the page. Through the DevTools protocol, not a script tag: the deck's
 * Content-Security-Policy (rightly) refuses an inline script it did not create.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
}

/**
 * Text the briefing layout sets smaller than the reading minimum on purpose: the kicker and
 * publication name over a title, the "(continued)" mark and the total time on the overview.
 */
export const LABELS = '.bd-kicker, .bd-publication, .bd-continued, .bd-duration';

/** Waits until Reveal is ready and the client has fitted every slide (src/client/fit.ts). */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady() && document.documentElement.dataset.bdFitted !== undefined);
  // Slides at rest: measurements and contrast are taken on the slide, not mid-transition.
  await page.evaluate(() => window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
}

export interface SlideLayout {
  id: string;
  /** How far content sticks out of the slide's content box, in slide pixels (0 when inside). */
  overflow: { top: number; right: number; bottom: number; left: number };
  /** Smallest font size of reading text on the slide (labels aside), in slide pixels. */
  smallestText: number;
  /** Text of the elements set smaller than that, for the failure message. */
  smallText: string[];
  /** `data-bd-fit`: the factor fitting applied, when it had to shrink the slide. */
  fit: string | null;
}

/**
 * Shows each slide in turn and measures it: every element's box against the slide's content
 * box (inside its padding, which keeps the footer and controls clear), in slide pixels at the
 * deck's size, whatever the window's scale; and the font size of every element holding text.
 */
export function measureSlides(page: Page, minimum: number): Promise<SlideLayout[]> {
  return page.evaluate(
    ({ labels, minimum }) =>
      window.Reveal.getSlides().map((slide) => {
        const { h, v } = window.Reveal.getIndices(slide);
        window.Reveal.slide(h, v);
        const box = slide.getBoundingClientRect();
        const scale = box.width / slide.offsetWidth;
        const style = getComputedStyle(slide);
        const px = (value: string): number => Number.parseFloat(value) * scale;
        const content = {
          top: box.top + px(style.paddingTop) + px(style.borderTopWidth),
          right: box.right - px(style.paddingRight) - px(style.borderRightWidth),
          bottom: box.bottom - px(style.paddingBottom) - px(style.borderBottomWidth),
          left: box.left + px(style.paddingLeft) + px(style.borderLeftWidth),
        };
        const overflow = { top: 0, right: 0, bottom: 0, left: 0 };
        let smallestText = Number.POSITIVE_INFINITY;
        const smallText: string[] = [];
        for (const element of slide.querySelectorAll<HTMLElement>('*')) {
          if (element.closest('aside.notes')) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          overflow.top = Math.max(overflow.top, (content.top - rect.top) / scale);
          overflow.right = Math.max(overflow.right, (rect.right - content.right) / scale);
          overflow.bottom = Math.max(overflow.bottom, (rect.bottom - content.bottom) / scale);
          overflow.left = Math.max(overflow.left, (content.left - rect.left) / scale);
          const ownText = [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
          );
          if (!ownText || element.closest(labels)) continue;
          const size = Number.parseFloat(getComputedStyle(element).fontSize);
          smallestText = Math.min(smallestText, size);
          if (size < minimum) smallText.push(`${size.toFixed(1)}px: ${(element.textContent ?? '').slice(0, 40)}`);
        }
        return { id: slide.id, overflow, smallestText, smallText, fit: slide.getAttribute('data-bd-fit') };
      }),
    { labels: LABELS, minimum },
  );
}

/** Slides whose content sticks out by more than a pixel of rounding, with by how much. */
export function overflowing(layouts: readonly SlideLayout[]): string[] {
  return layouts
    .filter(({ overflow }) => Math.max(overflow.top, overflow.right, overflow.bottom, overflow.left) > 1)
    .map(({ id, overflow }) => `${id}: ${JSON.stringify(overflow, (_, value) => (typeof value === 'number' ? Math.round(value) : value))}`);
}

export interface AxeFinding {
  slide: string;
  rule: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules, with each slide shown in turn (Reveal makes the
 * other slides `inert` and `hidden`, so axe sees what the audience sees): the serious and
 * critical findings. The whole page (document rules, footer, slide number, controls) is
 * checked on the first slide that shows the footer; every other run is limited to its slide,
 * which keeps a long deck's check linear in its size. The page must already hold axe
 * (`injectAxe`).
 */
export function seriousAxeFindings(page: Page, slideIds?: readonly string[]): Promise<AxeFinding[]> {
  return page.evaluate(async (ids) => {
    type AxeResult = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(context: Element | Document, options: object): Promise<AxeResult> } }).axe;
    const findings: Array<{ slide: string; rule: string; impact: string | null; targets: string[] }> = [];
    const slides = window.Reveal.getSlides().filter((slide) => !ids || ids.includes(slide.id));
    const whole = slides.find((slide) => slide.getAttribute('data-state') !== 'bd-title-slide') ?? slides[0];
    for (const slide of slides) {
      const { h, v } = window.Reveal.getIndices(slide);
      window.Reveal.slide(h, v);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const result = await axe.run(slide === whole ? document : slide, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      for (const violation of result.violations) {
        if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
        findings.push({
          slide: slide.id,
          rule: violation.id,
          impact: violation.impact,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        });
      }
    }
    return findings;
  }, slideIds);
}
