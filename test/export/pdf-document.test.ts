import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { type FinishInput, finishPdf, slidePages } from '../../src/export/pdf-document.js';
import { readPdf } from '../helpers/pdf.js';

/** The pdf-lib half of the export on hand-made PDFs: the page rules, metadata and bookmarks. */

/** A PDF with `pageCount` pages and a named destination per id, on the given 0-based page, as Chromium writes them. */
async function printedPdf(pageCount: number, destinations: Record<string, number>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = Array.from({ length: pageCount }, () => doc.addPage([960, 540]));
  const dests = doc.context.obj({});
  for (const [name, index] of Object.entries(destinations)) {
    const page = pages[index];
    if (!page) throw new Error(`no page ${index}`);
    dests.set(PDFName.of(name), doc.context.obj([page.ref, 'XYZ', 0, 540, 0]));
  }
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  return doc.save();
}

const INFO: FinishInput['info'] = {
  title: 'Ünïcode Title — with ‘quotes’',
  authors: ['Jane Doe', 'Omar Haddad'],
  subject: 'Water',
  keywords: ['Water', 'Pool the Risk'],
  lang: 'en-GB',
  creator: 'briefdeck 0.0.0',
  producer: 'briefdeck 0.0.0 (test)',
  date: new Date('2024-03-03T12:00:00Z'),
};

describe('slidePages: the pages each slide takes, checked against the notes mode', () => {
  const destinations = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 3],
  ]);

  it('none: one page a slide, nothing before or after', () => {
    const ok = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(slidePages(ok, { notes: 'none', slideIds: ['a', 'b', 'c'], notedIds: [] }, 3)).toEqual([
      { id: 'a', page: 0, pageCount: 1 },
      { id: 'b', page: 1, pageCount: 1 },
      { id: 'c', page: 2, pageCount: 1 },
    ]);
    expect(() => slidePages(ok, { notes: 'none', slideIds: ['a', 'b', 'c'], notedIds: [] }, 4)).toThrow('slide "c" takes 2 page(s)');
    expect(() => slidePages(destinations, { notes: 'none', slideIds: ['a', 'b', 'c'], notedIds: [] }, 4)).toThrow(
      'slide "b" takes 2 page(s)',
    );
  });

  it('page: notes pages only after slides with notes', () => {
    expect(slidePages(destinations, { notes: 'page', slideIds: ['a', 'b', 'c'], notedIds: ['b'] }, 4).map((s) => s.pageCount)).toEqual([
      1, 2, 1,
    ]);
    expect(() => slidePages(destinations, { notes: 'page', slideIds: ['a', 'b', 'c'], notedIds: [] }, 4)).toThrow(BriefdeckError);
    expect(() => slidePages(destinations, { notes: 'page', slideIds: ['a', 'b', 'c'], notedIds: ['a', 'b'] }, 4)).toThrow(
      'slide "a" takes 1 page(s)',
    );
  });

  it('handout: one or more pages a slide', () => {
    expect(slidePages(destinations, { notes: 'handout', slideIds: ['a', 'b', 'c'], notedIds: [] }, 5).map((s) => s.pageCount)).toEqual([
      1, 2, 2,
    ]);
  });

  it('a slide without a page, or a page before the first slide, is an error', () => {
    expect(() => slidePages(destinations, { notes: 'handout', slideIds: ['a', 'x'], notedIds: [] }, 4)).toThrow('no page for slide "x"');
    expect(() => slidePages(new Map([['a', 1]]), { notes: 'handout', slideIds: ['a'], notedIds: [] }, 2)).toThrow(
      '1 page(s) before the first slide',
    );
  });
});

describe('finishPdf: metadata and bookmarks', () => {
  const input: FinishInput = {
    notes: 'page',
    slideIds: ['a', 'b', 'c', 'd'],
    notedIds: ['b'],
    info: INFO,
    bookmarks: [
      {
        title: 'First group',
        slides: [
          { id: 'a', title: 'Slide A' },
          { id: 'b', title: 'Slide B — ünïcode' },
        ],
      },
      {
        title: 'Second group',
        slides: [
          { id: 'c', title: 'Slide C' },
          { id: 'd', title: 'Slide D' },
        ],
      },
    ],
  };
  // a | b | b's notes | c | d
  const printed = printedPdf(5, { a: 0, b: 1, c: 3, d: 4 });

  it('writes an outline a viewer reads back: groups, their slides, each opening its page', async () => {
    const finished = await finishPdf(await printed, input);
    expect(finished.pages.map((slide) => [slide.id, slide.page, slide.pageCount])).toEqual([
      ['a', 0, 1],
      ['b', 1, 2],
      ['c', 3, 1],
      ['d', 4, 1],
    ]);
    const pdf = await readPdf(finished.bytes);
    expect(pdf.outline).toEqual([
      {
        title: 'First group',
        page: 0,
        items: [
          { title: 'Slide A', page: 0, items: [] },
          { title: 'Slide B — ünïcode', page: 1, items: [] },
        ],
      },
      {
        title: 'Second group',
        page: 3,
        items: [
          { title: 'Slide C', page: 3, items: [] },
          { title: 'Slide D', page: 4, items: [] },
        ],
      },
    ]);
    const doc = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('sets title, authors, subject, keywords, language, creator, producer and fixed dates', async () => {
    const { bytes } = await finishPdf(await printed, input);
    const pdf = await readPdf(bytes);
    expect(pdf.info).toMatchObject({
      Title: INFO.title,
      Author: 'Jane Doe, Omar Haddad',
      Subject: 'Water',
      Keywords: 'Water Pool the Risk',
      Language: 'en-GB',
      Creator: 'briefdeck 0.0.0',
      Producer: 'briefdeck 0.0.0 (test)',
      CreationDate: 'D:20240303120000Z',
      ModDate: 'D:20240303120000Z',
    });
  });

  it('gives the same bytes for the same input', async () => {
    const first = await finishPdf(await printed, input);
    const second = await finishPdf(await printed, input);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});
