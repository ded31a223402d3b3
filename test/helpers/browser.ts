import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { findBrowser, HEADLESS_ARGS } from '../../src/export/browser.js';
import { serveDirectory } from './static-server.js';

function locate(): string | null {
  try {
    return findBrowser();
  } catch {
    return null;
  }
}

/** The Chromium the browser tests drive, or null when none is installed. */
export const browserPath = locate();

/**
 * `describe` for tests that need a real Chromium. In CI (`CI=true`) they always run, and a
 * missing browser fails the run; elsewhere they skip with a note on how to get one.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (browserPath) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it('has a Chromium to run in', () => {
        throw new Error('CI=true but no Chromium was found: install it with `apt-get install -y chromium` or set CHROME_PATH');
      });
    });
  } else {
    console.warn(`skipping "${name}": no Chromium found. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
    describe.skip(name, body);
  }
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the Chromium the tests drive through playwright-core (never downloading one), with
 * the flags `briefdeck pdf` uses; playwright gives each launch a fresh temporary profile.
 */
export async function launchBrowser(executablePath = findBrowser()): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({ executablePath, headless: true, args: HEADLESS_ARGS });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** A built deck folder served on 127.0.0.1 with one 1280×720 Chromium page ready to open it. */
export interface ServedPage {
  url: string;
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `dir` and opens a page; `close()` stops the browser and the server. */
export async function openServedPage(dir: string): Promise<ServedPage> {
  const server = await serveDirectory(dir);
  const launched = await launchBrowser();
  const page = await launched.browser.newPage({ viewport: { width: 1280, height: 720 } });
  return {
    url: server.url,
    page,
    browser: launched.browser,
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
