import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliDeckOptions, type DeckFlags } from '../../src/cli/shared.js';
import { planSlides } from '../../src/export/pptx.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import type { DeckSlide } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';
import { missingInOrder, type ReadPdf, readPdf } from '../helpers/pdf.js';
import { readPptx } from '../helpers/pptx.js';
import { convertToPdf, describeSoffice } from '../helpers/soffice.js';

/**
 * `briefdeck pptx` end to end: the real CLI, and its files opened in LibreOffice (converted to PDF
 * in one run, read back with pdfjs): a page per slide, each showing its title, no text off the page.
 */

const REFERENCE_DECK = join(ROOT, 'slides', 'kei-north-korea');

function visibleSlides(path: string, flags: DeckFlags = {}): DeckSlide[] {
  const { deck } = buildFromLocation(locateDeck(path), cliDeckOptions(flags));
  return deck.groups.flatMap((group) => group.slides.filter((slide) => !slide.hidden));
}

const heading = (slide: DeckSlide): string => (slide.continued ? `${slide.title} (continued)` : slide.title);

describeSoffice('briefdeck pptx: the files open in LibreOffice', () => {
  const cases: Array<{ name: string; path: string; flags: DeckFlags; args: string[] }> = [
    { name: 'reference', path: REFERENCE_DECK, flags: {}, args: [] },
    { name: 'long-heat-report', path: join(FIXTURES, 'long-heat-report', 'essay.md'), flags: {}, args: [] },
    // Another theme, and the order and visibility options.
    {
      name: 'ngo-blog-about-author',
      path: join(FIXTURES, 'ngo-blog-about-author', 'essay.txt'),
      flags: { theme: 'serif', hide: ['context'] },
      args: ['--theme', 'serif', '--hide', 'context'],
    },
  ];
  let work = '';
  const pdfs = new Map<string, ReadPdf>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-e2e-'));
    const files = cases.map(({ name, path, args }) => {
      const out = join(work, `${name}.pptx`);
      const result = runCli(['pptx', path, ...args, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      return out;
    });
    const converted = convertToPdf(files, work);
    for (const [k, pdf] of converted.entries()) pdfs.set(cases[k]?.name ?? '', await readPdf(readFileSync(pdf)));
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: a page per visible slide, each with its title, its text at the size chosen, all on the page',
    (_, { name, path, flags }) => {
      const pdf = pdfs.get(name);
      if (!pdf) throw new Error(`no PDF for ${name}`);
      const slides = visibleSlides(path, flags);
      const planned = planSlides(buildFromLocation(locateDeck(path), cliDeckOptions(flags)).deck);
      expect(slides.length).toBeGreaterThan(5);
      expect(pdf.pages.length).toBe(slides.length);
      slides.forEach((slide, index) => {
        const page = pdf.pages[index];
        if (!page) throw new Error(`no page ${index + 1}`);
        expect(missingInOrder(page.text, [heading(slide)]), `${name} page ${index + 1}`).toEqual([]);
        if (slide.layout === 'points') {
          const bullets = slide.bullets.map((bullet) => bullet.text);
          expect(missingInOrder(page.text, bullets), slide.id).toEqual([]);
          // Shown at the size the export chose: LibreOffice did not have to shrink the text to fit its box.
          const all = bullets.join(' ');
          const sizes = page.items
            .filter((item) => item.str.trim().length > 3 && all.includes(item.str.trim()) && !heading(slide).includes(item.str.trim()))
            .map((item) => item.height);
          expect(sizes.length, slide.id).toBeGreaterThan(0);
          for (const size of sizes)
            expect(Math.abs(size - (planned[index]?.bodySize ?? 0)), `${slide.id}: ${size} pt`).toBeLessThanOrEqual(1);
        }
        // Text that did not fit its box would run past the slide's bottom edge.
        const outside = page.items.filter(
          (item) => item.str.trim() && (item.x < 0 || item.x > page.width || item.y < 0 || item.y > page.height),
        );
        expect(outside, `${name} page ${index + 1}`).toEqual([]);
      });
      const [first] = pdf.pages;
      expect((first?.width ?? 0) / (first?.height ?? 1)).toBeCloseTo(16 / 9, 2);
    },
  );
});

describe('briefdeck pptx: the command', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-cli-'));
  /** The CLI's temporary folders go here (TMPDIR), to check that none is left behind. */
  const temporary = join(work, '.tmp');
  mkdirSync(temporary);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => {
    for (const name of readdirSync(work)) if (name !== '.tmp') rmSync(join(work, name), { recursive: true, force: true });
    for (const name of readdirSync(temporary)) rmSync(join(temporary, name), { recursive: true, force: true });
  });

  const pptx = (args: string[]) => runCli(['pptx', ...args], work, { TMPDIR: temporary });
  /** Files left in `work` and the temporary folder other than those named. */
  const leftovers = (...expected: string[]): string[] =>
    [...readdirSync(work).filter((name) => name !== '.tmp'), ...readdirSync(temporary)].filter((name) => !expected.includes(name));
  /** A BriefdeckError as the CLI prints it: one message and a hint, no stack trace. */
  const expectCleanError = (stderr: string): void => {
    expect(stderr).toMatch(/^briefdeck: error: /);
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it('writes DECK.pptx in the current folder by default, the same bytes each time', async () => {
    const first = pptx([REFERENCE_DECK]);
    expect(first.status, first.stderr).toBe(0);
    const slides = visibleSlides(REFERENCE_DECK);
    expect(first.stdout).toMatch(new RegExp(`^briefdeck: wrote kei-north-korea\\.pptx: ${slides.length} slides \\(\\d+ ms\\)\\n$`));
    const bytes = readFileSync(join(work, 'kei-north-korea.pptx'));
    expect((await readPptx(bytes)).slides.length).toBe(slides.length);
    expect(pptx([REFERENCE_DECK]).status).toBe(0);
    expect(readFileSync(join(work, 'kei-north-korea.pptx')).equals(bytes)).toBe(true);
    expect(leftovers('kei-north-korea.pptx')).toEqual([]);
  });

  it('reports what it wrote as JSON with --json, and prints nothing with --quiet', () => {
    const json = pptx([REFERENCE_DECK, '--json']);
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as { command: string; path: string; slides: number; bytes: number; warnings: string[] };
    expect(report).toMatchObject({
      command: 'pptx',
      path: join(work, 'kei-north-korea.pptx'),
      slides: visibleSlides(REFERENCE_DECK).length,
      warnings: [],
    });
    expect(report.bytes).toBe(readFileSync(join(work, 'kei-north-korea.pptx')).byteLength);
    const quiet = pptx([REFERENCE_DECK, '--quiet']);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('');
  });

  it('names a missing essay, exits 1, writes nothing', () => {
    const result = pptx(['no/such/essay.txt']);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain('no/such/essay.txt: no such file or folder');
    expect(leftovers()).toEqual([]);
  });

  it('rejects an unknown --order id with the closest one, keeping the earlier file as it was', () => {
    expect(pptx([REFERENCE_DECK, '--out', 'deck.pptx']).status).toBe(0);
    const before = readFileSync(join(work, 'deck.pptx'));
    const result = pptx([REFERENCE_DECK, '--out', 'deck.pptx', '--order', 'go-publik']);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain('--order: unknown group id "go-publik": did you mean "go-public"?');
    expect(readFileSync(join(work, 'deck.pptx')).equals(before)).toBe(true);
    expect(leftovers('deck.pptx')).toEqual([]);
  });

  it('cannot write where --out points: says so, leaves no half-written file', () => {
    writeFileSync(join(work, 'a-file'), 'not a folder\n');
    const result = pptx([REFERENCE_DECK, '--out', join('a-file', 'deck.pptx')]);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toMatch(/a-file\/deck\.pptx: cannot write the PowerPoint file: ENOTDIR\n {2}Check the folder is writable/);
    expect(leftovers('a-file')).toEqual([]);
    const missing = pptx([REFERENCE_DECK, '--out', join('missing', 'deck.pptx')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${join(work, 'missing')}: the folder for the PowerPoint file does not exist`);
    expect(leftovers('a-file')).toEqual([]);
  });

  it('refuses to replace a file that is not a PowerPoint file, before any work', () => {
    writeFileSync(join(work, 'notes.pptx'), 'my own notes\n');
    const result = pptx([REFERENCE_DECK, '--out', 'notes.pptx']);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain('refusing to replace a file that is not a PowerPoint file');
    expect(readFileSync(join(work, 'notes.pptx'), 'utf8')).toBe('my own notes\n');
    expect(leftovers('notes.pptx')).toEqual([]);
  });

  it('has help naming the deck options and SOURCE_DATE_EPOCH', () => {
    const result = pptx(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: briefdeck pptx [options] [ESSAY_OR_DECK_DIR]');
    for (const option of ['--out', '--order', '--hide', '--minutes', '--theme', '--format', 'SOURCE_DATE_EPOCH'])
      expect(result.stdout).toContain(option);
  });
});

describe('npm run pptx', () => {
  it('compiles and writes the reference deck', async () => {
    const work = mkdtempSync(join(tmpdir(), 'briefdeck-npm-pptx-'));
    try {
      const out = join(work, 'reference.pptx');
      const result = spawnSync('npm', ['run', 'pptx', '--silent', '--', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      const read = await readPptx(readFileSync(out));
      expect(read.core.title).toBe('North Korea: Time for a Different Approach?');
      expect(read.slides.length).toBe(visibleSlides(REFERENCE_DECK).length);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
