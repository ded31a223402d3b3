import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Outline } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, REFERENCE_ESSAY, ROOT } from './helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('briefdeck outline --json', () => {
  it('prints the outline contract for the reference essay', () => {
    const result = runCli(['outline', REFERENCE_ESSAY, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const outline = JSON.parse(result.stdout) as Outline;
    expect(Object.keys(outline)).toEqual(['meta', 'groups', 'removed', 'budget', 'source']);
    expect(outline.budget).toEqual({ minutes: 10, slides: 13, basis: 'length' });
    expect(outline.meta).toEqual({
      title: 'North Korea: Time for a Different Approach?',
      subtitle: null,
      authors: ['Mark Tokola'],
      date: '2020-07-16',
      publication: 'The Peninsula',
      language: 'en',
    });
    expect(outline.groups.map((g) => [g.id, g.kind])).toEqual([
      ['title', 'title'],
      ['context', 'context'],
      ['overview', 'overview'],
      ['change-the-channel', 'section'],
      ['invite-friends', 'section'],
      ['go-public', 'section'],
      ['conclusion', 'conclusion'],
      ['about', 'about'],
    ]);
    for (const slide of outline.groups.flatMap((g) => g.slides)) {
      expect(slide).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), notes: expect.any(String) }));
      for (const bullet of slide.bullets)
        expect(bullet).toEqual({ text: expect.any(String), source: { line: expect.any(Number), sentence: expect.any(Number) } });
    }
    expect(outline.removed[0]).toEqual({ line: 1, text: 'Search All Site Content', reason: 'search', pass: 'header' });
  });

  it('reads a Markdown essay with # and ## headings', () => {
    const result = runCli(['outline', join(FIXTURES, 'markdown-headings', 'essay.md'), '--json']);
    expect(result.status, result.stderr).toBe(0);
    const outline = JSON.parse(result.stdout) as Outline;
    expect(outline.meta.title).toBe('Paying for Water: Three Ways to Close the Infrastructure Gap');
    expect(outline.groups.filter((g) => g.kind === 'section').map((g) => g.id)).toEqual([
      'pool-the-risk',
      'price-the-water',
      'share-the-pipes',
    ]);
  });

  it('defaults to the reference deck and lists every id in the readable form', () => {
    const result = runCli(['outline']);
    expect(result.status, result.stderr).toBe(0);
    for (const id of ['title', 'context', 'overview', 'change-the-channel', 'invite-friends', 'go-public', 'conclusion', 'about']) {
      expect(result.stdout).toMatch(new RegExp(`^${id}\\s+\\[`, 'm'));
    }
  });
});

describe('briefdeck errors', () => {
  it('names the missing file and exits non-zero', () => {
    const result = runCli(['outline', 'no/such/essay.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^briefdeck: error: no\/such\/essay\.txt: no such file or folder\n {2}Name an essay file/);
  });

  it('rejects an unknown id from --order with the closest valid one, writing nothing', () => {
    const out = join(work, 'not-written');
    const result = runCli(['build', REFERENCE_ESSAY, '--out', out, '--order', 'go-publik']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--order: unknown group id "go-publik": did you mean "go-public"?');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith('.briefdeck-tmp'))).toEqual([]);
  });

  it('rejects a bad deck.yaml with file, line and column, leaving the old output intact', () => {
    const deckDir = join(work, 'deck');
    mkdirSync(deckDir, { recursive: true });
    writeFileSync(join(deckDir, 'essay.txt'), readFileSync(REFERENCE_ESSAY));
    const out = join(work, 'out');
    expect(runCli(['build', deckDir, '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    writeFileSync(join(deckDir, 'deck.yaml'), 'order: [go-public]\nhide: [abuot]\n');
    const result = runCli(['build', deckDir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(deckDir, 'deck.yaml')}:2:8: unknown group or slide id "abuot": did you mean "about"?`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
  });

  it('never writes over the folder it runs in, a checkout, or a folder holding the input (issue 12)', () => {
    // A copy of the situation that once replaced the whole checkout: `--out .` in a repository
    // root whose index.html is briefdeck's page template.
    const checkout = join(work, 'checkout');
    mkdirSync(join(checkout, '.git'), { recursive: true });
    writeFileSync(join(checkout, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(checkout, 'index.html'), readFileSync(join(ROOT, 'index.html')));
    const deck = join(checkout, 'slides', 'talk');
    mkdirSync(deck, { recursive: true });
    writeFileSync(join(deck, 'essay.txt'), readFileSync(REFERENCE_ESSAY));
    const before = readdirSync(checkout, { recursive: true, encoding: 'utf8' }).sort();
    const cases: Array<[args: string[], message: string]> = [
      [['--out', '.'], 'it is the current folder'],
      [['--out', ''], '--out is empty'],
      [['--out', 'slides'], `it holds the deck’s input (${deck})`],
      [['--out', join(checkout, 'slides', 'talk')], 'it holds the deck’s input'],
      [['--out', join(checkout, '..')], 'it holds the current folder'],
      [['--single-file', '--out', 'index.html'], 'refusing to overwrite a file that is not a briefdeck deck'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(['build', 'slides/talk', ...args], checkout);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(checkout, { recursive: true, encoding: 'utf8' }).sort()).toEqual(before);
    expect(readFileSync(join(checkout, 'index.html'), 'utf8')).toBe(readFileSync(join(ROOT, 'index.html'), 'utf8'));
  });

  it('rebuilds into an earlier deck folder and keeps the files the user put there', () => {
    const out = join(work, 'shared-out');
    expect(runCli(['build', REFERENCE_ESSAY, '--out', out]).status).toBe(0);
    writeFileSync(join(out, 'cv.pdf'), 'my cv');
    mkdirSync(join(out, 'photos'));
    writeFileSync(join(out, 'photos', 'me.jpg'), 'me');
    const result = runCli(['build', REFERENCE_ESSAY, '--out', out, '--source-map']);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'cv.pdf'), 'utf8')).toBe('my cv');
    expect(readFileSync(join(out, 'photos', 'me.jpg'), 'utf8')).toBe('me');
    const manifest = JSON.parse(readFileSync(join(out, '.briefdeck-manifest.json'), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toContain('sourcemap.json');
    expect(Object.keys(manifest.files)).not.toContain('cv.pdf');
  });

  it('refuses to replace a folder that is not a deck', () => {
    const precious = join(work, 'precious');
    mkdirSync(precious, { recursive: true });
    writeFileSync(join(precious, 'notes.txt'), 'keep me');
    const result = runCli(['build', REFERENCE_ESSAY, '--out', precious]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${precious}: refusing to write the deck into this folder: it is not a folder briefdeck built`);
    expect(readFileSync(join(precious, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('prints help for each command and the version', () => {
    for (const command of ['build', 'outline', 'dev', 'pdf']) {
      const result = runCli([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: briefdeck ${command} [options] [ESSAY_OR_DECK_DIR]`);
    }
    // The pdf command names the environment it reads.
    expect(runCli(['pdf', '--help']).stdout).toMatch(/CHROME_PATH[\s\S]*SOURCE_DATE_EPOCH[\s\S]*BRIEFDECK_TRACE/);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });
});
