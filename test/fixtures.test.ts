import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../src/deck/build.js';
import { resolveDeckOptions } from '../src/deck/options.js';
import { essayToOutline } from '../src/pipeline.js';
import { leakedLines, loadFixtures, ROOT, titleInOwnText } from './helpers/fixtures.js';
import { bodyParagraphs, isOrderedSubsequence, noteCoverage } from './helpers/invariants.js';

/**
 * The fixture corpus: each folder holds an essay and what a person checked by hand. Every
 * stage's output is also kept as a snapshot beside it, so a change in any stage shows up
 * as a reviewable diff of that stage alone.
 */
const fixtures = loadFixtures();

describe.each(fixtures)('fixture $name', ({ dir, source, expected }) => {
  const { essay, outline } = essayToOutline(source);

  it('reads the metadata checked by hand', () => {
    expect(essay.meta.title).toBe(expected.title);
    expect(essay.meta.authors).toEqual(expected.authors);
    expect(essay.meta.date).toBe(expected.date);
    if (expected.subtitle !== undefined) expect(essay.meta.subtitle).toBe(expected.subtitle);
    if (expected.publication !== undefined) expect(essay.meta.publication).toBe(expected.publication);
  });

  it('finds the sections in order, and the conclusion', () => {
    if (expected.sections) {
      expect(essay.sections.map((section) => section.title)).toEqual(expected.sections);
    } else {
      // No headings: the parser forms the sections; check their number and that each title is a phrase of its own text.
      const { min, max } = expected.sectionCount ?? { min: 3, max: 6 };
      expect(essay.sections.length).toBeGreaterThanOrEqual(min);
      expect(essay.sections.length).toBeLessThanOrEqual(max);
      for (const section of essay.sections) expect(titleInOwnText(section), section.title).toBe(true);
    }
    expect(essay.conclusion !== null).toBe(expected.conclusion);
    if (expected.bio !== undefined) expect(essay.bio.length > 0).toBe(Array.isArray(expected.bio) ? expected.bio.length > 0 : expected.bio);
  });

  it('removes exactly the chrome lines', () => {
    expect(essay.removed.map((entry) => entry.line)).toEqual(expected.removed);
  });

  it.runIf(expected.bodySentences !== undefined)('splits the body into the sentences counted by hand', () => {
    expect(bodyParagraphs(essay).reduce((n, p) => n + p.sentences.length, 0)).toBe(expected.bodySentences);
  });

  it('puts every body sentence in the speaker notes exactly once', () => {
    const missing = noteCoverage(essay, outline).filter(({ count }) => count !== 1);
    expect(missing).toEqual([]);
  });

  it('keeps removed lines off every slide and out of the notes', () => {
    // Word-bounded, and counted: a pull quote's words stay in the notes once, as the body sentence it repeats.
    expect(
      leakedLines(
        source.text,
        essay.removed.map((entry) => entry.line),
        outline,
      ),
    ).toEqual([]);
  });

  it('traces every bullet to one source sentence whose words it keeps in order', () => {
    const sentences = new Map(
      [...bodyParagraphs(essay), ...essay.bio].flatMap((p) => p.sentences.map((s) => [`${s.line}:${s.index}`, s.text] as const)),
    );
    for (const slide of outline.groups.flatMap((group) => group.slides)) {
      for (const bullet of slide.bullets) {
        const sentence = sentences.get(`${bullet.source.line}:${bullet.source.sentence}`);
        expect(sentence, `${slide.id}: ${bullet.text}`).toBeDefined();
        expect(isOrderedSubsequence(bullet.text, sentence ?? ''), `${bullet.text}\n  ⊄ ${sentence}`).toBe(true);
      }
    }
  });

  it('gives the approaches their own groups, with ids slugged from their titles', () => {
    const sections = outline.groups.filter((group) => group.kind === 'section');
    expect(sections.map((group) => group.title)).toEqual(expected.sections ?? essay.sections.map((section) => section.title));
    for (const group of sections) {
      expect(group.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(group.slides[0]?.id).toBe(group.id);
    }
    const ids = outline.groups.flatMap((group) => group.slides.map((slide) => slide.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches the stage snapshots', async () => {
    const portable = { ...essay, source: { ...essay.source, path: relative(ROOT, essay.source.path) } };
    await expect(`${JSON.stringify(portable, null, 2)}\n`).toMatchFileSnapshot(join(dir, '__snapshots__', 'essay.json'));
    await expect(`${JSON.stringify(outline, null, 2)}\n`).toMatchFileSnapshot(join(dir, '__snapshots__', 'outline.json'));
    const deck = buildDeck(outline, resolveDeckOptions());
    const order = deck.groups.map((group) => `${group.id}: ${group.slides.map((slide) => `${slide.id} (${slide.seconds}s)`).join(', ')}`);
    await expect(`${order.join('\n')}\n`).toMatchFileSnapshot(join(dir, '__snapshots__', 'deck.txt'));
  });
});
