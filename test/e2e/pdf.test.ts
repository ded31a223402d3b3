import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliDeckOptions } from '../../src/cli/shared.js';
import { formatDate } from '../../src/essay/dates.js';
import { BROWSER_CANDIDATES, findPrintBrowser, HEADLESS_SHELL_CANDIDATES } from '../../src/export/browser.js';
import { startChromium } from '../../src/export/chromium.js';
import { type NotesMode, printDeck, printPageHead } from '../../src/export/pdf-print.js';
import { PACKAGE_ROOT } from '../../src/io/paths.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { runtimePage } from '../../src/render/html.js';
import type { Deck, DeckGroup, DeckSlide } from '../../src/types.js';
import { runtimeFiles } from '../../src/vite/runtime.js';
import { describeBrowser } from '../helpers/browser.js';
import { type CliResult, runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';
import { bodyParagraphs } from '../helpers/invariants.js';
import { missingInOrder, type ReadPdf, readPdf, squash } from '../helpers/pdf.js';

/**
 * `briefdeck pdf` end to end: the real CLI, real Chromium, and the PDF read back with pdfjs the
 * way a reader's viewer sees it (text per page, bookmarks, metadata, named destinations).
 */

const REFERENCE_DECK = join(ROOT, 'slides', 'kei-north-korea');

/** The deck's printed slides in order, with their groups: hidden groups and slides are not printed. */
function visible(deck: Deck): Array<{ group: DeckGroup; slide: DeckSlide }> {
  return deck.groups
    .filter((group) => !group.hidden)
    .flatMap((group) => group.slides.filter((slide) => !slide.hidden).map((slide) => ({ group, slide })));
}

/** What a slide shows as its heading: the title, marked when the slide continues the previous one. */
function heading(slide: DeckSlide): string {
  return slide.continued ? `${slide.title} (continued)` : slide.title;
}

/** Each slide's pages, from the named destination Chromium wrote for its id: [first, end). */
function slideRanges(pdf: ReadPdf, ids: readonly string[]): Array<{ id: string; start: number; end: number }> {
  const starts = ids.map((id) => pdf.destinations.get(id) ?? -1);
  return ids.map((id, k) => ({ id, start: starts[k] ?? -1, end: starts[k + 1] ?? pdf.pages.length }));
}

function pagesText(pdf: ReadPdf, start: number, end: number): string {
  return pdf.pages
    .slice(start, end)
    .map((page) => page.text)
    .join('\n');
}

describeBrowser('briefdeck pdf: the reference deck in each notes mode', () => {
  // Made when the tests run, not when they are collected: skipped tests leave nothing behind.
  let work = '';
  const built = buildFromLocation(locateDeck(REFERENCE_DECK));
  const slides = visible(built.deck);
  const pdfs = {} as Record<NotesMode, ReadPdf>;
  const runs = {} as Record<NotesMode, CliResult>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-e2e-'));
    for (const mode of ['none', 'page', 'handout'] as const) {
      runs[mode] = runCli(['pdf', '--notes', mode, '--out', join(work, `${mode}.pdf`)]);
      expect(runs[mode].status, runs[mode].stderr).toBe(0);
      pdfs[mode] = await readPdf(readFileSync(join(work, `${mode}.pdf`)));
    }
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('none: one page per visible slide, in deck order, with its title, bullets, footer and slide number', () => {
    const pdf = pdfs.none;
    const { meta } = built.deck;
    const footer = [meta.publication, meta.date ? formatDate(meta.date) : null].filter(Boolean).join(' · ');
    expect(footer).toContain('The Peninsula');
    expect(slides.length).toBeGreaterThan(10);
    expect(pdf.pages.length).toBe(slides.length);
    slides.forEach(({ slide }, index) => {
      const page = pdf.pages[index];
      if (!page) throw new Error(`no page ${index + 1}`);
      expect(
        missingInOrder(page.text, [heading(slide), ...slide.bullets.map((bullet) => bullet.text)]),
        `page ${index + 1}: ${slide.id}`,
      ).toEqual([]);
      // Reveal's slide number, bottom right.
      const number = page.items.find(
        (item) => item.str.trim() === String(index + 1) && item.y < page.height * 0.1 && item.x > page.width * 0.8,
      );
      expect(number, `slide number on page ${index + 1}`).toBeDefined();
      // The footer, as on screen: on every slide but the title.
      expect(squash(page.text).includes(squash(footer)), `footer on page ${index + 1}`).toBe(slide.layout !== 'title');
    });
    expect(runs.none.stdout).toContain(`${slides.length} pages for ${slides.length} slides`);
  });

  it("none: pages have the deck's aspect ratio and no slide is cut off", () => {
    const ratio = built.deck.width / built.deck.height;
    for (const page of pdfs.none.pages) {
      expect(Math.abs(page.width / page.height - ratio) / ratio).toBeLessThan(0.005);
      for (const item of page.items) {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.x).toBeLessThan(page.width);
        expect(item.y).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeLessThan(page.height);
      }
    }
    // The exporter measures every slide's content against its page and warns when it sticks out.
    expect(runs.none.stderr).not.toContain('cut off');
  });

  it('page: each slide page is followed by its notes pages, complete, and none for a slide without notes', () => {
    const pdf = pdfs.page;
    const ranges = slideRanges(
      pdf,
      slides.map(({ slide }) => slide.id),
    );
    expect(ranges[0]?.start).toBe(0);
    let expectedPages = 0;
    slides.forEach(({ slide }, k) => {
      const range = ranges[k];
      if (!range) throw new Error(`no range for ${slide.id}`);
      const slidePage = pdf.pages[range.start];
      expect(missingInOrder(slidePage?.text ?? '', [heading(slide), ...slide.bullets.map((b) => b.text)]), slide.id).toEqual([]);
      const notesPages = range.end - range.start - 1;
      if (!slide.notes.trim()) {
        expect(notesPages, `${slide.id} has no notes, so no notes page`).toBe(0);
      } else {
        expect(notesPages, `${slide.id} has notes`).toBeGreaterThanOrEqual(1);
        // Exactly the label, the heading and the notes: nothing cut, nothing else.
        const label = `Speaker notes · slide ${k + 1} of ${slides.length}`.toUpperCase();
        expect(squash(pagesText(pdf, range.start + 1, range.end))).toBe(squash(`${label}${heading(slide)}${slide.notes}`));
      }
      expectedPages += 1 + notesPages;
    });
    expect(pdf.pages.length).toBe(expectedPages);
    const noted = slides.filter(({ slide }) => slide.notes.trim()).length;
    expect(noted).toBeGreaterThan(5);
    expect(noted).toBeLessThan(slides.length);
    // Notes pages are slide-sized.
    const [first] = pdf.pages;
    for (const page of pdf.pages) expect([page.width, page.height]).toEqual([first?.width, first?.height]);
  });

  it('handout: each slide starts an A4 page, its notes below it; every body sentence is in the handout', () => {
    const pdf = pdfs.handout;
    const ranges = slideRanges(
      pdf,
      slides.map(({ slide }) => slide.id),
    );
    expect(ranges[0]?.start).toBe(0);
    slides.forEach(({ slide }, k) => {
      const range = ranges[k];
      if (!range) throw new Error(`no range for ${slide.id}`);
      expect(range.end - range.start, slide.id).toBeGreaterThanOrEqual(1);
      const text = pagesText(pdf, range.start, range.end);
      expect(missingInOrder(text, [heading(slide), ...slide.bullets.map((b) => b.text), slide.notes]), slide.id).toEqual([]);
      expect(squash(text).endsWith(squash(slide.notes)), `${slide.id}: the notes come last, whole`).toBe(true);
    });
    expect(ranges.at(-1)?.end).toBe(pdf.pages.length);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 0);
      expect(page.height).toBeCloseTo(841.89, 0);
    }
    const all = squash(pdf.pages.map((page) => page.text).join(''));
    const sentences = bodyParagraphs(built.essay).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text));
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((sentence) => !all.includes(squash(sentence)))).toEqual([]);
  });

  it('no page is empty, in any mode', () => {
    for (const mode of ['none', 'page', 'handout'] as const) {
      const empty = pdfs[mode].pages.flatMap((page, index) => (squash(page.text) ? [] : [index + 1]));
      expect(empty, `empty pages with --notes ${mode}`).toEqual([]);
    }
  });

  it("carries the essay's title, author and subject, and its language", () => {
    for (const pdf of Object.values(pdfs)) {
      expect(pdf.info).toMatchObject({
        Title: 'North Korea: Time for a Different Approach?',
        Author: 'Mark Tokola',
        Subject: 'North Korea',
        Language: 'en',
      });
      expect(pdf.info.Creator).toMatch(/^briefdeck \d/);
      expect(pdf.info.Producer).toMatch(/Chromium \d+/);
    }
  });

  it('has a bookmark per group and a child per slide, each opening its slide page', () => {
    for (const mode of ['none', 'page', 'handout'] as const) {
      const pdf = pdfs[mode];
      const groups = built.deck.groups.filter((group) => !group.hidden);
      expect(pdf.outline.map((bookmark) => bookmark.title)).toEqual(groups.map((group) => group.title));
      pdf.outline.forEach((bookmark, g) => {
        const group = groups[g] as DeckGroup;
        expect(bookmark.items.map((item) => item.title)).toEqual(group.slides.map(heading));
        expect(bookmark.page).toBe(bookmark.items[0]?.page);
        bookmark.items.forEach((item, s) => {
          const slide = group.slides[s] as DeckSlide;
          expect(item.page, `${mode}: ${slide.id}`).toBe(pdf.destinations.get(slide.id));
          expect(missingInOrder(pdf.pages[item.page]?.text ?? '', [heading(slide)]), `${mode}: ${slide.id}`).toEqual([]);
        });
      });
    }
  });

  it('embeds every font, and its text is selectable', () => {
    for (const pdf of Object.values(pdfs)) {
      expect(pdf.fonts.length).toBeGreaterThan(0);
      expect(pdf.fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(pdf.pages.every((page) => page.items.length > 0)).toBe(true);
    }
  });

  it('links the overview to the section pages inside the PDF, never to the local server', async () => {
    const doc = await PDFDocument.load(readFileSync(join(work, 'none.pdf')), { updateMetadata: false });
    const links = doc.getPages().flatMap((page, index) =>
      (page.node.Annots()?.asArray() ?? []).map((ref) => {
        const annotation = doc.context.lookup(ref, PDFDict);
        const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString);
        return { page: index, dest: annotation.get(PDFName.of('Dest'))?.toString() ?? null, uri: uri?.decodeText() ?? null };
      }),
    );
    const sections = built.deck.groups.filter((group) => group.kind === 'section').map((group) => `/${group.id}`);
    const overviewPage = slides.findIndex(({ slide }) => slide.layout === 'overview');
    expect(links.filter((link) => link.page === overviewPage).map((link) => link.dest)).toEqual(sections);
    expect(links.filter((link) => link.uri?.includes('127.0.0.1'))).toEqual([]);
  });
});

describeBrowser('briefdeck pdf: order, hidden slides, long notes, reproducibility', () => {
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-e2e-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('respects a custom order and leaves a hidden slide out', async () => {
    const reference = buildFromLocation(locateDeck(REFERENCE_DECK));
    const sectionIds = reference.deck.groups.filter((group) => group.kind === 'section').map((group) => group.id);
    const order = [...sectionIds].reverse();
    const stacked = order
      .map((id) => reference.deck.groups.find((group) => group.id === id))
      .find((group) => (group?.slides.length ?? 0) > 1);
    const hidden = stacked?.slides[1];
    if (!hidden) throw new Error('no reordered section has a second slide to hide');
    const flags = { order, hide: [hidden.id] };
    const expected = buildFromLocation(locateDeck(REFERENCE_DECK), cliDeckOptions(flags));
    const slides = visible(expected.deck);
    expect(slides.map(({ slide }) => slide.id)).not.toContain(hidden.id);

    const out = join(work, 'ordered.pdf');
    const result = runCli(['pdf', '--order', order.join(','), '--hide', hidden.id, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    expect(pdf.pages.length).toBe(visible(reference.deck).length - 1);
    slides.forEach(({ slide }, index) => {
      expect(missingInOrder(pdf.pages[index]?.text ?? '', [heading(slide), ...slide.bullets.map((b) => b.text)]), slide.id).toEqual([]);
    });
    expect(
      pdf.outline
        .filter((bookmark) => sectionIds.includes(expected.deck.groups.find((g) => g.title === bookmark.title)?.id ?? ''))
        .map((b) => b.title),
    ).toEqual(order.map((id) => expected.deck.groups.find((group) => group.id === id)?.title));
    // The overview page names the approaches in that order too.
    const overviewPage = slides.findIndex(({ slide }) => slide.id === 'overview');
    expect(overviewPage).toBeGreaterThanOrEqual(0);
    const titles = order.map((id) => expected.deck.groups.find((group) => group.id === id)?.title ?? id);
    expect(missingInOrder(pdf.pages[overviewPage]?.text ?? '', titles)).toEqual([]);
    const all = squash(pdf.pages.map((page) => page.text).join(''));
    for (const bullet of hidden.bullets) expect(all).not.toContain(squash(bullet.text));
    expect(pdf.destinations.has(hidden.id)).toBe(false);
  });

  it('flows long notes onto further pages, in page and handout modes, without cutting them', async () => {
    const deckDir = join(work, 'long-notes');
    mkdirSync(deckDir);
    // Five sentences of a dozen clauses each: one paragraph, one slide, notes for several pages.
    const topics = [
      'ports',
      'grids',
      'bridges',
      'rail',
      'broadband',
      'reservoirs',
      'levees',
      'tunnels',
      'depots',
      'airports',
      'canals',
      'dams',
    ];
    const sentence = (i: number): string =>
      `Sentence ${i + 1} argues that ${topics.map((topic, k) => `spending on ${topic} in district ${i * 12 + k + 1} must be planned over decades rather than budget years`).join(', and that ')}.`;
    const long = Array.from({ length: 5 }, (_, i) => sentence(i)).join(' ');
    writeFileSync(
      join(deckDir, 'essay.md'),
      [
        '# Long Notes: Speaker Notes That Need Several Pages',
        'By Ada Lovelace',
        'March 3, 2024',
        'Infrastructure planning is slow. Budgets are yearly. This essay looks at two ways to close the gap.',
        '## Plan in Decades',
        long,
        '## Fund in Years',
        'Short paragraphs fit on one notes page. They also keep the handout short.',
        '## Conclusion',
        'Both approaches matter. Neither is enough alone.',
        '',
      ].join('\n\n'),
    );
    const built = buildFromLocation(locateDeck(deckDir));
    const slides = visible(built.deck);
    const longest = slides.reduce((a, b) => (b.slide.notes.length > a.slide.notes.length ? b : a));
    expect(longest.slide.notes.length, 'a slide with long notes').toBeGreaterThan(5000);

    for (const mode of ['page', 'handout'] as const) {
      const out = join(work, `long-${mode}.pdf`);
      const result = runCli(['pdf', deckDir, '--notes', mode, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const pdf = await readPdf(readFileSync(out));
      const ranges = slideRanges(
        pdf,
        slides.map(({ slide }) => slide.id),
      );
      const range = ranges.find((candidate) => candidate.id === longest.slide.id);
      if (!range) throw new Error('no pages for the slide with long notes');
      const notesPages = mode === 'page' ? range.end - range.start - 1 : range.end - range.start;
      expect(notesPages, `${mode}: pages of the long notes`).toBeGreaterThanOrEqual(2);
      const text = squash(pagesText(pdf, range.start, range.end));
      expect(text.endsWith(squash(longest.slide.notes)), `${mode}: the long notes, whole`).toBe(true);
      expect(pdf.pages.filter((page) => !squash(page.text))).toEqual([]);
    }
  });

  it("shows fragments in their final state, on their slide's one page", async () => {
    // briefdeck's own slides have no fragments: two are added to a slide's markup in the printed page.
    const location = locateDeck(REFERENCE_DECK);
    const built = buildFromLocation(location);
    const ids = visible(built.deck).map(({ slide }) => slide.id);
    const target = visible(built.deck).find(({ slide }) => slide.layout === 'points')?.slide;
    if (!target) throw new Error('no key-point slide');
    const fragments = ['First fragment step', 'Second fragment step']
      .map((text, index) => `<p class="fragment" data-fragment-index="${index}">${text}</p>`)
      .join('');
    const page = runtimePage(
      readFileSync(join(PACKAGE_ROOT, 'index.html'), 'utf8'),
      built.rendered,
      built.deck.theme,
      runtimeFiles(built.deck.theme, built.stylesheets),
      printPageHead(built.deck),
    ).replace(
      new RegExp(`(<section id="${target.id}"[^>]*>.*?)(<aside class="notes">)`),
      (_, slide: string, notes: string) => slide + fragments + notes,
    );
    expect(page).toContain(fragments);
    const file = join(work, 'fragments.html');
    writeFileSync(file, page);
    const chromium = await startChromium(findPrintBrowser());
    try {
      const printed = await printDeck(chromium, pathToFileURL(file).href, {
        notes: 'none',
        expectedIds: ids,
        slide: { width: built.deck.width, height: built.deck.height },
      });
      const pdf = await readPdf(printed.pdf);
      expect(pdf.pages.length).toBe(ids.length);
      const pdfPage = pdf.pages[ids.indexOf(target.id)];
      expect(missingInOrder(pdfPage?.text ?? '', [heading(target), 'First fragment step', 'Second fragment step'])).toEqual([]);
    } finally {
      await chromium.close();
    }
  });

  it("applies deck.yaml's theme and css, linked from the deck's public/", async () => {
    const deckDir = join(work, 'styled-deck');
    mkdirSync(join(deckDir, 'public'), { recursive: true });
    writeFileSync(join(deckDir, 'essay.txt'), readFileSync(join(REFERENCE_DECK, 'essay.txt')));
    writeFileSync(join(deckDir, 'deck.yaml'), 'theme: dracula\ncss: [custom.css]\n');
    // Generated content is text in the PDF: it shows the stylesheet was applied.
    writeFileSync(join(deckDir, 'public', 'custom.css'), '.reveal section.bd-title h1::after { content: " (with the deck\'s css)"; }\n');
    const out = join(work, 'styled.pdf');
    const result = runCli(['pdf', deckDir, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash("(with the deck's css)"));
    expect(squash(pdf.pages[1]?.text ?? '')).not.toContain(squash("(with the deck's css)"));
  });

  // CI installs both (.ci/run); elsewhere the check needs both to be there.
  const shell = HEADLESS_SHELL_CANDIDATES.find((path) => existsSync(path));
  const fullBrowser = BROWSER_CANDIDATES.find((path) => existsSync(path));
  it.runIf(process.env.CI || (shell && fullBrowser))('prints the same file with Chromium as with its headless shell', () => {
    const files = [shell, fullBrowser].map((browser, k) => {
      if (!browser) throw new Error('CI=true: both Chromium and chromium-headless-shell must be installed (.ci/run)');
      const out = join(work, `same-${k}.pdf`);
      const result = runCli(['pdf', '--notes', 'handout', '--out', out], ROOT, { CHROME_PATH: browser });
      expect(result.status, result.stderr).toBe(0);
      return readFileSync(out);
    });
    expect(files[0]?.length).toBeGreaterThan(10_000);
    expect(files[0]?.equals(files[1] ?? Buffer.alloc(0))).toBe(true);
  });

  // The print's browser runs as one process (src/export/browser.ts ONE_PROCESS_ARGS): the text
  // must sit where Chromium's usual processes put it, on each browser that is installed.
  it.each([shell, fullBrowser].filter((browser): browser is string => browser !== undefined))(
    'prints the same file in one browser process as in several (%s)',
    (browser) => {
      const files = ['one', 'many'].map((processes) => {
        const out = join(work, `processes-${processes}.pdf`);
        const env = { CHROME_PATH: browser, ...(processes === 'many' ? { BRIEFDECK_BROWSER_PROCESSES: 'many' } : {}) };
        const result = runCli(['pdf', '--notes', 'handout', '--out', out], ROOT, env);
        expect(result.status, result.stderr).toBe(0);
        return readFileSync(out);
      });
      expect(files[0]?.length).toBeGreaterThan(10_000);
      expect(files[0]?.equals(files[1] ?? Buffer.alloc(0))).toBe(true);
    },
  );

  it('refuses to print a deck whose every slide is hidden', () => {
    const groups = buildFromLocation(locateDeck(REFERENCE_DECK)).deck.groups.map((group) => group.id);
    const out = join(work, 'nothing.pdf');
    const result = runCli(['pdf', '--hide', groups.join(','), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('every slide is hidden: the deck would be empty');
    expect(existsSync(out)).toBe(false);
  });

  // Three runs in every `npm test`; `npm run test:repro` runs twenty (BRIEFDECK_REPRO_RUNS).
  const repeats = Number(process.env.BRIEFDECK_REPRO_RUNS ?? 3);
  it(`gives the same pages and text ${repeats} times in a row`, async () => {
    const runs: Array<{ pages: string[]; bytes: string }> = [];
    for (let run = 0; run < repeats; run++) {
      const out = join(work, `repeat-${run}.pdf`);
      const result = runCli(['pdf', '--notes', 'page', '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const bytes = readFileSync(out);
      runs.push({ pages: (await readPdf(bytes)).pages.map((page) => page.text), bytes: bytes.toString('base64') });
    }
    const [first] = runs;
    expect(first?.pages.length).toBeGreaterThan(20);
    runs.forEach((run, index) => {
      const differing = run.pages.flatMap((text, page) => (text === first?.pages[page] ? [] : [page + 1]));
      expect({ run: index + 1, pages: run.pages.length, differing }).toEqual({ run: index + 1, pages: first?.pages.length, differing: [] });
    });
    // With its dates fixed, the file is the same byte for byte.
    expect(new Set(runs.map((run) => run.bytes)).size).toBe(1);
  }, 600_000);
});

describeBrowser('npm run pdf', () => {
  it('compiles and writes the reference PDF', async () => {
    const work = mkdtempSync(join(tmpdir(), 'briefdeck-npm-pdf-'));
    try {
      const out = join(work, 'reference.pdf');
      const result = spawnSync('npm', ['run', 'pdf', '--silent', '--', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      const pdf = await readPdf(readFileSync(out));
      expect(pdf.info.Title).toBe('North Korea: Time for a Different Approach?');
      expect(pdf.pages.length).toBe(visible(buildFromLocation(locateDeck(REFERENCE_DECK)).deck).length);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
