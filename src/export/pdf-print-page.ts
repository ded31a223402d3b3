import type { NotesMode } from './pdf-print.js';

/**
 * The functions of the PDF export that run inside the page (src/export/pdf-print.ts sends them
 * as text, through the DevTools protocol's `Runtime.evaluate` or inline in the page's head).
 * Each is sent as its own source, `fn.toString()`: it may use nothing from outside its own body
 * but the page's globals and its JSON argument, and returns only what JSON can carry back.
 * test/export/pdf-print-page.test.ts checks each one that way.
 */

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
export function inPagePrepare(css: string): void {
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
export function inPageInspect(): Pick<PrintLayout, 'slideIds' | 'pageWidth'> & { revealRulesEdited: number } {
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

export interface ArrangeRequest {
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
export function inPageArrange(request: ArrangeRequest): Pick<PrintLayout, 'notedIds' | 'clipped'> {
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
 * In the page: `'ready'` once Reveal's print view is laid out (`.pdf-page`s there, the loading
 * class gone, fonts loaded) and the deck's slides are fitted to their pages (src/client/fit.ts
 * marks the document `data-bd-fitted` after Reveal's `pdf-ready` and the fonts). `'not-yet'`
 * while the tab still shows the blank page it starts on; `'failed'` on Chromium's error page.
 */
export function inPagePrintViewReady(): Promise<'ready' | 'not-yet' | 'failed'> {
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
export function inPageErrors(): string[] {
  return (window as PreparedWindow).briefdeckPrint?.errors ?? [];
}
