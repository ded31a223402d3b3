import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStaticDeck } from '../src/export/static.js';
import { locateDeck } from '../src/io/source.js';
import { buildFromLocation } from '../src/pipeline.js';
import { deckViteConfig } from '../src/vite/config.js';
import { REFERENCE_ESSAY } from './helpers/fixtures.js';

/** One real Vite build of the reference deck, through the plugin, as `vite.config.ts` sets it up. */
describe('Vite build with the briefdeck plugin', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'briefdeck-vite-'));
  let html = '';
  beforeAll(async () => {
    await build({ ...deckViteConfig({ source: REFERENCE_ESSAY, outDir }), logLevel: 'silent' });
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes index.html with the deck, its title and language', () => {
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.title).toBe('North Korea: Time for a Different Approach?');
    expect(document.querySelectorAll('.reveal .slides > section').length).toBe(8);
    expect(document.querySelector('.bd-footer')?.textContent).toBe('The Peninsula · July 16, 2020');
  });

  it('emits local, relative assets and nothing that loads from the network', () => {
    const assets = readdirSync(join(outDir, 'assets'));
    expect(assets.some((name) => name.endsWith('.js'))).toBe(true);
    expect(assets.some((name) => name.endsWith('.css'))).toBe(true);
    const { document } = parseHTML(html);
    const refs = [...document.querySelectorAll('script[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href'));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\.\/assets\//);
    for (const css of assets.filter((name) => name.endsWith('.css'))) {
      const text = readFileSync(join(outDir, 'assets', css), 'utf8');
      expect(text).not.toMatch(/@import\s+url\(\s*['"]?https?:|fonts\.googleapis|url\(\s*['"]?https?:/);
    }
  });

  it('gives the same page as `briefdeck build` over the prebuilt runtime: slides, options, head, cascade', () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'briefdeck-static-'));
    try {
      writeStaticDeck(buildFromLocation(locateDeck(REFERENCE_ESSAY)), staticDir);
      const vite = parseHTML(html).document;
      const direct = parseHTML(readFileSync(join(staticDir, 'index.html'), 'utf8')).document;
      expect(direct.querySelector('.reveal')?.outerHTML).toBe(vite.querySelector('.reveal')?.outerHTML);
      for (const selector of [
        'title',
        'script[type="application/json"]',
        'meta[name="generator"]',
        'meta[http-equiv="Content-Security-Policy"]',
      ])
        expect(direct.querySelector(selector)?.outerHTML, selector).toBe(vite.querySelector(selector)?.outerHTML);
      for (const attribute of ['lang', 'data-theme'])
        expect(direct.documentElement.getAttribute(attribute)).toBe(vite.documentElement.getAttribute(attribute));
      // The runtime's stylesheets in the plugin's cascade order: Reveal, the theme, briefdeck's layout.
      const sheets = [...direct.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
      expect(sheets.map((href) => href.replace(/-[0-9a-f]{8}\.css$/, ''))).toEqual([
        'assets/reveal',
        'assets/theme-briefing',
        'assets/briefdeck',
      ]);
      expect(direct.querySelector('script[src]')?.getAttribute('src')).toMatch(/^assets\/briefdeck-[0-9a-f]{8}\.js$/);
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
    }
  });
});
