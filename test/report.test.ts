import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/deck/build.js';
import { resolveDeckOptions } from '../src/deck/options.js';
import { essayToOutline } from '../src/pipeline.js';
import type { Outline } from '../src/types.js';
import { CORPUS, type Fixture, loadFixtures } from './helpers/fixtures.js';
import { details, measure, type Row, table, totals } from './helpers/report.js';

/**
 * The report (`npm run report`): the outline of every essay compared with what a person checked
 * by hand, and the qualities of its slides, in three sets reported apart:
 * - the real corpus used while tuning the rules (test/corpus/tuning),
 * - the real corpus held back from tuning (test/corpus/holdout): its decks are not looked at
 *   while rules change, so its figures say how the rules do on essays they were not fitted to,
 * - the essays written for the project (test/fixtures), each of which must be right.
 * It prints a table per set, the totals and every problem, then asserts the targets.
 */

const minutes = (outline: Outline): number => buildDeck(outline, resolveDeckOptions()).totalSeconds / 60;
const run = (fixture: Fixture): Row => measure(fixture, () => essayToOutline(fixture.source).outline, minutes);

const sets = {
  tuning: existsSync(join(CORPUS, 'tuning')) ? loadFixtures(join(CORPUS, 'tuning')).map(run) : [],
  holdout: existsSync(join(CORPUS, 'holdout')) ? loadFixtures(join(CORPUS, 'holdout')).map(run) : [],
  written: loadFixtures().map(run),
};

beforeAll(() => {
  const titles = {
    tuning: 'Real essays, tuning set',
    holdout: 'Real essays, held back from tuning',
    written: 'Essays written for the project',
  };
  const parts = Object.entries(sets).map(([name, rows]) => `${table(titles[name as keyof typeof titles], rows)}\n\n${details(rows)}`);
  console.log(`\n${parts.join('\n\n')}\n`);
});

/** The targets of issues 10 and 11, on a set of real essays. */
function assertTargets(rows: readonly Row[]): void {
  const t = totals(rows);
  expect(t.errors).toBe(0);
  expect(t.metadataRight / t.essays).toBeGreaterThanOrEqual(0.9);
  expect(t.sectionsRight / t.essays).toBeGreaterThanOrEqual(0.95);
  expect(t.chromeLeaked).toBe(0);
  expect(t.markup).toBe(0);
  expect(t.bioInBody).toBe(0);
  expect(t.sentencesOnce / t.sentencesTotal).toBeGreaterThanOrEqual(0.99);
  expect(t.unfaithful).toBe(0);
}

describe('report', () => {
  it('has a real corpus of at least 30 essays, a third of them held back', () => {
    const all = sets.tuning.length + sets.holdout.length;
    expect(all).toBeGreaterThanOrEqual(30);
    expect(sets.holdout.length).toBeGreaterThanOrEqual(Math.floor(all / 3));
  });

  it('meets the targets on the real essays used for tuning', () => {
    assertTargets(sets.tuning);
  });

  it('meets the targets on the real essays held back from tuning', () => {
    assertTargets(sets.holdout);
  });

  describe.each(sets.written)('written fixture $name', (row) => {
    it('is right in every respect checked by hand', () => {
      expect(row.error).toBeNull();
      expect([...row.metadata, ...row.metadataOther, ...row.sections]).toEqual([]);
      expect(row.leaked).toEqual([]);
      expect(row.markup).toEqual([]);
      expect(row.unfaithful).toEqual([]);
    });
  });
});
