import type { RevealApi } from 'reveal.js';

/**
 * Layout that fits: no slide's content may run outside the slide. Each slide whose content
 * overflows its content box (the slide at the deck's size, e.g. 1280×720, less its padding,
 * which keeps clear of the footer and the controls) is shrunk step by step: the slide's font
 * size, on which every em-based size and margin depends, goes down until the content fits,
 * while reading text (headings, bullets, paragraphs) never goes below MIN_TEXT_PX. Labels the
 * theme sets smaller than that (a kicker, "continued") keep their designed size.
 *
 * Slides whose content is too long to fit even then are split at build time (the outline's
 * continuation slides); a slide that still overflows is marked `data-bd-overflow` and
 * reported on the console, and the layout test fails on it.
 */

/** Smallest font size of reading text, in slide pixels (CSS pixels at the deck's size). */
export const MIN_TEXT_PX = 24;

/** Overflow smaller than this many slide pixels is rounding, not overflow. */
const TOLERANCE_PX = 1;

/** Binary-search steps between the smallest and the full size: 1/256 of the range is invisible. */
const STEPS = 8;

/** How far the slide's content sticks out of its content box on each side, in slide pixels (0 when inside). */
function measureOverflow(slide: HTMLElement): { top: number; right: number; bottom: number; left: number } {
  const box = slide.getBoundingClientRect();
  // Reveal scales the slides to the window; the ratio turns screen pixels back into slide pixels.
  const scale = slide.offsetWidth > 0 ? box.width / slide.offsetWidth : 1;
  const style = getComputedStyle(slide);
  const inset = (side: 'Top' | 'Right' | 'Bottom' | 'Left'): number =>
    (Number.parseFloat(style[`padding${side}`]) + Number.parseFloat(style[`border${side}Width`])) * scale;
  const content = {
    top: box.top + inset('Top'),
    right: box.right - inset('Right'),
    bottom: box.bottom - inset('Bottom'),
    left: box.left + inset('Left'),
  };
  const overflow = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const element of slide.querySelectorAll<HTMLElement>('*')) {
    if (element.closest('aside.notes')) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    overflow.top = Math.max(overflow.top, (content.top - rect.top) / scale);
    overflow.right = Math.max(overflow.right, (rect.right - content.right) / scale);
    overflow.bottom = Math.max(overflow.bottom, (rect.bottom - content.bottom) / scale);
    overflow.left = Math.max(overflow.left, (content.left - rect.left) / scale);
  }
  return overflow;
}

function overflows(slide: HTMLElement): boolean {
  const { top, right, bottom, left } = measureOverflow(slide);
  return Math.max(top, right, bottom, left) > TOLERANCE_PX;
}

/** Elements that hold text themselves (not only through their children), outside the notes. */
function textElements(slide: HTMLElement): HTMLElement[] {
  return [...slide.querySelectorAll<HTMLElement>('*')].filter(
    (element) =>
      !element.closest('aside.notes') &&
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
}

/**
 * Reveal hides slides away from the current one with `display: none`, and a slide cannot be
 * measured then: show the slide (and its stack) for the measurement, then restore them.
 */
function whileDisplayed<T>(slide: HTMLElement, measure: () => T): T {
  const forced: Array<{ element: HTMLElement; value: string; priority: string }> = [];
  for (let element: HTMLElement | null = slide; element?.matches('.slides section'); element = element.parentElement) {
    if (getComputedStyle(element).display !== 'none') continue;
    forced.push({ element, value: element.style.getPropertyValue('display'), priority: element.style.getPropertyPriority('display') });
    element.style.setProperty('display', 'block', 'important');
  }
  try {
    return measure();
  } finally {
    for (const { element, value, priority } of forced) {
      if (value) element.style.setProperty('display', value, priority);
      else element.style.removeProperty('display');
    }
  }
}

/**
 * Fits one slide (see the module comment); idempotent, so it can run again once fonts load.
 * The factor applied is left in `data-bd-fit` (absent when the slide fitted as designed).
 */
function fitSlide(slide: HTMLElement): void {
  whileDisplayed(slide, () => {
    const texts = textElements(slide);
    slide.style.removeProperty('font-size');
    for (const element of texts) element.style.removeProperty('font-size');
    slide.removeAttribute('data-bd-fit');
    slide.removeAttribute('data-bd-overflow');
    if (!overflows(slide)) return;

    const base = Number.parseFloat(getComputedStyle(slide).fontSize);
    const designed = new Map(texts.map((element) => [element, Number.parseFloat(getComputedStyle(element).fontSize)]));
    const largest = Math.max(...designed.values());
    const apply = (scale: number): void => {
      slide.style.fontSize = `${base * scale}px`;
      for (const [element, size] of designed) {
        // Labels keep their designed size; reading text shrinks with the slide down to the minimum.
        if (size < MIN_TEXT_PX) element.style.fontSize = `${size}px`;
        else if (size * scale < MIN_TEXT_PX) element.style.fontSize = `${MIN_TEXT_PX}px`;
        else element.style.removeProperty('font-size');
      }
    };
    // Below this scale every piece of reading text is at the minimum already (and a slide
    // without text has nothing to shrink).
    const lowest = designed.size > 0 ? Math.min(1, MIN_TEXT_PX / largest) : 1;
    apply(lowest);
    if (overflows(slide)) {
      slide.dataset.bdFit = lowest.toFixed(3);
      slide.dataset.bdOverflow = '';
      console.warn(`briefdeck: slide "${slide.id}" does not fit even with its text at ${MIN_TEXT_PX}px`);
      return;
    }
    let [fitting, tooLarge] = [lowest, 1];
    for (let step = 0; step < STEPS; step++) {
      const middle = (fitting + tooLarge) / 2;
      apply(middle);
      if (overflows(slide)) tooLarge = middle;
      else fitting = middle;
    }
    apply(fitting);
    slide.dataset.bdFit = fitting.toFixed(3);
  });
}

/**
 * Fits every slide once Reveal is ready, and again once web fonts have loaded if the slides
 * were waiting for any (a theme's embedded fonts change the text's size); `data-bd-fitted` on
 * the document element then tells tools and tests that the layout is final. The print view
 * (`?view=print`, PDF export) lays its pages out after `ready`, so there the slides are fitted
 * on its `pdf-ready` instead.
 * Slides added later (a live reload swapping the deck's sections) are fitted on the next frame.
 */
export function installFit(deck: RevealApi): void {
  const fitAll = (): void => {
    for (const slide of deck.getSlides()) fitSlide(slide);
  };
  const fitted = (): void => {
    document.documentElement.dataset.bdFitted = '';
  };
  const settle = (): void => {
    fitAll();
    // Measuring laid the slides out, which requests every web font they use: with none
    // pending the fit is final; otherwise it is done again once they are in.
    if (document.fonts.status === 'loaded') fitted();
    else
      void document.fonts.ready.then(() => {
        fitAll();
        fitted();
      });
  };
  deck.on('pdf-ready', settle);
  deck.on('ready', () => {
    // reveal.js 6 has isPrintView(); its bundled types name isPrintingPDF() instead, which it lacks.
    if (!(deck as RevealApi & { isPrintView(): boolean }).isPrintView()) settle();
    const slides = deck.getSlidesElement();
    if (!slides) return;
    let pending = false;
    new MutationObserver((records) => {
      const added = records.some((record) =>
        [...record.addedNodes].some((node) => node instanceof HTMLElement && node.tagName === 'SECTION'),
      );
      if (!added || pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        fitAll();
      });
    }).observe(slides, { childList: true, subtree: true });
  });
}
