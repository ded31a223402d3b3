import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, resolveDeckOptions } from '../../src/deck/options.js';
import { initDeck, STARTER_ESSAY } from '../../src/export/init.js';
import { DECK_CONFIG_DOCS, deckConfigSchema, readDeckConfig } from '../../src/io/config.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { writeReorder } from '../../src/vite/write-order.js';
import { runMain } from '../helpers/cli.js';
import { errorOf } from '../helpers/errors.js';
import { FIXTURES } from '../helpers/fixtures.js';

const ESSAY = join(FIXTURES, 'gov-brief-wrapped', 'essay.txt');
const MARKDOWN_ESSAY = join(FIXTURES, 'markdown-nested-options', 'essay.md');

describe('briefdeck init', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefdeck-init-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const fresh = (name: string): string => {
    const dir = join(root, name);
    mkdirSync(dir);
    return dir;
  };

  it('creates the essay (copied byte for byte), a deck.yaml the loader reads back as the defaults, and public/', () => {
    const cwd = fresh('copy');
    const report = initDeck({ dir: 'talk', essay: ESSAY, cwd });
    const dir = join(cwd, 'talk');
    expect(report.dir).toBe(dir);
    expect(readdirSync(dir).sort()).toEqual(['deck.yaml', 'essay.txt', 'public']);
    expect(readdirSync(join(dir, 'public'))).toEqual([]);
    expect(readFileSync(join(dir, 'essay.txt'))).toEqual(readFileSync(ESSAY));
    const config = readDeckConfig(join(dir, 'deck.yaml'));
    // Every key, set to its default: the deck is what it would be without the file.
    expect(Object.keys(config.options).sort()).toEqual(Object.keys(deckConfigSchema.shape).sort());
    expect(resolveDeckOptions(config.options)).toEqual(DEFAULT_OPTIONS);
    const withFile = buildFromLocation(locateDeck(dir));
    const bare = buildFromLocation(locateDeck(ESSAY));
    expect(withFile.rendered).toEqual(bare.rendered);
    expect(report.slides).toBe(bare.outline.groups.reduce((n, group) => n + group.slides.length, 0));
  });

  it('comments every key with its description, and every example works on this essay when uncommented', () => {
    const cwd = fresh('comments');
    const dir = initDeck({ essay: ESSAY, cwd }).dir;
    expect(dir).toBe(join(cwd, 'essay'));
    const text = readFileSync(join(dir, 'deck.yaml'), 'utf8');
    const blocks = text.split('\n\n').slice(1);
    expect(blocks.map((block) => /^(\w+):/m.exec(block)?.[1])).toEqual(Object.keys(DECK_CONFIG_DOCS));
    for (const [key, doc] of Object.entries(DECK_CONFIG_DOCS)) {
      const block = blocks.find((candidate) => candidate.includes(`\n${key}: `)) ?? '';
      const comment = block
        .split('\n')
        .filter((line) => line.startsWith('# ') && !line.startsWith('#   e.g. '))
        .map((line) => line.slice(2))
        .join(' ');
      expect(comment, key).toBe(doc.text);
      const example = /^# {3}e\.g\. (.*)$/m.exec(block)?.[1] ?? '';
      expect(example, key).toMatch(new RegExp(`^${key}: `));
      expect(example, key).not.toMatch(/\b(GROUP|SLIDE)\b/);
      // Each example, alone in deck.yaml, is accepted by the loader and the deck's id checks.
      writeFileSync(join(dir, 'deck.yaml'), `${example}\n`);
      if (key === 'css') writeFileSync(join(dir, 'public', 'custom.css'), 'h2 { color: #123; }\n');
      expect(() => buildFromLocation(locateDeck(dir)), example).not.toThrow();
    }
  });

  it('keeps a Markdown essay as essay.md, and leaves the comments alone when a drag in `briefdeck dev` writes the order', () => {
    const cwd = fresh('markdown');
    const { dir } = initDeck({ dir: 'deck', essay: MARKDOWN_ESSAY, cwd });
    expect(existsSync(join(dir, 'essay.md'))).toBe(true);
    const before = readFileSync(join(dir, 'deck.yaml'), 'utf8');
    const groups = buildFromLocation(locateDeck(dir)).deck.groups.filter((group) => group.kind === 'section');
    const [first, second] = groups.map((group) => group.id);
    expect(second).toBeDefined();
    const result = writeReorder(dir, { kind: 'group', id: second, target: first, place: 'before' });
    expect(result.changed).toBe(true);
    const after = readFileSync(join(dir, 'deck.yaml'), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toEqual([`order: [${second}, ${first}]`]);
  });

  it('starts from a starter essay without --essay, which makes a deck', () => {
    const cwd = fresh('starter');
    const report = initDeck({ cwd });
    expect(report.dir).toBe(join(cwd, 'deck'));
    expect(readFileSync(join(report.dir, 'essay.md'))).toEqual(readFileSync(STARTER_ESSAY));
    const built = buildFromLocation(locateDeck(report.dir));
    expect(built.deck.groups.filter((group) => group.kind === 'section').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a folder that is not empty, or a file, and writes nothing; an empty folder is used', () => {
    const cwd = fresh('refuse');
    const busy = join(cwd, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'mine\n');
    const error = errorOf(() => initDeck({ dir: 'busy', essay: ESSAY, cwd }));
    expect(error.format()).toContain(`${busy}: refusing to create the deck folder: the folder exists and is not empty`);
    expect(readdirSync(busy)).toEqual(['notes.txt']);
    writeFileSync(join(cwd, 'plain'), 'x');
    expect(errorOf(() => initDeck({ dir: 'plain', essay: ESSAY, cwd })).message).toMatch(/a file of that name exists/);
    mkdirSync(join(cwd, 'empty'));
    initDeck({ dir: 'empty', essay: ESSAY, cwd });
    expect(readdirSync(join(cwd, 'empty')).sort()).toEqual(['deck.yaml', 'essay.txt', 'public']);
    expect(readdirSync(cwd).sort()).toEqual(['busy', 'empty', 'plain']);
  });

  it('refuses an essay that cannot make a deck before writing anything, naming the file', () => {
    const cwd = fresh('bad-essay');
    writeFileSync(join(cwd, 'page.txt'), '<!doctype html><html><body><p>Hello</p></body></html>\n');
    const html = errorOf(() => initDeck({ dir: 'deck', essay: 'page.txt', cwd }));
    expect([html.file, html.message]).toEqual([join(cwd, 'page.txt'), 'the essay is an HTML page, not its text']);
    expect(errorOf(() => initDeck({ essay: 'missing.txt', cwd })).format()).toMatch(
      /^missing\.txt: no such essay file\n {2}Name the essay/,
    );
    expect(readdirSync(cwd)).toEqual(['page.txt']);
  });

  it('as a command: says what it made, exits 1 with the reason on a refusal, and --quiet prints nothing', async () => {
    const cwd = fresh('command');
    const made = await runMain(['init', 'talk', '--essay', ESSAY], cwd);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(
      /^briefdeck: created talk\/: essay\.txt \(copied from .*essay\.txt; \d+ slides in \d+ groups\), deck\.yaml/,
    );
    expect(made.stdout).toContain('Next: briefdeck outline talk');
    const again = await runMain(['init', 'talk', '--essay', ESSAY], cwd);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^briefdeck: error: .*talk: refusing to create the deck folder: the folder exists and is not empty\n/);
    const quiet = await runMain(['init', 'other', '--essay', ESSAY, '--quiet'], cwd);
    expect([quiet.status, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    expect(existsSync(join(cwd, 'other', 'deck.yaml'))).toBe(true);
  });
});
