import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, type LaunchedBrowser, launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { waitForDeck } from '../helpers/slides.js';
import { type StaticServer, serveDirectory } from '../helpers/static-server.js';

/**
 * Every built deck carries a Content-Security-Policy: a script or stylesheet put into the page
 * by anyone but the build is refused, and so is anything from another origin (issue 12).
 */
describeBrowser('the Content-Security-Policy of built decks', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-csp-'));
  let server: StaticServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    expect(runCli(['build', '--out', join(work, 'dist')]).status).toBe(0);
    expect(runCli(['build', '--single-file', '--out', join(work, 'deck.html')]).status).toBe(0);
    server = await serveDirectory(join(work, 'dist'));
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Tries to run an injected script and to load a remote stylesheet; returns what ran and what the policy refused. */
  async function attack(page: Page): Promise<{ ran: boolean; violations: string[] }> {
    return page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      const script = document.createElement('script');
      script.textContent = 'window.bdInjected = true;';
      document.head.append(script);
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'https://example.com/steal.css';
      document.head.append(link);
      await new Promise((done) => setTimeout(done, 300));
      return { ran: (window as Window & { bdInjected?: boolean }).bdInjected === true, violations };
    });
  }

  it('refuses an injected script and a remote stylesheet in the built deck, which still runs', async () => {
    const page = await launched.browser.newPage();
    await page.goto(server.url);
    await waitForDeck(page);
    const result = await attack(page);
    expect(result.ran).toBe(false);
    expect(result.violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^style-src.*example\.com/)]),
    );
    await page.close();
  });

  it('does the same in the single-file deck opened from disk', async () => {
    const page = await launched.browser.newPage();
    await page.goto(pathToFileURL(join(work, 'deck.html')).href);
    await waitForDeck(page);
    const result = await attack(page);
    expect(result.ran).toBe(false);
    expect(result.violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
