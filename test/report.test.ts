import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/deck/build.js';
import { resolveDeckOptions } from '../src/deck/options.js';
import { essayToOutline } from '../src/pipeline.js';
import type { Outline } from '../src/types.js';
import { CORPUS, type Fixture, loadFixtures } from './helpers/fixtures.js';
import { details, fromTheEssay, measure, type Row, table, totals, totalsTable } from './helpers/report.js';

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
  // The held-back essays show their totals only, so that no one tunes a rule to what they see
  // there; BRIEFDECK_HOLDOUT_DETAILS=1 shows all, for the review once the rules are set.
  const hidden = (name: string): boolean => name === 'holdout' && process.env.BRIEFDECK_HOLDOUT_DETAILS !== '1';
  const parts = Object.entries(sets).map(([name, rows]) => {
    const title = titles[name as keyof typeof titles];
    return hidden(name) ? totalsTable(title, rows) : `${table(title, rows)}\n\n${details(rows)}`;
  });
  console.log(`\n${parts.join('\n\n')}\n`);
});

/**
 * The figures a set must not fall below: what the rules achieved when they last improved
 * (test/corpus/floors.json). A change that makes any of them worse fails; a change that improves
 * them raises the floor (`BRIEFDECK_UPDATE_FLOORS=1 npm run report`). Not the targets: those are
 * where the rules must get to, asserted by `npm run report:targets`.
 */
const FLOORS_FILE = join(CORPUS, 'floors.json');
type Floors = Record<'tuning' | 'holdout', Measured>;
interface Measured {
  /** Essays the pipeline refused or failed on. */
  errors: number;
  metadataRight: number;
  sectionsRight: number;
  chromeLeaked: number;
  markup: number;
  bioInBody: number;
  sentencesOnce: number;
  unfaithful: number;
  oneBulletSlides: number;
  leaning: number;
  thinBullets: number;
  halfQuotes: number;
  bareQuestions: number;
  fragments: number;
  signposts: number;
  brokenTitles: number;
  /** Of the conclusions made, those whose last sentence is a bullet. */
  closingShown: number;
}

function measured(rows: readonly Row[]): Measured {
  const t = totals(rows);
  const share = (n: number, d: number): number => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
  return {
    errors: t.errors,
    metadataRight: share(t.metadataRight, t.essays),
    sectionsRight: share(t.sectionsRight, t.essays),
    chromeLeaked: t.chromeLeaked,
    markup: t.markup,
    bioInBody: t.bioInBody,
    sentencesOnce: share(t.sentencesOnce, t.sentencesTotal),
    unfaithful: t.unfaithful,
    oneBulletSlides: share(t.oneBulletSlides, t.pointSlides),
    leaning: share(t.leaning, t.bullets),
    thinBullets: share(t.thin, t.bullets),
    halfQuotes: share(t.halfQuotes, t.bullets),
    bareQuestions: share(t.bareQuestions, t.bullets),
    fragments: share(t.fragments, t.bullets),
    signposts: share(t.signposts, t.bullets),
    brokenTitles: share(t.brokenTitles, t.titles),
    closingShown: share(t.closingShown, t.conclusions),
  };
}

/** Shares and counts where more is better; for the rest, less is. */
const HIGHER_IS_BETTER = new Set<keyof Measured>(['metadataRight', 'sectionsRight', 'sentencesOnce', 'closingShown']);

function assertFloors(set: 'tuning' | 'holdout', rows: readonly Row[]): void {
  const floors = (JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors)[set];
  const now = measured(rows);
  for (const key of Object.keys(floors) as Array<keyof Measured>) {
    const message = `${set} ${key}: ${now[key]} against a floor of ${floors[key]}`;
    if (HIGHER_IS_BETTER.has(key)) expect(now[key], message).toBeGreaterThanOrEqual(floors[key]);
    else expect(now[key], message).toBeLessThanOrEqual(floors[key]);
  }
}

if (process.env.BRIEFDECK_UPDATE_FLOORS === '1') {
  const floors: Floors = { tuning: measured(sets.tuning), holdout: measured(sets.holdout) };
  writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
}

/** The targets of issues 10 and 11, on a set of real essays (`npm run report:targets`). */
function assertTargets(rows: readonly Row[]): void {
  const t = totals(rows);
  expect(t.errors).toBe(0);
  expect(t.metadataRight / t.essays, 'metadata right').toBeGreaterThanOrEqual(0.9);
  expect(t.sectionsRight / t.essays, 'headings and options right').toBeGreaterThanOrEqual(0.95);
  expect(t.chromeLeaked, 'chrome lines on slides').toBe(0);
  expect(t.markup, 'raw markup on slides').toBe(0);
  expect(t.bioInBody, 'bio sentences in the body').toBe(0);
  expect(t.sentencesOnce / t.sentencesTotal, 'body sentences once in the notes').toBeGreaterThanOrEqual(0.99);
  expect(t.unfaithful, 'bullets not from the essay').toBe(0);
  expect(t.leaning / t.bullets, 'bullets leaning on a missing sentence').toBeLessThanOrEqual(0.1);
  expect(t.oneBulletSlides / t.pointSlides, 'one-bullet slides').toBeLessThanOrEqual(0.15);
  expect(t.brokenTitles / t.titles, 'broken titles').toBeLessThanOrEqual(0.05);
  expect(t.bulletMedian, 'median words a bullet').toBeLessThanOrEqual(14);
}

const targets = process.env.BRIEFDECK_TARGETS === '1';

describe('report: a bullet from the essay', () => {
  const lines = ['Copying it is free.', 'Write to us at <gnu@gnu.org> if you want to help.'];
  const bullet = { text: 'Write to us at <gnu@gnu.org> if you want to help.', source: { line: 2, sentence: 0 } };

  it('reads a page copy as it is: "<" and ">" there are the text’s own (a held-back page copy’s bullet counted as invented)', () => {
    expect(fromTheEssay(bullet, lines, false)).toBe(true);
  });

  it('reads Markdown without its marks: there "<…>" is a tag, and words of no sentence', () => {
    const tagged = ['Write to us at <abbr title="the GNU project">GNU</abbr> if you want to help.'];
    const shown = { text: 'Write to us at GNU if you want to help.', source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(shown, tagged, true)).toBe(true);
    expect(fromTheEssay({ ...shown, text: 'Write to us at the GNU project GNU if you want to help.' }, tagged, true)).toBe(false);
  });

  it('reads an autolink in Markdown as its address, and a footnote’s reference as nothing (the Markdown sweep: chaoss, mastodon)', () => {
    expect(fromTheEssay({ ...bullet, text: 'Write to us at gnu@gnu.org if you want to help.' }, lines, true)).toBe(true);
    const linked = ['There are a few examples here: <http://www.augurlabs.io/live-examples/>.'];
    const examples = { text: 'There are a few examples here: http://www.augurlabs.io/live-examples/.', source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(examples, linked, true)).toBe(true);
    const noted = ['アメリカで可決されたFOSTA/SESTA法案[^fosta-sesta]を考えてみましょう。'];
    const considered = { text: 'アメリカで可決されたFOSTA/SESTA法案を考えてみましょう。', source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(considered, noted, true)).toBe(true);
  });

  it('reads a reference link in Markdown as its words, its brackets gone (the Markdown sweep: azdavis, "[Standard ML][sml-spec]、")', () => {
    const linked = ['このように仕様された言語の例は[Standard ML][sml-spec]、[Pony][pony-spec]、[WebAssembly][wasm-spec]。'];
    const shown = { text: 'このように仕様された言語の例はStandard ML、Pony、WebAssembly。', source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(shown, linked, true)).toBe(true);
    expect(fromTheEssay({ ...shown, text: 'このように仕様された言語の例はHaskell。' }, linked, true)).toBe(false);
  });

  it('reads emphasis marks in Markdown as nothing, a word glued to them glued in the text shown, and a bracket not shaped as a tag as text (the Markdown sweep: aieconlab)', () => {
    const glued = ["비전의 첫 글자인 '3'은 올해 성장률이 아니라 **잠재성장률**입니다."];
    const said = { text: "비전의 첫 글자인 '3'은 올해 성장률이 아니라 잠재성장률입니다.", source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(said, glued, true)).toBe(true);
    const book = ['애덤 스미스가 18세기에 <국부론 >을 집필한 이래, 경제학은 발전했다.'];
    const wrote = { text: '애덤 스미스가 18세기에 <국부론 >을 집필한 이래, 경제학은 발전했다.', source: { line: 1, sentence: 0 } };
    expect(fromTheEssay(wrote, book, true)).toBe(true);
    expect(fromTheEssay({ ...said, text: 'The myvarname is set.' }, ['The my_var_name is set.'], true)).toBe(false);
    // (A single star inside a word is German's gender star, shown as it is written: "Bürger*innen".)
    expect(fromTheEssay({ ...said, text: 'Alle Bürger*innen sind gefragt.' }, ['Alle Bürger*innen sind gefragt.'], true)).toBe(true);
  });
});

describe('report', () => {
  it('has a real corpus of at least 30 essays, a third of them held back', () => {
    const all = sets.tuning.length + sets.holdout.length;
    expect(all).toBeGreaterThanOrEqual(30);
    expect(sets.holdout.length).toBeGreaterThanOrEqual(Math.floor(all / 3));
  });

  it('parses every real essay used for tuning (the held-back ones count their failures in their floors)', () => {
    expect(sets.tuning.filter((row) => row.error).map((row) => `${row.name}: ${row.error}`)).toEqual([]);
  });

  it('does no worse than the recorded floors on the real essays used for tuning', () => {
    assertFloors('tuning', sets.tuning);
  });

  it('does no worse than the recorded floors on the real essays held back from tuning', () => {
    assertFloors('holdout', sets.holdout);
  });

  // Registered only for `npm run report:targets`: they state where the rules must get to.
  if (targets) {
    it('meets the targets on the real essays used for tuning', () => {
      assertTargets(sets.tuning);
    });

    it('meets the targets on the real essays held back from tuning', () => {
      assertTargets(sets.holdout);
    });
  }

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
