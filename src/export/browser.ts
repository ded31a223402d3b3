import { existsSync, statfsSync } from 'node:fs';
import { BriefdeckError } from '../errors.js';

/** Where Chromium or Chrome is usually installed, tried in order after `CHROME_PATH`. */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Chromium's headless shell ("old headless"), tried first for printing: the same engine
 * without a browser's start-up, it prints the same PDF, byte for byte, in half the time.
 * Debian's package `chromium-headless-shell`; Chrome's `chrome-headless-shell` download.
 */
export const HEADLESS_SHELL_CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chrome-headless-shell',
  '/opt/google/chrome-headless-shell/chrome-headless-shell',
];

export const INSTALL_HINT =
  'Install one (Debian/Ubuntu: `apt-get install -y chromium`, and `chromium-headless-shell` for faster PDFs) or set CHROME_PATH to a Chromium or Chrome binary.';

/** The browser to use: `CHROME_PATH` if set (it must exist), else the first usual location that exists. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = BROWSER_CANDIDATES): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BriefdeckError(`CHROME_PATH points to ${fromEnv}, which does not exist`, { hint: INSTALL_HINT });
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new BriefdeckError(`no Chromium or Chrome found; tried CHROME_PATH (unset), ${candidates.join(', ')}`, { hint: INSTALL_HINT });
}

/**
 * The browser to print with: `CHROME_PATH` if set, else Chromium's headless shell if it is
 * installed, else the first usual browser (as findBrowser).
 */
export function findPrintBrowser(
  env: NodeJS.ProcessEnv = process.env,
  shells: readonly string[] = HEADLESS_SHELL_CANDIDATES,
  browsers: readonly string[] = BROWSER_CANDIDATES,
): string {
  if (env.CHROME_PATH) return findBrowser(env, browsers);
  return shells.find((candidate) => existsSync(candidate)) ?? findBrowser(env, [...shells, ...browsers]);
}

/**
 * Flags for a headless browser on a machine with no network: nothing phones home. Each start
 * also gets a fresh profile (src/export/chromium.ts; playwright does the same in the tests).
 */
export const HEADLESS_ARGS = [
  ...(smallSharedMemory() ? ['--disable-dev-shm-usage'] : []),
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The print's browser runs as one process (`BRIEFDECK_BROWSER_PROCESSES=many` turns this off).
 * It opens one page from a file and prints it: no site to isolate from another, and no zygote
 * or renderer process to start took a PDF of the reference deck from 1.49 s to 1.13 s here
 * (medians of 7 alternating runs). In one process Chromium hints glyph outlines unless told not
 * to, which moves text by a pixel; with hinting off the PDF is the same, byte for byte, as the
 * usual process model's, on the headless shell and on Chromium (test/e2e/pdf.test.ts).
 */
export const ONE_PROCESS_ARGS = ['--single-process', '--no-zygote', '--font-render-hinting=none'];

/** Whether `env` lets the print's browser run as one process (ONE_PROCESS_ARGS). */
export function oneProcessBrowser(env: NodeJS.ProcessEnv): boolean {
  return env.BRIEFDECK_BROWSER_PROCESSES !== 'many';
}

/**
 * A /dev/shm too small for Chromium's shared memory, as in a default Docker container (64 MB):
 * Chromium must then use /tmp (`--disable-dev-shm-usage`), which is slower where /dev/shm is fine.
 */
function smallSharedMemory(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const { bsize, blocks } = statfsSync('/dev/shm');
    return bsize * blocks < 512 * 1024 * 1024;
  } catch {
    return true;
  }
}
