import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
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

const INSTALL_HINT = 'Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

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

/** Flags for a headless browser on a machine with no network: nothing phones home. */
export const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium through playwright-core, never downloading one. Playwright gives
 * each launch a fresh temporary profile.
 */
export async function launchBrowser(executablePath = findBrowser()): Promise<LaunchedBrowser> {
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: HEADLESS_ARGS });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BriefdeckError(`the browser at ${executablePath} failed to start: ${reason}`, { hint: INSTALL_HINT });
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
