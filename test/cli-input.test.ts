import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from './helpers/cli.js';
import { REFERENCE_ESSAY } from './helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-cli-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A YAML document whose aliases expand to some ten million nodes. */
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${`*${'abcdefg'[i]}, `.repeat(8)}*${'abcdefg'[i]}]`),
].join('\n');

/** Bad input gets a message naming the file and what to do, exit 1, and no stack trace (issue 12). */
describe('briefdeck on bad input', () => {
  const deck = join(work, 'deck');
  mkdirSync(deck);
  copyFileSync(REFERENCE_ESSAY, join(deck, 'essay.txt'));

  it('refuses a talk length out of range, and a port that is not one', async () => {
    const minutes = await runMain(['outline', deck, '--minutes', '1e9']);
    expect(minutes.status).not.toBe(0);
    expect(minutes.stderr).toContain("option '--minutes <n>' argument '1e9' is invalid. expected a number of minutes from 1 to 600");
    const port = await runMain(['dev', deck, '--port', 'abc']);
    expect(port.status).not.toBe(0);
    expect(port.stderr).toContain("argument 'abc' is invalid. expected a port number from 1 to 65535");
  });

  it('refuses to build a deck whose every slide is hidden', async () => {
    const result = await runMain([
      'outline',
      deck,
      '--hide',
      'title,context,overview,change-the-channel,invite-friends,go-public,conclusion,about',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'briefdeck: error: --hide: every slide is hidden: the deck would be empty\n  Hide fewer groups or slides (--hide, or hide: in deck.yaml); `briefdeck outline` lists them.\n',
    );
  });

  it('refuses a YAML alias bomb in deck.yaml and in front matter, with the file and line', async () => {
    writeFileSync(join(deck, 'deck.yaml'), `${ALIAS_BOMB}\n`);
    const config = await runMain(['outline', deck]);
    expect(config.status).toBe(1);
    expect(config.stderr).toMatch(/^briefdeck: error: .*deck\.yaml:1: deck\.yaml cannot be read: .*alias/);
    rmSync(join(deck, 'deck.yaml'));
    const essay = join(work, 'bomb.md');
    writeFileSync(essay, `---\n${ALIAS_BOMB}\n---\n\n# Title\n\nA paragraph of the essay that is long enough to be running text here.\n`);
    const front = await runMain(['outline', essay]);
    expect(front.status).toBe(1);
    expect(front.stderr).toMatch(/^briefdeck: error: .*bomb\.md:2: invalid YAML front matter: .*alias/);
    expect(front.stderr).not.toMatch(/\n\s+at /);
  });
});

/** An essay that prints no title over its text gets a deck all the same, and a warning that says how to title it. */
describe('briefdeck on an essay with no title', () => {
  const deck = join(work, 'untitled');
  mkdirSync(deck);
  // A page copy whose headline is an image (test/essay/passes/pages/README.md).
  copyFileSync(join(import.meta.dirname, 'essay/passes/pages/advantagefitness-campus-trends.txt'), join(deck, 'essay.txt'));

  it('warns that the deck is untitled and where to give it a title, and not once it has one', async () => {
    const untitled = await runMain(['outline', deck]);
    expect(untitled.status).toBe(0);
    expect(untitled.stderr).toContain('essay.txt: no title found over the essay\'s text, so the deck is "Untitled essay": give it one');
    writeFileSync(join(deck, 'deck.yaml'), 'titles: { title: "Fitness Equipment Trends for Campus Recreation" }\n');
    const titled = await runMain(['outline', deck]);
    expect(titled.status).toBe(0);
    expect(titled.stderr).not.toContain('no title found');
  });
});
