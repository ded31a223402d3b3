import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDeckOptions, type DeckFlags } from '../../src/cli/shared.js';
import { THEMES } from '../../src/deck/options.js';
import { deckToPptx, fitFontSize, type PptxInfo, planSlides, textHeight, wrappedLines } from '../../src/export/pptx.js';
import { hexColour, portableFont, pptxTheme } from '../../src/export/pptx-theme.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import type { Deck, DeckSlide } from '../../src/types.js';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';
import { type ReadPptx, readPptx } from '../helpers/pptx.js';

/**
 * The PowerPoint export on real decks (the reference deck and fixture essays), read back from the
 * file's XML: what PowerPoint shows and what a colleague can edit.
 */

const REFERENCE_DECK = join(ROOT, 'slides', 'kei-north-korea');
const DECKS = [REFERENCE_DECK, join(FIXTURES, 'long-heat-report', 'essay.md'), join(FIXTURES, 'ngo-blog-about-author', 'essay.txt')];
const INFO: PptxInfo = {
  title: 'A Title & <More>',
  authors: ['Jane Doe', 'Omar Haddad'],
  subject: 'Water; Pipes',
  date: new Date('2024-03-05T10:20:30Z'),
};

function visibleSlides(deck: Deck): DeckSlide[] {
  return deck.groups.flatMap((group) => group.slides.filter((slide) => !slide.hidden));
}

async function exported(path: string, flags: DeckFlags = {}): Promise<{ deck: Deck; bytes: Uint8Array; pptx: ReadPptx }> {
  const { deck } = buildFromLocation(locateDeck(path), cliDeckOptions(flags));
  const { bytes } = await deckToPptx(deck, pptxTheme(deck.theme), INFO);
  return { deck, bytes, pptx: await readPptx(bytes) };
}

/** The text of a slide's placeholders of `type`, paragraph by paragraph. */
function placeholderParagraphs(pptx: ReadPptx, index: number, type: string): ReadPptx['slides'][number]['shapes'][number]['paragraphs'] {
  return (pptx.slides[index]?.shapes ?? []).filter((shape) => shape.placeholder === type).flatMap((shape) => shape.paragraphs);
}

describe('briefdeck pptx: the file', () => {
  it.each(DECKS)('%s: a slide per visible slide, in order, titles and bullets as paragraphs of placeholders', async (path) => {
    const { deck, pptx } = await exported(path);
    const slides = visibleSlides(deck);
    expect(slides.length).toBeGreaterThan(5);
    expect(pptx.slides.length).toBe(slides.length);
    slides.forEach((slide, index) => {
      const title = placeholderParagraphs(pptx, index, 'title').map((paragraph) => paragraph.text);
      expect(title, slide.id).toEqual([slide.continued ? `${slide.title} (continued)` : slide.title]);
      // No text outside placeholders: the footer and slide number belong to the master.
      expect(pptx.slides[index]?.shapes.filter((shape) => shape.placeholder === null && shape.paragraphs.some((p) => p.text))).toEqual([]);
      if (slide.layout === 'points') {
        expect(placeholderParagraphs(pptx, index, 'body'), slide.id).toEqual(
          slide.bullets.map((bullet) => ({ text: bullet.text, list: 'disc' })),
        );
      }
      if (slide.layout === 'about') {
        const body = placeholderParagraphs(pptx, index, 'body').map((paragraph) => paragraph.text);
        expect(body.join(' '), slide.id).toBe(slide.bullets.map((bullet) => bullet.text).join(' '));
      }
    });
  });

  it.each(DECKS)('%s: every slide has a notes slide with its notes, verbatim and whole', async (path) => {
    const { deck, pptx } = await exported(path);
    const slides = visibleSlides(deck);
    expect(slides.filter((slide) => slide.notes.length > 500).length).toBeGreaterThan(0);
    expect(pptx.slides.map((slide) => slide.notes)).toEqual(slides.map((slide) => slide.notes));
  });

  it('the title slide: title, authors, date and publication; section slides: their agenda as a numbered list', async () => {
    const { deck, pptx } = await exported(REFERENCE_DECK);
    const body = placeholderParagraphs(pptx, 0, 'body').map((paragraph) => paragraph.text);
    expect(placeholderParagraphs(pptx, 0, 'title').map((p) => p.text)).toEqual(['North Korea: Time for a Different Approach?']);
    expect(body).toEqual(expect.arrayContaining(['Mark Tokola', 'July 16, 2020', 'The Peninsula']));
    const slides = visibleSlides(deck);
    const sectionIndex = slides.findIndex((slide) => slide.layout === 'section');
    const group = deck.groups.find((candidate) => candidate.id === slides[sectionIndex]?.id);
    if (!group) throw new Error('no section slide');
    const agenda = placeholderParagraphs(pptx, sectionIndex, 'body').filter((paragraph) => paragraph.text !== '1 of 3');
    expect(agenda).toEqual(group.slides.slice(1).map((slide) => ({ text: slide.title, list: 'number' })));
    expect(placeholderParagraphs(pptx, sectionIndex, 'body').map((p) => p.text)).toContain('1 of 3');
  });

  it('the source slide of a deck without a bio: the essay cited, title first, then writers and date', async () => {
    const { deck, pptx } = await exported(join(FIXTURES, 'short-school-meals', 'essay.md'));
    const index = visibleSlides(deck).findIndex((slide) => slide.id === 'about');
    expect(placeholderParagraphs(pptx, index, 'title').map((p) => p.text)).toEqual(['Source']);
    expect(placeholderParagraphs(pptx, index, 'body').map((p) => p.text)).toEqual([
      'Free School Meals Are Cheap Insurance',
      'Ana Ruiz · May 2, 2024',
    ]);
  });

  it('follows --order and --hide: the slides, their order and the sections', async () => {
    const reference = buildFromLocation(locateDeck(REFERENCE_DECK)).deck;
    const sectionIds = reference.groups.filter((group) => group.kind === 'section').map((group) => group.id);
    const order = [...sectionIds].reverse();
    // A slide of the first section, in the new order, that has more than one.
    const stacked = order.map((id) => reference.groups.find((group) => group.id === id)).find((group) => (group?.slides.length ?? 0) > 1);
    const hidden = stacked?.slides[1]?.id;
    if (!hidden) throw new Error('no slide to hide');
    const { deck, pptx } = await exported(REFERENCE_DECK, { order, hide: [hidden, 'about'] });
    const slides = visibleSlides(deck);
    expect(slides.map((slide) => slide.id)).not.toContain(hidden);
    expect(pptx.slides.length).toBe(visibleSlides(reference).length - 2);
    expect(pptx.slides.map((_, index) => placeholderParagraphs(pptx, index, 'title')[0]?.text)).toEqual(
      slides.map((slide) => (slide.continued ? `${slide.title} (continued)` : slide.title)),
    );
    const groups = deck.groups.filter((group) => group.slides.some((slide) => !slide.hidden));
    expect(pptx.sections.map((section) => section.name)).toEqual(groups.map((group) => group.title));
    expect(pptx.sections.map((section) => section.name)).not.toContain('About the author');
    const titles = order.map((id) => reference.groups.find((group) => group.id === id)?.title);
    expect(pptx.sections.map((section) => section.name).filter((name) => titles.includes(name))).toEqual(titles);
  });

  it('has a section per group holding its slides, in order', async () => {
    const { deck, pptx } = await exported(REFERENCE_DECK);
    let next = 0;
    const expected = deck.groups
      .filter((group) => group.slides.some((slide) => !slide.hidden))
      .map((group) => ({ name: group.title, slides: group.slides.filter((slide) => !slide.hidden).map(() => next++) }));
    expect(pptx.sections).toEqual(expected);
    expect(expected.length).toBe(8);
  });

  it('carries title, author, subject and the fixed dates, at 16:9', async () => {
    const { pptx } = await exported(REFERENCE_DECK);
    expect(pptx.core).toMatchObject({
      title: 'A Title & <More>',
      creator: 'Jane Doe, Omar Haddad',
      subject: 'Water; Pipes',
      created: '2024-03-05T10:20:30Z',
      modified: '2024-03-05T10:20:30Z',
    });
    expect(pptx.size.cx / pptx.size.cy).toBeCloseTo(16 / 9, 3);
    expect(pptx.size.cx).toBe(12_192_000);
  });

  it("takes deck.yaml's aspect", async () => {
    const deck = buildFromLocation(locateDeck(REFERENCE_DECK)).deck;
    const { bytes } = await deckToPptx({ ...deck, width: 1024, height: 768 }, pptxTheme(deck.theme), INFO);
    const { size } = await readPptx(bytes);
    expect(size.cx / size.cy).toBeCloseTo(4 / 3, 3);
  });

  it('gives the same bytes for the same deck, whatever the time of day', async () => {
    const first = await exported(REFERENCE_DECK);
    await new Promise((done) => setTimeout(done, 1100));
    const second = await exported(REFERENCE_DECK);
    expect(first.bytes.length).toBeGreaterThan(20_000);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // And a different date gives different bytes: the dates are really the document's.
    const deck = buildFromLocation(locateDeck(REFERENCE_DECK)).deck;
    const later = await deckToPptx(deck, pptxTheme(deck.theme), { ...INFO, date: new Date('2025-01-01T00:00:00Z') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });
});

describe('briefdeck pptx: text that fits', () => {
  it('wraps between words, and inside a word longer than a line', () => {
    expect(wrappedLines('aaa bbb ccc', 7)).toBe(2);
    expect(wrappedLines('aaa bbb ccc', 11)).toBe(1);
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
    expect(wrappedLines('', 10)).toBe(1);
  });

  it('chooses the largest size that fits, smaller for more text, never below the floor', () => {
    const box = { x: 0, y: 0, w: 12, h: 5 };
    const short = [{ text: 'A short point.', list: 'disc' as const }];
    const long = Array.from({ length: 6 }, () => ({
      text: 'A much longer point that wraps onto several lines of the box. '.repeat(3),
      list: 'disc' as const,
    }));
    expect(fitFontSize(short, box, [24, 12])).toBe(24);
    const size = fitFontSize(long, box, [24, 12]);
    expect(size).toBeLessThan(24);
    expect(size).toBeGreaterThan(12);
    expect(textHeight(long, size, box.w)).toBeLessThanOrEqual(box.h * 72);
    expect(textHeight(long, size + 1, box.w)).toBeGreaterThan(box.h * 72 - 7.2);
    expect(fitFontSize([{ text: 'word '.repeat(2000), list: 'none' }], box, [24, 12])).toBe(12);
  });

  it('on every fixture deck, every title and body fits its box at the size chosen', () => {
    const decks = [...DECKS, join(FIXTURES, 'medium-hospital-quality', 'essay.txt'), join(ROOT, 'test', 'e2e', 'stress', 'essay.md')];
    for (const path of decks) {
      const { deck } = buildFromLocation(locateDeck(path));
      const crowded = planSlides(deck).filter((slide) => slide.bodySize <= 12 || slide.titleSize <= 22);
      expect(
        crowded.map((slide) => slide.id),
        path,
      ).toEqual([]);
    }
  });
});

describe("briefdeck pptx: the theme, read from the HTML deck's stylesheets", () => {
  it('briefing: its palette and the first portable font of its stack', () => {
    const css = readFileSync(join(ROOT, 'src', 'client', 'themes', 'briefing.css'), 'utf8');
    const value = (name: string) => hexColour(new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1] ?? '');
    expect(pptxTheme('briefing')).toEqual({
      background: value('--r-background-color'),
      text: value('--r-main-color'),
      heading: value('--r-heading-color'),
      accent: value('--bd-accent'),
      muted: value('--bd-muted'),
      headingFont: 'Arial',
      bodyFont: 'Arial',
    });
    expect(pptxTheme('briefing').accent).toBe('A5361F');
  });

  it('every theme gives a colour for each role, dark themes light text on dark', () => {
    for (const theme of THEMES) {
      const colours = pptxTheme(theme);
      for (const role of ['background', 'text', 'heading', 'accent', 'muted'] as const)
        expect(colours[role], `${theme} ${role}`).toMatch(/^[0-9A-F]{6}$/);
    }
    expect(pptxTheme('black')).toMatchObject({ background: '191919', text: 'FFFFFF' });
    expect(pptxTheme('serif')).toMatchObject({ background: 'F0F1EB', bodyFont: 'Palatino Linotype' });
  });

  it('picks fonts PowerPoint has from a CSS stack', () => {
    expect(portableFont('"Source Sans Pro", Helvetica, sans-serif')).toBe('Helvetica');
    expect(portableFont('"Palatino Linotype", "Book Antiqua", Palatino, serif')).toBe('Palatino Linotype');
    expect(portableFont('"Some Web Font", serif')).toBe('Times New Roman');
    expect(portableFont('-apple-system, BlinkMacSystemFont')).toBe('Arial');
    expect(hexColour('#fff')).toBe('FFFFFF');
    expect(hexColour('rgba(0,0,0,0.5)')).toBeNull();
  });
});
