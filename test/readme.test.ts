import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateDeck } from '../src/io/source.js';
import { buildFromLocation } from '../src/pipeline.js';
import { REFERENCE_ESSAY, ROOT } from './helpers/fixtures.js';

/** The README's examples do what the README says. */
describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has a deck.yaml example that reorders groups and slides, hides, retitles, on the reference essay', () => {
    const yaml = /### deck\.yaml\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeDefined();
    copyFileSync(REFERENCE_ESSAY, join(dir, 'essay.txt'));
    mkdirSync(join(dir, 'public'));
    writeFileSync(join(dir, 'public', 'custom.css'), '.reveal h2 { letter-spacing: 0; }\n');
    writeFileSync(join(dir, 'deck.yaml'), yaml ?? '');
    const built = buildFromLocation(locateDeck(dir));
    const groups = built.deck.groups;
    expect(groups.filter((g) => g.kind === 'section').map((g) => g.id)).toEqual(['go-public', 'change-the-channel', 'invite-friends']);
    const slides = groups.find((g) => g.id === 'change-the-channel')?.slides.map((s) => s.id) ?? [];
    // The two listed slides swap places; the others stay where they were.
    const swapped = ['change-the-channel-use-of-chemical-weapons', 'change-the-channel-primary-objective'];
    expect(slides.filter((id) => swapped.includes(id))).toEqual(swapped);
    const unmoved = buildFromLocation(locateDeck(join(dir, 'essay.txt')), { options: { minutes: 20 }, flags: {} });
    const before = unmoved.deck.groups.find((g) => g.id === 'change-the-channel')?.slides.map((s) => s.id) ?? [];
    expect(before.filter((id) => swapped.includes(id))).toEqual([...swapped].reverse());
    expect(slides.map((id) => (swapped.includes(id) ? '*' : id))).toEqual(before.map((id) => (swapped.includes(id) ? '*' : id)));
    expect(groups.find((g) => g.id === 'about')?.hidden).toBe(true);
    expect(groups.find((g) => g.id === 'go-public')?.title).toBe('Make a Public Offer');
    expect(built.stylesheets).toEqual([join(dir, 'public', 'custom.css')]);
  });
});
