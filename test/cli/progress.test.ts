import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { describeBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';

/**
 * The long commands' output: a status line on stderr when it is a terminal (a real
 * pseudo-terminal from util-linux `script`), nothing there otherwise, the one summary line on
 * stdout as before, `--json` for scripts and `--quiet` for silence.
 */

const LONG_ESSAY = join(FIXTURES, 'long-heat-report', 'essay.md');
const SHORT_ESSAY = join(FIXTURES, 'short-school-meals', 'essay.md');
const BIN = join(ROOT, 'bin', 'briefdeck.js');
const hasScript = spawnSync('script', ['--version']).status === 0;

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI on a pseudo-terminal: stdout and stderr are both the terminal, and come back as one stream. */
function runOnTerminal(args: string[], cwd: string): { status: number | null; output: string } {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' },
    timeout: 120_000,
  });
  return { status: result.status, output: result.stdout };
}

/**
 * The status line's steps: each text is drawn after a carriage return and an erase-line, and
 * drawn again while its step runs (the time moves on), so repeats are dropped.
 */
const statusSteps = (output: string): string[] =>
  output
    .split('\r\x1b[2K')
    .map((part) => /^briefdeck: \[\d+\.\d s\] (.*)…$/.exec(part)?.[1])
    .filter((text, i, texts): text is string => text !== undefined && text !== texts[i - 1]);

const slideCount = (essay: string): number =>
  buildFromLocation(locateDeck(essay)).deck.groups.reduce((n, group) => n + group.slides.length, 0);

describe.skipIf(!hasScript)('briefdeck build: progress on a terminal, one line otherwise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const slides = slideCount(LONG_ESSAY);
  const shortSlides = slideCount(SHORT_ESSAY);

  it('on a terminal: the steps with the slide count on one rewritten line, erased before the summary', () => {
    const { status, output } = runOnTerminal(['build', LONG_ESSAY, '--out', 'tty'], dir);
    expect(status).toBe(0);
    expect(statusSteps(output)).toEqual([
      `outlining essay.md (${Math.ceil(readFileSync(LONG_ESSAY).byteLength / 1024)} KB)`,
      `rendering ${slides} slides`,
      'writing tty',
    ]);
    // The line is erased, then the summary stands alone on its line.
    expect(output).toMatch(
      new RegExp(`…\\r\\x1b\\[2Kbriefdeck: wrote tty/index\\.html: \\d+ groups, ${slides} slides \\(\\d+ ms\\)\\r?\\n$`),
    );
  });

  it('not on a terminal: nothing on stderr, the one summary line on stdout', () => {
    const { status, stdout, stderr } = runCli(['build', SHORT_ESSAY, '--out', 'piped'], dir);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^briefdeck: wrote piped/index\\.html: \\d+ groups, ${shortSlides} slides \\(\\d+ ms\\)\\n$`));
  });

  it('--quiet: nothing at all, on a terminal or not, and the deck is written', () => {
    const onTerminal = runOnTerminal(['build', SHORT_ESSAY, '--out', 'quiet-tty', '--quiet'], dir);
    expect([onTerminal.status, onTerminal.output]).toEqual([0, '']);
    const piped = runCli(['build', SHORT_ESSAY, '--out', 'quiet', '-q'], dir);
    expect([piped.status, piped.stdout, piped.stderr]).toEqual([0, '', '']);
    for (const out of ['quiet-tty', 'quiet']) expect(existsSync(join(dir, out, 'index.html'))).toBe(true);
  });

  it('--json: what was written, the counts and the time, for scripts', () => {
    const { status, stdout, stderr } = runCli(['build', SHORT_ESSAY, '--out', 'json', '--source-map', '--json'], dir);
    expect([status, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout) as Record<string, unknown> & { files: string[] };
    expect(report).toMatchObject({
      command: 'build',
      kind: 'folder',
      path: join(dir, 'json'),
      index: join(dir, 'json', 'index.html'),
      sourceMap: join(dir, 'json', 'sourcemap.json'),
      essay: SHORT_ESSAY,
      slides: shortSlides,
    });
    expect(report.files).toContain(join(dir, 'json', 'index.html'));
    expect(report.files).toContain(join(dir, 'json', 'sourcemap.json'));
    for (const file of report.files) expect(existsSync(file), file).toBe(true);
    expect(report.bytes).toBe(report.files.reduce((sum, file) => sum + readFileSync(file).byteLength, 0));
    expect(report.ms).toBeGreaterThan(0);
  });

  it('--json with --single-file: the one file and its size', () => {
    const { status, stdout } = runCli(['build', SHORT_ESSAY, '--single-file', '--out', 'one.html', '--json'], dir);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { kind: string; files: string[]; bytes: number };
    expect(report.kind).toBe('file');
    expect(report.files).toEqual([join(dir, 'one.html')]);
    expect(report.bytes).toBe(readFileSync(join(dir, 'one.html')).byteLength);
  });
});

describe.skipIf(!hasScript)('briefdeck pdf: progress on a terminal, one line otherwise', () => {
  describeBrowser('in Chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-progress-pdf-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const slides = slideCount(SHORT_ESSAY);

    it('on a terminal: Chromium starting, then the slides laid out and printed, then the pages written', () => {
      const { status, output } = runOnTerminal(['pdf', SHORT_ESSAY, '--out', 'tty.pdf'], dir);
      expect(status).toBe(0);
      expect(statusSteps(output)).toEqual([
        'starting Chromium',
        `outlining essay.md (${Math.ceil(readFileSync(SHORT_ESSAY).byteLength / 1024)} KB)`,
        `rendering ${slides} slides`,
        `laying out ${slides} slides in the print view`,
        `printing ${slides} slides in Chromium`,
        `adding bookmarks and metadata for ${slides} slides`,
        `writing tty.pdf (${slides} pages)`,
      ]);
      expect(output).toMatch(
        new RegExp(`\\r\\x1b\\[2Kbriefdeck: wrote tty\\.pdf: ${slides} pages for ${slides} slides, notes: none \\(\\d+ ms\\)\\r?\\n$`),
      );
    });

    it('--json, not on a terminal: nothing on stderr; the file, pages, slides and time on stdout', () => {
      const { status, stdout, stderr } = runCli(['pdf', SHORT_ESSAY, '--out', 'json.pdf', '--notes', 'page', '--json'], dir);
      expect([status, stderr]).toEqual([0, '']);
      const report = JSON.parse(stdout) as { command: string; path: string; pages: number; slides: number; notes: string; bytes: number };
      expect(report).toMatchObject({ command: 'pdf', path: join(dir, 'json.pdf'), notes: 'page', slides });
      expect(report.pages).toBeGreaterThan(slides);
      expect(report.bytes).toBe(readFileSync(join(dir, 'json.pdf')).byteLength);
    });

    it('--quiet on a terminal: no status line and no summary, and the PDF is written', () => {
      const { status, output } = runOnTerminal(['pdf', SHORT_ESSAY, '--out', 'quiet.pdf', '--quiet'], dir);
      expect([status, output]).toEqual([0, '']);
      expect(readFileSync(join(dir, 'quiet.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  });
});
