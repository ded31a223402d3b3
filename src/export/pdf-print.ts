import { BriefdeckError } from '../errors.js';
import { scriptJson } from '../render/escape.js';
import type { CdpSession, Chromium } from './chromium.js';

/**
 * The browser half of the PDF export: opens a built deck in Reveal's print view, lays out
 * the notes pages or handouts around Reveal's `.pdf-page`s, and prints once.
 *
 * Reveal's own `showNotes` is not used: `'separate-page'` leaves a trailing blank page and
 * `'inline'` overlays the notes on the slide, cut at the page edge. Instead the notes go in
 * ordinary flowing blocks on named CSS pages, so Chromium breaks long notes onto further
 * pages. Everything stays HTML text: nothing is a screenshot, all text is selectable.
 *
 * The functions named `inPage…` run in the browser (through `evaluate` below, or inline in
 * the page: printPageHead): they may use nothing from outside their own body.
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
/** …and this much more for each slide: a deck of hundreds of slides takes minutes to lay out and print. */
const PER_SLIDE_MS = 300;
/** How long a step may take for a deck of `slides` slides. */
const stepTimeout = (slides: number): number => LAYOUT_TIMEOUT_MS + PER_SLIDE_MS * slides;

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
 * What the page to print needs in its `<head>` (src/render/html.ts `runtimePage`): inPagePrepare,
 * inline, so that it surely runs before the deck's script. (Registered through the protocol
 * instead, it missed the new document now and then, and the page printed without it.)
 */
export function printPageHead(slide: { height: number }): string {
  return `<script>(${inPagePrepare.toString()})(${scriptJson(slideStylesheet(slide.height))});</script>`;
}

/** What inPagePrepare leaves on `window` for the later steps. */
interface PreparedWindow {
  briefdeckPrint?: { errors: string[]; revealRulesEdited: number };
}

/**
 * In the page, before any deck script: records uncaught errors (for the message when the print
 * view never comes), and once the document's stylesheets are in, adds `css` and takes two
 * declarations out of Reveal's print CSS. Reveal gives every slide `padding: 0 !important;
 * display: block !important`, which loses the deck's own spacing and flex layouts (a centred
 * title slide prints at the top); without them the deck's stylesheet applies as on screen, and
 * Reveal still shows every slide (an inline `display: block`).
 */
function inPagePrepare(css: string): void {
  const state = { errors: [] as string[], revealRulesEdited: 0 };
  (window as PreparedWindow).briefdeckPrint = state;
  window.addEventListener('error', (event) => state.errors.push(event.message));
  window.addEventListener('unhandledrejection', (event) => state.errors.push(String(event.reason)));
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSStyleRule && /\.reveal-print \.reveal \.slides section$/.test(rule.selectorText)) {
          rule.style.removeProperty('padding');
          rule.style.removeProperty('display');
          state.revealRulesEdited += 1;
        }
      }
    }
  });
}

/**
 * In the page: what Reveal's print view produced, before anything is moved. Also rewrites
 * links: Reveal's `#/id` routes become `#id`, which Chromium prints as links inside the PDF;
 * a link to a slide that is not printed, or to a file on this machine, is dropped.
 */
function inPageInspect(): Pick<PrintLayout, 'slideIds' | 'pageWidth'> & { revealRulesEdited: number } {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page'));
  const slideIds = pages.map((page) => page.querySelector<HTMLElement>(':scope > section[id]')?.id ?? '');
  const printed = new Set(slideIds);
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#/')) {
      const id = decodeURIComponent(href.slice(2).split('/')[0] ?? '');
      if (printed.has(id)) link.setAttribute('href', `#${id}`);
      else link.removeAttribute('href');
    } else if (!href.startsWith('#') && new URL(link.href).protocol === 'file:') {
      link.removeAttribute('href');
    }
  }
  const revealRulesEdited = (window as PreparedWindow).briefdeckPrint?.revealRulesEdited ?? 0;
  return { slideIds, pageWidth: pages[0]?.offsetWidth ?? 0, revealRulesEdited };
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

/** The page's source calling `fn` with `arg`, which travels as JSON. */
function call<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(${fn.toString()})(${JSON.stringify(arg) ?? ''})`;
}

/** Runs `fn(arg)` in the page and returns its (awaited) result, copied out as JSON. */
async function evaluate<A, R>(session: CdpSession, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  const { result, exceptionDetails } = await session.send<{
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  }>('Runtime.evaluate', { expression: call(fn, arg), returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as Awaited<R>;
}

/**
 * In the page: `'ready'` once Reveal's print view is laid out (`.pdf-page`s there, the loading
 * class gone, fonts loaded) and the deck's slides are fitted to their pages (src/client/fit.ts
 * marks the document `data-bd-fitted` after Reveal's `pdf-ready` and the fonts). `'not-yet'`
 * while the tab still shows the blank page it starts on; `'failed'` on Chromium's error page.
 */
function inPagePrintViewReady(): Promise<'ready' | 'not-yet' | 'failed'> {
  if (window.location.protocol === 'about:') return Promise.resolve('not-yet');
  if (window.location.protocol === 'chrome-error:') return Promise.resolve('failed');
  return new Promise((settled) => {
    const check = (): void => {
      const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal;
      const ready =
        reveal?.isReady() === true &&
        document.querySelector('.reveal .slides .pdf-page') !== null &&
        document.querySelector('.reveal-viewport.loading-scroll-mode') === null &&
        document.fonts.status === 'loaded' &&
        document.documentElement.dataset.bdFitted !== undefined;
      if (ready) settled('ready');
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** In the page: the errors inPagePrepare recorded. */
function inPageErrors(): string[] {
  return (window as PreparedWindow).briefdeckPrint?.errors ?? [];
}

/** Rejects after `ms` with `message`, unless `work` settles first. */
function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Opens `url` in a new tab and waits for Reveal's print view. The tab is created with its URL,
 * so it loads at once, and polled from the blank page it starts on: asking while it navigates
 * fails with the old page's context gone, and is asked again. A deck that never lays itself
 * out is a BriefdeckError with the page's first script error, if any.
 */
async function openPrintView(chromium: Chromium, url: string, options: PrintOptions): Promise<CdpSession> {
  const trace = options.trace ?? (() => undefined);
  const session = await chromium.openPage(url, options.slide);
  trace('page-opened');
  const limit = stepTimeout(options.expectedIds.length);
  const deadline = Date.now() + limit;
  let reason = `no print view after ${Math.round(limit / 1000)} s`;
  while (Date.now() < deadline) {
    let state: Awaited<ReturnType<typeof inPagePrintViewReady>> | null = null;
    try {
      state = await withTimeout(evaluate(session, inPagePrintViewReady, undefined), deadline - Date.now(), reason);
    } catch (error) {
      // The page navigated while it was asked; anything else is the answer.
      const message = error instanceof Error ? error.message : String(error);
      if (!/context|navigat/i.test(message)) {
        reason = message.split('\n')[0] ?? reason;
        break;
      }
    }
    if (state === 'ready') return session;
    if (state === 'failed') {
      reason = `Chromium could not open ${url}`;
      break;
    }
    await pause(5);
  }
  const errors = await evaluate(session, inPageErrors, undefined).catch(() => []);
  throw new BriefdeckError(`the deck did not lay itself out for print: ${errors[0] ?? reason}`, {
    hint: 'Check that `briefdeck build` of the same deck opens in a browser; a script error in the deck stops the print view.',
  });
}

/** Bytes asked for per read of the printed PDF: a deck's PDF in one or a few round trips. */
const READ_CHUNK = 4 * 1024 * 1024;

/** Reads a protocol stream (the printed PDF) to its end. */
async function readStream(session: CdpSession, handle: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for (;;) {
    const { data, base64Encoded, eof } = await session.send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', {
      handle,
      size: READ_CHUNK,
    });
    chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
    if (eof) break;
  }
  await session.send('IO.close', { handle });
  return new Uint8Array(Buffer.concat(chunks));
}

export interface PrintOptions {
  notes: NotesMode;
  /** The deck's visible slides in order. */
  expectedIds: readonly string[];
  /** The deck's slide size, CSS px. */
  slide: { width: number; height: number };
  /** Called as each step ends (BRIEFDECK_TRACE, src/export/pdf.ts). */
  trace?: (step: string) => void;
}

/**
 * Prints the deck page at `url` (src/render/html.ts `runtimePage`, with printPageHead in its
 * head) once, in `chromium`'s start tab. A print view that shows any other list of slides than `expectedIds` is an error rather
 * than a PDF with wrong pages.
 */
export async function printDeck(chromium: Chromium, url: string, options: PrintOptions): Promise<PrintedDeck> {
  // Query options win over the deck's own: the print view, every fragment shown, one page a
  // slide, Reveal's notes off (they are laid out here), hidden slides left out.
  const query = 'view=print&pdfSeparateFragments=false&pdfMaxPagesPerSlide=1&showNotes=false&showHiddenSlides=false';
  const session = await openPrintView(chromium, `${url}?${query}`, options);
  options.trace?.('laid-out');
  const { revealRulesEdited, ...view } = await evaluate(session, inPageInspect, undefined);
  if (revealRulesEdited === 0) {
    throw new BriefdeckError("the print set-up did not find Reveal's print stylesheet to adjust", {
      hint: 'This is a bug in briefdeck (or a reveal.js it does not know): please report it with the deck.',
    });
  }
  const expected = options.expectedIds.join(', ');
  if (view.slideIds.join(', ') !== expected) {
    throw new BriefdeckError(`the print view shows the slides ${view.slideIds.join(', ')}, not the deck's ${expected}`, {
      hint: 'This is a bug in briefdeck: please report it with the deck.',
    });
  }
  const arranged = await evaluate(session, inPageArrange, {
    notes: options.notes,
    css: notesStylesheet(),
    handoutWidth: (HANDOUT.widthMm - 2 * HANDOUT.marginSideMm) * PX_PER_MM,
    pageWidth: view.pageWidth,
  });
  options.trace?.('arranged');
  // Page size and margins come from the page's CSS (Reveal's @page, the handout's); tagged, so
  // the PDF carries its structure (headings, lists, reading order) for screen readers.
  const { stream } = await session.send<{ stream: string }>(
    'Page.printToPDF',
    {
      transferMode: 'ReturnAsStream',
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
    },
    stepTimeout(options.expectedIds.length),
  );
  return { pdf: await readStream(session, stream), layout: { ...view, ...arranged } };
}
