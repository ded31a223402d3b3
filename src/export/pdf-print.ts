import type { Browser, Page } from 'playwright-core';
import { BriefdeckError } from '../errors.js';

/**
 * The browser half of the PDF export: opens a built deck in Reveal's print view, lays out
 * the notes pages or handouts around Reveal's `.pdf-page`s, and prints once.
 *
 * Reveal's own `showNotes` is not used: `'separate-page'` leaves a trailing blank page and
 * `'inline'` overlays the notes on the slide, cut at the page edge. Instead the notes go in
 * ordinary flowing blocks on named CSS pages, so Chromium breaks long notes onto further
 * pages. Everything stays HTML text: nothing is a screenshot, all text is selectable.
 *
 * The functions named `inPage…` run in the browser (page.evaluate / addInitScript): they may
 * use nothing from outside their own body.
 */

export const NOTES_MODES = ['none', 'page', 'handout'] as const;
export type NotesMode = (typeof NOTES_MODES)[number];

/** What the print layout found and did, read back from the page before printing. */
export interface PrintLayout {
  /** Ids of the printed slides, in page order (hidden slides are not among them). */
  slideIds: string[];
  /** Ids of the slides whose notes are not empty. */
  notedIds: string[];
  /** Width of a slide page, CSS px. */
  pageWidth: number;
  /** Slides whose content reaches past the page edge, which cuts it off. */
  clipped: Array<{ id: string; right: number; bottom: number }>;
}

export interface PrintedDeck {
  pdf: Uint8Array;
  layout: PrintLayout;
}

/** Handout paper: A4 portrait, as presenter handouts are; the slide is scaled to the text width. */
const HANDOUT = { widthMm: 210, heightMm: 297, marginTopMm: 14, marginSideMm: 16 };
const PX_PER_MM = 96 / 25.4;

/** How long the deck may take to load and lay itself out for print. */
const LAYOUT_TIMEOUT_MS = 30_000;

/**
 * Added before Reveal lays out the print view. A slide gets the deck's height (Reveal sets only
 * its width; the deck's `height: 100%` would take the taller page's height), each page its
 * footer, as on screen, and the list of links to every slide (see inPageArrange) stays unseen.
 */
function slideStylesheet(slideHeight: number): string {
  return `
html.print-pdf .reveal .slides .pdf-page > section { height: ${slideHeight}px; }
.reveal .slides .pdf-page > .bd-footer { display: block; }
.bd-print-nav { display: none; }
`;
}

/**
 * Notes pages (`--notes page`), in the theme's colours like the slides between them, and
 * handouts (`--notes handout`, A4), dark on white paper whatever the theme. A notes page is a slide-sized
 * page whose padding repeats on every page its notes flow onto (box-decoration-break); a named
 * @page with margins instead left a blank page at the end of the document.
 */
function notesStylesheet(): string {
  const { widthMm, heightMm, marginTopMm, marginSideMm } = HANDOUT;
  return `
.reveal .slides article.bd-notes-page {
  break-before: page;
  padding: 48px 72px 56px;
  box-decoration-break: clone;
  text-align: left;
  font-size: 24px;
  line-height: 1.45;
  color: var(--r-main-color, #1d2733);
  font-family: var(--r-main-font, sans-serif);
}
.reveal .slides article.bd-notes-page + .pdf-page { break-before: page; }
.bd-notes-kicker {
  margin: 0 0 0.3em;
  font-size: 15px;
  font-weight: 700;
  letter-spacing: 0.1em;
  text-transform: uppercase;
  color: var(--bd-muted, var(--r-main-color, #4b5563));
}
.reveal .slides article.bd-notes-page h2 {
  margin: 0 0 0.8em;
  padding-bottom: 0.3em;
  font-size: 30px;
  text-transform: none;
  border-bottom: 2px solid var(--bd-rule, currentColor);
}
.reveal .slides .bd-notes-text p { margin: 0 0 0.75em; }

@page bd-handout { size: ${widthMm}mm ${heightMm}mm; margin: ${marginTopMm}mm ${marginSideMm}mm; }
html.bd-handouts body {
  page: bd-handout;
  background: #ffffff !important;
  width: auto !important;
  height: auto !important;
}
/* On the notes only: the slide in the frame keeps the deck's own styles. */
.reveal .slides .bd-handout .bd-notes-text {
  text-align: left;
  font-size: 11pt;
  line-height: 1.45;
  color: #1d2733;
  font-family: var(--r-main-font, sans-serif);
}
.reveal .slides article.bd-handout + article.bd-handout { break-before: page; }
/* A fixed, contained box: without containment the scaled page's slide number made Chromium
   shrink whole handouts to 2/3; a border, unlike an outline, is not painted onto the page before. */
.bd-handout-frame {
  position: relative;
  overflow: hidden;
  contain: strict;
  break-inside: avoid;
  border: 1px solid #b8c0cc;
  margin: 0 0 7mm;
}
.reveal .slides .bd-handout-frame > .pdf-page {
  transform-origin: 0 0;
  break-after: auto !important;
  page-break-after: auto !important;
}
/* Positioned like the frame, so it is painted after it: the PDF's text then reads slide, then notes. */
.reveal .slides .bd-handout .bd-notes-text { position: relative; }
.reveal .slides .bd-handout .bd-notes-text p { margin: 0 0 0.6em; }
`;
}

/**
 * In the page, before any deck script: once the document's stylesheets are in, adds `css` and
 * takes two declarations out of Reveal's print CSS. Reveal gives every slide
 * `padding: 0 !important; display: block !important`, which loses the deck's own spacing and
 * flex layouts (a centred title slide prints at the top); without them the deck's stylesheet
 * applies as on screen, and Reveal still shows every slide (an inline `display: block`).
 */
function inPagePrepare(css: string): void {
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSStyleRule && /\.reveal-print \.reveal \.slides section$/.test(rule.selectorText)) {
          rule.style.removeProperty('padding');
          rule.style.removeProperty('display');
        }
      }
    }
  });
}

/**
 * In the page: what Reveal's print view produced, before anything is moved. Also rewrites
 * links: Reveal's `#/id` routes become `#id`, which Chromium prints as links inside the PDF;
 * a link to a slide that is not printed, or to the temporary local server, is dropped.
 */
function inPageInspect(): Pick<PrintLayout, 'slideIds' | 'pageWidth'> {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page'));
  const slideIds = pages.map((page) => page.querySelector<HTMLElement>(':scope > section[id]')?.id ?? '');
  const printed = new Set(slideIds);
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#/')) {
      const id = decodeURIComponent(href.slice(2).split('/')[0] ?? '');
      if (printed.has(id)) link.setAttribute('href', `#${id}`);
      else link.removeAttribute('href');
    } else if (!href.startsWith('#') && new URL(link.href).origin === window.location.origin) {
      link.removeAttribute('href');
    }
  }
  return { slideIds, pageWidth: pages[0]?.offsetWidth ?? 0 };
}

interface ArrangeRequest {
  notes: NotesMode;
  css: string;
  /** Handout text width in CSS px: the slide is scaled to it. */
  handoutWidth: number;
  pageWidth: number;
}

/**
 * In the page: measures each slide's content against its page (which clips it), then adds a
 * hidden list of links to every slide (Chromium writes a named destination, the slide's id, for
 * each link target: that is how each slide's page is found in the PDF afterwards), each page's
 * footer, and the notes pages or handouts. Slides with empty notes get no notes page.
 */
function inPageArrange(request: ArrangeRequest): Pick<PrintLayout, 'notedIds' | 'clipped'> {
  const reveal = (window as unknown as { Reveal: { getSlideNotes(slide: HTMLElement): string | null } }).Reveal;
  const style = document.createElement('style');
  style.textContent = request.css;
  document.head.append(style);
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page'));
  const slideOf = (page: HTMLElement): HTMLElement | null => page.querySelector<HTMLElement>(':scope > section[id]');

  const clipped: PrintLayout['clipped'] = [];
  for (const page of pages) {
    const slide = slideOf(page);
    if (!slide) continue;
    const bounds = page.getBoundingClientRect();
    const content = document.createRange();
    content.selectNodeContents(slide);
    const box = content.getBoundingClientRect();
    const right = Math.round(box.right - bounds.right);
    const bottom = Math.round(box.bottom - bounds.bottom);
    if (box.width > 0 && (right > 0 || bottom > 0)) clipped.push({ id: slide.id, right, bottom });
  }

  const nav = document.createElement('nav');
  nav.className = 'bd-print-nav';
  const footer = document.querySelector('.reveal > .bd-footer');
  const noted: string[] = [];
  if (request.notes === 'handout') document.documentElement.classList.add('bd-handouts');
  pages.forEach((page, index) => {
    const slide = slideOf(page);
    if (!slide) return;
    const link = document.createElement('a');
    link.href = `#${slide.id}`;
    nav.append(link);
    // The screen shows the footer on every slide but the title; Reveal's print view drops it.
    if (footer?.textContent?.trim() && !slide.classList.contains('bd-title')) page.append(footer.cloneNode(true));

    const notes = (reveal.getSlideNotes(slide) ?? '').trim();
    if (notes) noted.push(slide.id);
    const text = document.createElement('div');
    text.className = 'bd-notes-text';
    text.innerHTML = notes;
    if (request.notes === 'page' && notes) {
      const article = document.createElement('article');
      article.className = 'bd-notes-page';
      const kicker = document.createElement('p');
      kicker.className = 'bd-notes-kicker';
      kicker.textContent = `Speaker notes · slide ${index + 1} of ${pages.length}`;
      const title = document.createElement('h2');
      title.textContent = slide.querySelector('h1, h2')?.textContent?.trim() ?? '';
      article.append(kicker, title, text);
      page.after(article);
    } else if (request.notes === 'handout') {
      const article = document.createElement('article');
      article.className = 'bd-handout';
      // The frame's 1px border on each side is part of the text width.
      const width = request.handoutWidth - 2;
      const scale = width / request.pageWidth;
      const frame = document.createElement('div');
      frame.className = 'bd-handout-frame';
      frame.style.width = `${width}px`;
      frame.style.height = `${page.offsetHeight * scale}px`;
      page.before(article);
      page.style.width = `${request.pageWidth}px`;
      page.style.transform = `scale(${scale})`;
      frame.append(page);
      article.append(frame, text);
    }
  });
  document.body.append(nav);
  return { notedIds: noted, clipped };
}

/**
 * Waits for Reveal's print view: `.pdf-page`s laid out, the loading class gone, fonts loaded;
 * then two frames more, for whatever the deck does on Reveal's `pdf-ready` event.
 */
async function waitForPrintView(page: Page, errors: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal;
        return (
          reveal?.isReady() === true &&
          document.querySelector('.reveal .slides .pdf-page') !== null &&
          document.querySelector('.reveal-viewport.loading-scroll-mode') === null &&
          document.fonts.status === 'loaded'
        );
      },
      null,
      { timeout: LAYOUT_TIMEOUT_MS },
    );
    await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
  } catch (error) {
    const reason = errors[0] ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new BriefdeckError(`the deck did not lay itself out for print: ${reason}`, {
      hint: 'Check that `briefdeck build` of the same deck opens in a browser; a script error in the deck stops the print view.',
    });
  }
}

/** A fresh page set up for printing a deck; it can be opened while the deck is still being built. */
export interface PrintPage {
  page: Page;
  /** Uncaught errors in the deck's scripts, for the message when the print view never comes. */
  errors: string[];
}

/**
 * Opens the page to print in: a fresh one for each PDF (a page reused for a second PDF printed
 * blank), at the deck's size, with inPagePrepare to run before the deck's scripts.
 */
export async function openPrintPage(browser: Browser, slide: { width: number; height: number }): Promise<PrintPage> {
  const page = await browser.newPage({ viewport: { width: slide.width, height: slide.height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(inPagePrepare, slideStylesheet(slide.height));
  return { page, errors };
}

/**
 * Prints the deck served at `url` once, then closes the page. `expectedIds` are the deck's
 * visible slides in order; a print view that shows any other list of slides is an error rather
 * than a PDF with wrong pages.
 */
export async function printDeck(
  { page, errors }: PrintPage,
  url: string,
  options: { notes: NotesMode; expectedIds: readonly string[] },
): Promise<PrintedDeck> {
  try {
    // Query options win over the deck's own: the print view, every fragment shown, one page a
    // slide, Reveal's notes off (they are laid out here), hidden slides left out.
    const query = 'view=print&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&showNotes=false&showHiddenSlides=false';
    await page.goto(`${url}?${query}`, { waitUntil: 'load' });
    await waitForPrintView(page, errors);
    const view = await page.evaluate(inPageInspect);
    const expected = options.expectedIds.join(', ');
    if (view.slideIds.join(', ') !== expected) {
      throw new BriefdeckError(`the print view shows the slides ${view.slideIds.join(', ')}, not the deck's ${expected}`, {
        hint: 'This is a bug in briefdeck: please report it with the deck.',
      });
    }
    const arranged = await page.evaluate(inPageArrange, {
      notes: options.notes,
      css: notesStylesheet(),
      handoutWidth: (HANDOUT.widthMm - 2 * HANDOUT.marginSideMm) * PX_PER_MM,
      pageWidth: view.pageWidth,
    });
    // Tagged: the PDF carries its structure (headings, lists, reading order) for screen readers.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    return { pdf, layout: { ...view, ...arranged } };
  } finally {
    await page.close().catch(() => undefined);
  }
}
