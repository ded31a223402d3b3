import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeBrowser } from '../helpers/browser.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * What `briefdeck pdf` leaves behind on the machine: Chromium runs in its own process group
 * with a temporary profile (src/export/chromium.ts). After a PDF, and after a Ctrl-C in the
 * middle of one, no Chromium process of that run is left and no temporary folder either.
 */

const work = mkdtempSync(join(tmpdir(), 'briefdeck-pdf-process-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Processes whose command line names `path` (Chromium's carries its profile folder), from /proc. */
function processesUsing(path: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(join('/proc', pid, 'cmdline'), 'utf8').replaceAll('\0', ' ');
      if (commandLine.includes(path)) found.push(`${pid} ${commandLine}`);
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

/** The processes using `path` once they have had up to a second to end (the system reaps killed ones). */
async function processesLeft(path: string): Promise<string[]> {
  for (let waited = 0; waited < 1000 && processesUsing(path).length > 0; waited += 50) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return processesUsing(path);
}

/** A fresh TMPDIR for one run of the CLI, so what it leaves there can be listed. */
function freshTemporary(name: string): string {
  const folder = join(work, name);
  mkdirSync(folder);
  return folder;
}

describeBrowser('briefdeck pdf and the processes it starts', () => {
  it('leaves no Chromium process and no temporary folder after a PDF', async () => {
    const temporary = freshTemporary('done');
    const out = join(work, 'deck.pdf');
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), 'pdf', '--out', out], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temporary },
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(temporary)).toEqual([]);
    expect(await processesLeft(temporary)).toEqual([]);
  });

  it('on Ctrl-C while printing: stops Chromium, removes its profile, exits 130, writes nothing', async () => {
    const temporary = freshTemporary('interrupted');
    const out = join(work, 'interrupted.pdf');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), 'pdf', '--out', out], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temporary, BRIEFDECK_TRACE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let interrupted = false;
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      // Chromium is up and the page is being laid out: interrupt then.
      if (!interrupted && stderr.includes('trace page-opened')) {
        interrupted = true;
        // While it runs, the browser's processes are there to be found.
        expect(processesUsing(temporary).length).toBeGreaterThan(0);
        child.kill('SIGINT');
      }
    });
    const code = await exited;
    expect(interrupted, stderr).toBe(true);
    expect(code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(temporary)).toEqual([]);
    expect(await processesLeft(temporary)).toEqual([]);
  });
});
