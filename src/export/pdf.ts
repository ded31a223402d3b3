import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefdeckError } from '../errors.js';
import type { CliDeckOptions } from '../io/config.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import type { DeckLocation } from '../io/source.js';
import type { BuiltDeck } from '../pipeline.js';
import type { BookmarkGroup, PdfInfo, SlidePages } from './pdf-document.js';
import type { NotesMode, PrintLayout } from './pdf-print.js';
import type { StaticServer } from './static-server.js';

/**
 * `briefdeck pdf` without the files: essay → built deck → Reveal's print view in headless
 * Chromium → one print → metadata and bookmarks. One browser, one page, one `page.pdf()`.
 *
 * The slow parts overlap: Chromium starts while the deck is checked and built, and pdf-lib
 * loads while Chromium prints. That is why the heavy modules (the pipeline, playwright-core,
 * vite, pdf-lib) are imported on use, not at the top of the file. (Building on a worker thread
 * was tried: on a busy 2-core machine it cost 0.3 s more CPU and was slower.)
 */

export interface PdfRequest {
  location: DeckLocation;
  cli: CliDeckOptions;
  notes: NotesMode;
  /** Where CHROME_PATH and SOURCE_DATE_EPOCH are read. */
  env?: NodeJS.ProcessEnv;
}

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Each printed slide's first page and page count (0-based pages). */
  pages: SlidePages[];
  /** Slides whose content reaches past the page edge and is cut off. */
  clipped: PrintLayout['clipped'];
}

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

/**
 * The date written into the PDF: `SOURCE_DATE_EPOCH` when set (the reproducible-builds
 * convention), else when the deck's inputs last changed, so the same deck gives the same bytes.
 */
export function documentDate(inputs: readonly string[], env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

/** Title, authors and subject from the essay: the subject is its subtitle, else its category, else its approaches. */
export function documentInfo(built: BuiltDeck, date: Date, producer: string): PdfInfo {
  const { meta } = built.essay;
  const sections = built.deck.groups.filter((group) => group.kind === 'section').map((group) => group.title);
  const keywords = [meta.category, meta.publication, ...sections].filter((word): word is string => Boolean(word));
  return {
    title: built.deck.meta.title,
    authors: built.deck.meta.authors,
    subject: meta.subtitle ?? meta.category ?? sections.join('; '),
    keywords: [...new Set(keywords)],
    lang: built.deck.lang,
    creator: `briefdeck ${version}`,
    producer,
    date,
  };
}

/** The printed slides by group, for the bookmarks; hidden groups and slides are not printed. */
export function bookmarkGroups(built: BuiltDeck): BookmarkGroup[] {
  return built.deck.groups
    .filter((group) => !group.hidden)
    .map((group) => ({
      title: group.title,
      slides: group.slides
        .filter((slide) => !slide.hidden)
        .map((slide) => ({ id: slide.id, title: slide.continued ? `${slide.title} (continued)` : slide.title })),
    }))
    .filter((group) => group.slides.length > 0);
}

export async function exportPdf(request: PdfRequest): Promise<PdfResult> {
  const env = request.env ?? process.env;
  // The browser is found first, and starts while the essay and options are checked and Vite
  // builds the deck: Chromium boots in its own processes meanwhile.
  const { findBrowser, launchBrowser } = await import('./browser.js');
  const launching = launchBrowser(findBrowser(env));
  // Settled below; this only keeps a failed start from being reported as unhandled meanwhile.
  launching.catch(() => undefined);
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-'));
  let building: Promise<void> | null = null;
  let closing: Promise<void> | null = null;
  let server: StaticServer | null = null;
  try {
    const { buildFromLocation } = await import('../pipeline.js');
    const built = buildFromLocation(request.location, request.cli);
    const bookmarks = bookmarkGroups(built);
    if (bookmarks.length === 0) {
      throw new BriefdeckError('every slide is hidden: there is nothing to print', {
        hint: 'Hide fewer groups or slides (--hide, or hide: in deck.yaml); `briefdeck outline` lists them.',
      });
    }
    const { openPrintPage, printDeck } = await import('./pdf-print.js');
    const { buildStaticDeck } = await import('./static.js');
    // Both are awaited at once, with no await in between: a rejection is never left unhandled.
    building = buildStaticDeck(request.location, request.cli, work);
    const opening = launching.then((launched) => openPrintPage(launched.browser, { width: built.deck.width, height: built.deck.height }));
    const [opened, deckBuilt] = await Promise.allSettled([opening, building]);
    // A browser that does not start first: nothing else matters until it is fixed.
    if (opened.status === 'rejected') throw opened.reason;
    if (deckBuilt.status === 'rejected') throw deckBuilt.reason;
    const launched = await launching;

    const { serveDirectory } = await import('./static-server.js');
    server = await serveDirectory(work);
    // pdf-lib loads while Chromium prints.
    const finishing = import('./pdf-document.js');
    const printed = await printDeck(opened.value, server.url, {
      notes: request.notes,
      expectedIds: bookmarks.flatMap((group) => group.slides.map((slide) => slide.id)),
    });
    const producer = `briefdeck ${version} (Chromium ${launched.browser.version()}, pdf-lib)`;
    // The browser is done: it closes while pdf-lib writes.
    closing = launched.close();
    const { finishPdf } = await finishing;
    const finished = await finishPdf(printed.pdf, {
      notes: request.notes,
      slideIds: printed.layout.slideIds,
      notedIds: printed.layout.notedIds,
      info: documentInfo(built, documentDate(built.inputs, env), producer),
      bookmarks,
    });
    return { bytes: finished.bytes, pageCount: finished.pageCount, pages: finished.pages, clipped: printed.layout.clipped };
  } finally {
    // Vite is not writing into the folder any more when it is removed.
    await building?.catch(() => undefined);
    // The browser before the server: it holds keep-alive connections that the server would wait for.
    await (closing ?? launching.then((launched) => launched.close()).catch(() => undefined));
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
