import { BriefdeckError } from '../errors.js';
import { scriptJson } from '../render/escape.js';
import type { CdpSession, Chromium } from './chromium.js';
import { HANDOUT, notesStylesheet, PX_PER_MM, slideStylesheet } from './pdf-print-css.js';
import { inPageArrange, inPageErrors, inPageInspect, inPagePrepare, inPagePrintViewReady, type PrintLayout } from './pdf-print-page.js';

/**
 * The browser half of the PDF export, as DevTools steps: opens a built deck in Reveal's print
 * view, has the page lay out the notes pages or handouts around Reveal's `.pdf-page`s, and
 * prints once. The print CSS is in pdf-print-css.ts, the functions that run in the page in
 * pdf-print-page.ts.
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

export type { PrintLayout };

export interface PrintedDeck {
  pdf: Uint8Array;
  layout: PrintLayout;
}

/** How long the deck may take to load and lay itself out for print. */
const LAYOUT_TIMEOUT_MS = 30_000;
/** …and this much more for each slide: a deck of hundreds of slides takes minutes to lay out and print. */
const PER_SLIDE_MS = 300;
/** How long a step may take for a deck of `slides` slides. */
const stepTimeout = (slides: number): number => LAYOUT_TIMEOUT_MS + PER_SLIDE_MS * slides;

/**
 * What the page to print needs in its `<head>` (src/render/html.ts `runtimePage`): inPagePrepare,
 * inline, so that it surely runs before the deck's script. (Registered through the protocol
 * instead, it missed the new document now and then, and the page printed without it.)
 */
export function printPageHead(slide: { height: number }): string {
  return `<script>(${inPagePrepare.toString()})(${scriptJson(slideStylesheet(slide.height))});</script>`;
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
