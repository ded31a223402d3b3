import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../src/deck/options.js';
import { RUNTIME_DIR, runtimeFiles } from '../../src/vite/runtime.js';
import { BASE_STYLES, deckStyles, themeStyle } from '../../src/vite/styles.js';

/** The prebuilt runtime (`npm run compile`, which `npm test` runs first) and the style order it shares with the plugin. */

describe('deckStyles', () => {
  it("orders Reveal's base, the theme, briefdeck's layout, then deck.yaml's css", () => {
    expect(deckStyles('white', ['/deck/public/a.css', '/deck/public/b.css'])).toEqual([
      BASE_STYLES.reveal,
      'reveal.js/theme/white.css',
      BASE_STYLES.layout,
      '/deck/public/a.css',
      '/deck/public/b.css',
    ]);
    expect(themeStyle('briefing')).toMatch(/src[/\\]client[/\\]themes[/\\]briefing\.css$/);
  });
});

describe('runtimeFiles', () => {
  const empty = mkdtempSync(join(tmpdir(), 'briefdeck-runtime-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('has a script and stylesheets for every theme, in the order of deckStyles', () => {
    for (const theme of THEMES) {
      const files = runtimeFiles(theme, ['/deck/public/extra.css']);
      const paths = [files.script, ...files.styles].map((url) => fileURLToPath(url));
      for (const path of paths.slice(0, -1)) expect(existsSync(path), path).toBe(true);
      expect(paths.map((path) => path.split(/[/\\]/).pop())).toEqual([
        'briefdeck.js',
        'reveal.css',
        `theme-${theme}.css`,
        'briefdeck.css',
        'extra.css',
      ]);
      expect(paths[0]?.startsWith(RUNTIME_DIR)).toBe(true);
    }
  });

  it('says how to build a missing runtime', () => {
    expect(() => runtimeFiles('white', [], empty)).toThrow(/browser runtime is missing: .*briefdeck\.js does not exist/);
    try {
      runtimeFiles('white', [], empty);
    } catch (error) {
      expect((error as { hint?: string }).hint).toContain('npm run compile');
    }
  });
});
