import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findBrowser, findPrintBrowser } from '../../src/export/browser.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * `briefdeck pdf` when it cannot or must not print: each case exits non-zero with a message
 * that says what was tried and what to do, and writes nothing. None of them needs a browser.
 */

const work = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI's temporary folders go here (TMPDIR), to check that none is left behind. */
const temporary = join(work, '.tmp');
mkdirSync(temporary);

function pdf(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), 'pdf', ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TMPDIR: temporary, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A BriefdeckError as the CLI prints it: one message and a hint, no crash with a stack trace. */
function expectCleanError(stderr: string): void {
  expect(stderr).toMatch(/^briefdeck: error: /);
  expect(stderr).not.toMatch(/^\s+at /m);
}

/** Files in `work` and temporary folders other than those named: a failed run must leave neither a PDF nor a temporary file. */
function leftovers(...expected: string[]): string[] {
  return [...readdirSync(work).filter((name) => name !== '.tmp'), ...readdirSync(temporary)].filter((name) => !expected.includes(name));
}

describe('briefdeck pdf errors', () => {
  // Each case starts from an empty folder, whatever the one before left.
  afterEach(() => {
    for (const name of readdirSync(work)) if (name !== '.tmp') rmSync(join(work, name), { recursive: true, force: true });
    for (const name of readdirSync(temporary)) rmSync(join(temporary, name), { recursive: true, force: true });
  });

  it('with CHROME_PATH pointing nowhere: names it, says how to install a browser, writes nothing', () => {
    const result = pdf(['--out', 'deck.pdf'], { CHROME_PATH: join(work, 'no-such-chromium') });
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain(`CHROME_PATH points to ${join(work, 'no-such-chromium')}, which does not exist`);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stdout).toBe('');
    expect(leftovers()).toEqual([]);
  });

  it('with a browser that fails to start: names it, keeps the earlier PDF as it was', () => {
    const earlier = '%PDF-1.7\nan earlier export\n';
    writeFileSync(join(work, 'kept.pdf'), earlier);
    const result = pdf(['--out', 'kept.pdf'], { CHROME_PATH: '/bin/false' });
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain('the browser at /bin/false failed to start');
    expect(result.stderr).toContain('set CHROME_PATH to a Chromium or Chrome binary');
    expect(readFileSync(join(work, 'kept.pdf'), 'utf8')).toBe(earlier);
    expect(leftovers('kept.pdf')).toEqual([]);
  });

  it('with no browser anywhere: lists CHROME_PATH and every place it looked', () => {
    const places = [join(work, 'chromium'), join(work, 'google-chrome')];
    expect(() => findBrowser({}, places)).toThrow(`no Chromium or Chrome found; tried CHROME_PATH (unset), ${places.join(', ')}`);
    try {
      findBrowser({}, places);
    } catch (error) {
      expect((error as { hint?: string }).hint).toContain('apt-get install -y chromium');
    }
  });

  it('prints with CHROME_PATH if set, else a headless shell, else a browser, naming every place when none is there', () => {
    const shells = [join(work, 'shell-a'), join(work, 'shell-b')];
    const browsers = [join(work, 'browser-a'), join(work, 'browser-b')];
    expect(() => findPrintBrowser({}, shells, browsers)).toThrow(
      `no Chromium or Chrome found; tried CHROME_PATH (unset), ${[...shells, ...browsers].join(', ')}`,
    );
    writeFileSync(browsers[1] ?? '', '');
    expect(findPrintBrowser({}, shells, browsers)).toBe(browsers[1]);
    writeFileSync(shells[1] ?? '', '');
    expect(findPrintBrowser({}, shells, browsers)).toBe(shells[1]);
    expect(findPrintBrowser({ CHROME_PATH: browsers[1] }, shells, browsers)).toBe(browsers[1]);
    expect(() => findPrintBrowser({ CHROME_PATH: join(work, 'nowhere') }, shells, browsers)).toThrow('CHROME_PATH points to');
  });

  it('refuses to replace a file that is not a PDF, before doing any work', () => {
    writeFileSync(join(work, 'notes.txt'), 'my own notes\n');
    const result = pdf(['--out', 'notes.txt']);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain('refusing to replace a file that is not a PDF');
    expect(readFileSync(join(work, 'notes.txt'), 'utf8')).toBe('my own notes\n');
    expect(leftovers('notes.txt')).toEqual([]);
  });

  it('names a missing output folder', () => {
    const result = pdf(['--out', join('missing', 'deck.pdf')]);
    expect(result.status).toBe(1);
    expectCleanError(result.stderr);
    expect(result.stderr).toContain(`${join(work, 'missing')}: the folder for the PDF does not exist`);
    expect(existsSync(join(work, 'missing'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('rejects an unknown notes mode, listing the valid ones', () => {
    const result = pdf(['--notes', 'margin']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/--notes.*margin.*none, page, handout/s);
    expect(leftovers()).toEqual([]);
  });
});
