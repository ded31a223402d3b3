import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef } from 'pdf-lib';
import { BriefdeckError } from '../errors.js';
import type { NotesMode } from './pdf-print.js';

/**
 * The PDF half of the export, with pdf-lib on Chromium's output: finds each slide's page
 * through the named destinations Chromium wrote (one per slide id), checks the pages against
 * the notes mode's rule, and adds the document metadata and the bookmark outline.
 */

/** Document information. `date` is written as both creation and modification date. */
export interface PdfInfo {
  title: string;
  authors: string[];
  subject: string;
  keywords: string[];
  lang: string;
  creator: string;
  producer: string;
  date: Date;
}

/** A bookmark per group, a child per slide; only printed slides, in deck order. */
export interface BookmarkGroup {
  title: string;
  slides: Array<{ id: string; title: string }>;
}

/** Where a slide is in the PDF: its first page and how many pages it takes with its notes (0-based). */
export interface SlidePages {
  id: string;
  page: number;
  pageCount: number;
}

export interface FinishInput {
  notes: NotesMode;
  /** Printed slides, in order. */
  slideIds: readonly string[];
  /** Printed slides that have notes. */
  notedIds: readonly string[];
  info: PdfInfo;
  bookmarks: readonly BookmarkGroup[];
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: SlidePages[];
  pageCount: number;
}

function internalError(message: string): BriefdeckError {
  return new BriefdeckError(message, { hint: 'This is a bug in briefdeck: please report it with the deck.' });
}

/** Page index of each named destination in the catalog's `/Dests` dictionary (how Chromium writes them). */
export function namedDestinationPages(doc: PDFDocument): Map<string, number> {
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]));
  const found = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    let target: PDFObject | undefined = doc.context.lookup(value);
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
    const page = target instanceof PDFArray ? target.get(0) : undefined;
    const index = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
    if (index !== undefined) found.set(name.decodeText(), index);
  }
  return found;
}

/**
 * Each slide's pages, checked against the notes mode's rule:
 * `none`, one page a slide; `page`, a slide page followed by its notes on one or more pages,
 * none when it has no notes; `handout`, one or more pages a slide. Anything else (a blank or
 * extra page, a slide missing) is an error, not a PDF.
 */
export function slidePages(
  destinations: ReadonlyMap<string, number>,
  input: Pick<FinishInput, 'notes' | 'slideIds' | 'notedIds'>,
  pageCount: number,
): SlidePages[] {
  const starts = input.slideIds.map((id) => {
    const page = destinations.get(id);
    if (page === undefined) throw internalError(`the printed PDF has no page for slide "${id}"`);
    return { id, page };
  });
  if (starts[0] && starts[0].page !== 0) throw internalError(`the printed PDF has ${starts[0].page} page(s) before the first slide`);
  const noted = new Set(input.notedIds);
  return starts.map(({ id, page }, index) => {
    const count = (starts[index + 1]?.page ?? pageCount) - page;
    const allowed = input.notes === 'none' ? count === 1 : input.notes === 'page' ? (noted.has(id) ? count >= 2 : count === 1) : count >= 1;
    if (!allowed)
      throw internalError(`slide "${id}" takes ${count} page(s) in the printed PDF, against the rule for --notes ${input.notes}`);
    return { id, page, pageCount: count };
  });
}

/** Writes the bookmark outline: one open entry per group, one child per slide, each showing its page whole. */
function writeOutline(doc: PDFDocument, bookmarks: readonly BookmarkGroup[], pageOf: ReadonlyMap<string, number>): void {
  const { context } = doc;
  const pages = doc.getPages();
  const destination = (slideId: string): PDFArray => {
    const index = pageOf.get(slideId);
    const page = index === undefined ? undefined : pages[index];
    if (!page) throw internalError(`no page for the bookmark of slide "${slideId}"`);
    return context.obj([page.ref, 'Fit']);
  };
  const groups = bookmarks.filter((group) => group.slides.length > 0);
  if (groups.length === 0) return;
  const rootRef = context.nextRef();
  const groupRefs = groups.map(() => context.nextRef());
  groups.forEach((group, g) => {
    const groupRef = groupRefs[g] as PDFRef;
    const childRefs = group.slides.map(() => context.nextRef());
    group.slides.forEach((slide, s) => {
      const child = context.obj({ Title: PDFHexString.fromText(slide.title), Parent: groupRef, Dest: destination(slide.id) });
      const previous = childRefs[s - 1];
      const next = childRefs[s + 1];
      if (previous) child.set(PDFName.of('Prev'), previous);
      if (next) child.set(PDFName.of('Next'), next);
      context.assign(childRefs[s] as PDFRef, child);
    });
    const first = group.slides[0];
    const entry = context.obj({
      Title: PDFHexString.fromText(group.title),
      Parent: rootRef,
      Dest: destination(first?.id ?? ''),
      First: childRefs[0] as PDFRef,
      Last: childRefs[childRefs.length - 1] as PDFRef,
      // Positive: the entry is open, its children shown.
      Count: childRefs.length,
    });
    const previous = groupRefs[g - 1];
    const next = groupRefs[g + 1];
    if (previous) entry.set(PDFName.of('Prev'), previous);
    if (next) entry.set(PDFName.of('Next'), next);
    context.assign(groupRef, entry);
  });
  const visible = groups.length + groups.reduce((n, group) => n + group.slides.length, 0);
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: groupRefs[0] as PDFRef, Last: groupRefs[groupRefs.length - 1] as PDFRef, Count: visible }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Chromium's PDF → the PDF briefdeck writes. Metadata is set in full, with fixed dates, so
 * the same deck and browser give the same bytes.
 */
export async function finishPdf(printed: Uint8Array, input: FinishInput): Promise<FinishedPdf> {
  // pdf-lib yields to the event loop every 100 objects read and 50 written by default; there
  // is nothing else to do meanwhile, and the yields cost more time than the work.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageCount = doc.getPageCount();
  const pages = slidePages(namedDestinationPages(doc), input, pageCount);
  const { info } = input;
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.authors.length > 0) doc.setAuthor(info.authors.join(', '));
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setLanguage(info.lang);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  writeOutline(doc, input.bookmarks, new Map(pages.map((slide) => [slide.id, slide.page])));
  const bytes = await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pages, pageCount };
}
