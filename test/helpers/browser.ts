import { describe, it } from 'vitest';
import { findBrowser } from '../../src/export/browser.js';

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
