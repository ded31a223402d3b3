import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliDeckOptions } from '../deck/options.js';
import { workFolder } from '../io/output.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import type { DeckLocation } from '../io/source.js';
import type { BuiltDeck } from '../pipeline.js';
import type { OnProgress } from '../progress.js';
import { findPrintBrowser, oneProcessBrowser } from './browser.js';
import { startChromium } from './chromium.js';
import { documentDate, documentSubject } from './metadata.js';
import type { BookmarkGroup, PdfInfo, SlidePages } from './pdf-document.js';
import type { NotesMode, PrintLayout } from './pdf-print.js';

/**
 * `briefdeck pdf` without the files: essay → rendered deck → one page over the prebuilt
 * runtime (src/vite/runtime.ts) → Reveal's print view in headless Chromium → one print →
 * metadata and bookmarks. One browser, one page, one `Page.printToPDF`.
 *
 * The slow parts overlap: Chromium starts first, while the deck is checked and rendered, and
 * pdf-lib loads while Chromium prints. That is why the heavy modules (the pipeline, pdf-lib)
 * are imported on use, unlike the two small ones that start Chromium. (Building on a worker
 * thread was tried: on a busy 2-core machine it cost 0.3 s more CPU and was slower.)
 */

export interface PdfRequest {
  location: DeckLocation;
  cli: CliDeckOptions;
  notes: NotesMode;
  /** Where CHROME_PATH, SOURCE_DATE_EPOCH and BRIEFDECK_BROWSER_PROCESSES are read. */
  env?: NodeJS.ProcessEnv;
  onProgress?: OnProgress;
}

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Each printed slide's first page and page count (0-based pages). */
  pages: SlidePages[];
  /** Slides whose content reaches past the page edge and is cut off. */
  clipped: PrintLayout['clipped'];
  /** The build's warnings (an outline.md out of step with the essay). */
  warnings: string[];
}

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Title, authors and subject from the essay: the subject is its subtitle, else its category, else its approaches. */
export function documentInfo(built: BuiltDeck, date: Date, producer: string): PdfInfo {
  const { meta } = built.essay;
  const sections = built.deck.groups.filter((group) => group.kind === 'section').map((group) => group.title);
  const keywords = [meta.category, meta.publication, ...sections].filter((word): word is string => Boolean(word));
  return {
    title: built.deck.meta.title,
    authors: built.deck.meta.authors,
    subject: documentSubject(meta, built.deck),
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
  // BRIEFDECK_TRACE=1: when each stage ended, in ms since the process started.
  const trace = env.BRIEFDECK_TRACE
    ? (stage: string) => process.stderr.write(`trace ${stage} ${Math.round(performance.now())}\n`)
    : () => undefined;
  // The browser is found first, and starts while the essay and options are checked and the
  // page is written: Chromium boots in its own processes meanwhile.
  const onProgress = request.onProgress ?? (() => undefined);
  const starting = startChromium(findPrintBrowser(env), { oneProcess: oneProcessBrowser(env) });
  trace('spawned');
  onProgress({ step: 'starting-browser' });
  // Settled below; this only keeps a failed start from being reported as unhandled meanwhile.
  starting.catch(() => undefined);
  const work = workFolder('briefdeck-pdf-');
  // Also when the process is ended mid-way (Ctrl-C exits through src/export/chromium.ts).
  const removeWork = (): void => rmSync(work, { recursive: true, force: true });
  process.once('exit', removeWork);
  let closing: Promise<void> | null = null;
  try {
    const [{ buildFromLocation }, { runtimePage }, { cspMeta, contentSecurityPolicy }, { runtimeFiles }, { printDeck, printPageHead }] =
      await Promise.all([
        import('../pipeline.js'),
        import('../render/html.js'),
        import('../render/csp.js'),
        import('../vite/runtime.js'),
        import('./pdf-print.js'),
      ]);
    const built = buildFromLocation(request.location, request.cli, { onProgress });
    // Never empty: the options refuse a deck whose every slide is hidden (src/deck/build.ts).
    const bookmarks = bookmarkGroups(built);
    // The deck as one page over the prebuilt runtime: no Vite build, no server.
    const page = join(work, 'index.html');
    const runtime = runtimeFiles(built.deck.theme, built.stylesheets);
    const template = readFileSync(join(PACKAGE_ROOT, 'index.html'), 'utf8');
    const head = printPageHead(built.deck);
    const inline = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const policy = cspMeta(contentSecurityPolicy({ scripts: inline }));
    writeFileSync(page, runtimePage(template, built.rendered, built.deck.theme, runtime, policy + head));
    trace('page-written');
    const chromium = await starting;
    trace('browser-ready');
    // pdf-lib loads while Chromium prints.
    const finishing = import('./pdf-document.js');
    const expectedIds = bookmarks.flatMap((group) => group.slides.map((slide) => slide.id));
    onProgress({ step: 'laying-out', slides: expectedIds.length });
    const printed = await printDeck(chromium, pathToFileURL(page).href, {
      notes: request.notes,
      expectedIds,
      slide: { width: built.deck.width, height: built.deck.height },
      trace: (step) => {
        trace(step);
        if (step === 'arranged') onProgress({ step: 'printing', slides: expectedIds.length });
      },
    });
    trace('printed');
    onProgress({ step: 'finishing', slides: expectedIds.length });
    const producer = `briefdeck ${version} (Chromium ${chromium.version}, pdf-lib)`;
    // The browser is done: it closes while pdf-lib writes.
    closing = chromium.close();
    const { finishPdf } = await finishing;
    const finished = await finishPdf(printed.pdf, {
      notes: request.notes,
      slideIds: printed.layout.slideIds,
      notedIds: printed.layout.notedIds,
      info: documentInfo(built, documentDate(built.inputs, env), producer),
      bookmarks,
    });
    trace('finished');
    return {
      bytes: finished.bytes,
      pageCount: finished.pageCount,
      pages: finished.pages,
      clipped: printed.layout.clipped,
      warnings: built.warnings,
    };
  } finally {
    await (closing ?? starting.then((chromium) => chromium.close()).catch(() => undefined));
    process.removeListener('exit', removeWork);
    removeWork();
    trace('closed');
  }
}
