import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceMap } from '../src/render/sourcemap.js';
import type { Outline } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { REFERENCE_ESSAY } from './helpers/fixtures.js';
import { isOrderedSubsequence } from './helpers/invariants.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-sourcemap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('briefdeck build --source-map', () => {
  it('maps every slide to the essay lines its bullets come from', () => {
    const out = join(work, 'deck');
    const result = runCli(['build', REFERENCE_ESSAY, '--out', out, '--source-map']);
    expect(result.status, result.stderr).toBe(0);
    const map = JSON.parse(readFileSync(join(out, 'sourcemap.json'), 'utf8')) as SourceMap;
    const essayLines = readFileSync(REFERENCE_ESSAY, 'utf8').split('\n');
    expect(map.slides['change-the-channel']?.lines).toEqual({ start: 19, end: 19 });
    const withBullets = Object.entries(map.slides).filter(([, slide]) => slide.bullets.length > 0);
    // Every slide that shows bullets is in the map with them.
    const outline = JSON.parse(runCli(['outline', REFERENCE_ESSAY, '--json']).stdout) as Outline;
    const shown = outline.groups.flatMap((group) => group.slides.filter((slide) => slide.bullets.length > 0).map((slide) => slide.id));
    expect(withBullets.map(([id]) => id).sort()).toEqual(shown.sort());
    for (const [id, slide] of withBullets) {
      for (const bullet of slide.bullets) {
        expect(slide.lines, id).not.toBeNull();
        expect(bullet.line).toBeGreaterThanOrEqual(slide.lines?.start ?? 0);
        expect(bullet.line).toBeLessThanOrEqual(slide.lines?.end ?? 0);
        // The bullet's words stand, in order, on the line it points at (each paragraph is one line here).
        expect(isOrderedSubsequence(bullet.text, essayLines[bullet.line - 1] ?? ''), `${id}: ${bullet.text}`).toBe(true);
      }
    }
  });

  it('writes no source map unless asked', () => {
    const out = join(work, 'plain');
    expect(runCli(['build', REFERENCE_ESSAY, '--out', out]).status).toBe(0);
    expect(existsSync(join(out, 'sourcemap.json'))).toBe(false);
  });
});
