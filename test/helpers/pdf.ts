import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF as a reader sees it, read with pdfjs (text, outline, destinations) and pdf-lib (fonts). */
export interface ReadPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** Bookmarks, with the 0-based page each one opens. */
  outline: Bookmark[];
  /** Named destinations → 0-based page. */
  destinations: Map<string, number>;
  /** Every font the file uses, and whether its glyphs are embedded. */
  fonts: Array<{ name: string; subtype: string; embedded: boolean }>;
}

export interface PdfPage {
  /** The page's text in reading order, lines separated by newlines. */
  text: string;
  /** `height`: the text's font size, in PDF points. */
  items: Array<{ str: string; x: number; y: number; height: number }>;
  width: number;
  height: number;
}

export interface Bookmark {
  title: string;
  page: number;
  items: Bookmark[];
}

/** Text for matching: every kind of white space removed, so line breaks and spacing cannot matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The needles that are not found in `haystack` one after another, in order (empty when all are). */
export function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const text = squash(haystack);
  const missing: string[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(squash(needle), from);
    if (at < 0) missing.push(needle);
    else from = at + squash(needle).length;
  }
  return missing;
}

function embeddedFonts(doc: PDFDocument): ReadPdf['fonts'] {
  const fonts: ReadPdf['fonts'] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = String(object.lookup(PDFName.of('Subtype')));
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue; // checked through their Type0 parent
    const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const font = descendants ? descendants.lookup(0, PDFDict) : object;
    const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
    fonts.push({ name: String(object.lookup(PDFName.of('BaseFont')) ?? ''), subtype, embedded });
  }
  return fonts;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: Uint8Array.from(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items: PdfPage['items'] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, height: item.height });
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pages.push({ text, items, width: x1 - x0, height: y1 - y0 });
    }
    const pageOf = async (dest: unknown): Promise<number> => {
      const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
      if (!Array.isArray(explicit) || typeof explicit[0] !== 'object' || explicit[0] === null) return -1;
      return doc.getPageIndex(explicit[0] as { num: number; gen: number });
    };
    type Node = { title: string; dest: unknown; items: Node[] };
    const toBookmarks = async (nodes: readonly Node[]): Promise<Bookmark[]> =>
      Promise.all(nodes.map(async (node) => ({ title: node.title, page: await pageOf(node.dest), items: await toBookmarks(node.items) })));
    const outline = await toBookmarks(((await doc.getOutline()) ?? []) as Node[]);
    const destinations = new Map<string, number>();
    for (const [name, dest] of Object.entries(await doc.getDestinations())) destinations.set(name, await pageOf(dest));
    const { info } = await doc.getMetadata();
    const fonts = embeddedFonts(await PDFDocument.load(bytes, { updateMetadata: false }));
    return { pages, info: info as Record<string, unknown>, outline, destinations, fonts };
  } finally {
    await doc.destroy();
  }
}
