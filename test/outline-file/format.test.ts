import { basename } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { formatOutlineFile, isEdited, parseOutlineFile, printOutlineFile } from '../../src/outline-file/format.js';
import { resolveOutlineFile } from '../../src/outline-file/resolve.js';
import { essayToOutline } from '../../src/pipeline.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { noteCoverage } from '../helpers/invariants.js';

const fixtures = loadFixtures();

describe.each(fixtures)('outline.md of fixture $name', ({ source }) => {
  const { essay, outline } = essayToOutline(source);
  const name = basename(source.path);
  const text = printOutlineFile(outline, essay, name);

  it('round-trips: print → parse → print gives the same text', () => {
    const parsed = parseOutlineFile(text, 'outline.md');
    expect(formatOutlineFile(parsed)).toBe(text);
    expect(isEdited(parsed, text)).toBe(false);
    expect(isEdited(parsed, text.replace(/^- (.)/m, '- X$1'))).toBe(true);
  });

  it('rebuilt from the file over the same essay, gives the same outline and no warnings', () => {
    const resolved = resolveOutlineFile(parseOutlineFile(text, 'outline.md'), essay, outline);
    expect(resolved.problems.map((p) => p.message)).toEqual([]);
    expect(resolved.outline).toEqual(outline);
    for (const { sentence, count } of noteCoverage(essay, resolved.outline)) expect(count, sentence).toBe(1);
  });

  it('is Markdown: a heading per group and slide, a list per slide with bullets', () => {
    // markdown-it reads Markdown without front matter, as a Markdown viewer shows it below the YAML block.
    const end = text.indexOf('\n---\n', 4);
    expect(text.startsWith('---\n') && end > 0).toBe(true);
    const tokens = new MarkdownIt().parse(text.slice(end + 5), {});
    const h1 = tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1').length;
    const h2 = tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h2').length;
    expect(h1).toBe(outline.groups.length);
    expect(h2).toBe(outline.groups.reduce((n, g) => n + g.slides.length, 0));
    const items = tokens.filter((t) => t.type === 'list_item_open').length;
    expect(items).toBe(outline.groups.reduce((n, g) => n + g.slides.reduce((m, s) => m + s.bullets.length, 0), 0));
    expect(text).not.toContain(essay.intro[0]?.text ?? '\u0000');
  });
});

describe('parse errors name the file, the line and what was expected', () => {
  const reference = fixtures.find((f) => f.name === 'kei-reference') ?? (fixtures[0] as (typeof fixtures)[number]);
  const { essay, outline } = essayToOutline(reference.source);
  const text = printOutlineFile(outline, essay, 'essay.txt');
  const lines = text.split('\n');
  const lineOf = (pattern: RegExp): number => lines.findIndex((line) => pattern.test(line)) + 1;

  const error = (input: string): BriefdeckError => {
    try {
      parseOutlineFile(input, 'deck/outline.md');
    } catch (caught) {
      if (caught instanceof BriefdeckError) return caught;
      throw caught;
    }
    throw new Error('expected a parse error');
  };

  it.each([
    ['no front matter', (t: string) => t.replace(/^---\n/, ''), 1, /front matter/, /`---`/],
    ['an unclosed front matter', (t: string) => t.replace(/\n---\n/, '\n'), 1, /not closed/, /`---`/],
    ['a front matter without a title', (t: string) => t.replace(/^title: .*\n/m, ''), 1, /no title/, /`title:`/],
    [
      'authors that are not a list',
      (t: string) => t.replace(/^authors: .*$/m, 'authors: {a: 1}'),
      4,
      /authors is not a list/,
      /authors: \[/,
    ],
    ['a bad YAML value', (t: string) => t.replace(/^subtitle: .*$/m, 'subtitle: "a" b'), 3, /not valid YAML/, /YAML/],
  ])('%s', (_, edit, line, message, hint) => {
    const caught = error(edit(text));
    expect(caught.file).toBe('deck/outline.md');
    expect(caught.line).toBe(line);
    expect(caught.message).toMatch(message);
    expect(caught.hint).toMatch(hint);
    expect(caught.format()).toMatch(/^deck\/outline\.md:\d+: /);
  });

  it('a slide before any group', () => {
    const at = lineOf(/^# /);
    const caught = error(lines.map((line, i) => (i + 1 === at ? '## Orphan slide' : line)).join('\n'));
    expect([caught.line, caught.message]).toEqual([at, 'a slide before any group']);
    expect(caught.hint).toMatch(/`# Group title/);
  });

  it('a source comment it cannot read', () => {
    const at = lineOf(/^<!-- source: essay\.txt .*#[0-9a-f]{8}/);
    const caught = error(lines.map((line, i) => (i + 1 === at ? line.replace(/#[0-9a-f]{8}/, '#xyz') : line)).join('\n'));
    expect(caught.line).toBe(at);
    expect(caught.message).toMatch(/cannot read the source/);
    expect(caught.hint).toMatch(/<!-- source: essay\.txt 12-18 #a1b2c3d4/);
  });

  it('a source comment naming another essay', () => {
    const at = lineOf(/^<!-- source: /);
    const caught = error(lines.map((line, i) => (i + 1 === at ? line.replace('essay.txt', 'other.txt') : line)).join('\n'));
    expect([caught.line, caught.message]).toEqual([at, 'the source comment does not name the essay essay.txt']);
  });

  it('a duplicate slide id', () => {
    const at = lineOf(/^## .*\{#context-/);
    const second = lines.findIndex((line, i) => i + 1 > at && /^## .*\{#/.test(line)) + 1;
    const id = /\{#([a-z0-9-]+)/.exec(lines[at - 1] ?? '')?.[1];
    const edited = lines.map((line, i) => (i + 1 === second ? line.replace(/\{#[a-z0-9-]+/, `{#${id}`) : line)).join('\n');
    const caught = error(edited);
    expect(caught.line).toBe(second);
    expect(caught.message).toBe(`the id "${id}" is already used on line ${at}`);
  });

  it('stray text, an unknown class and a level-3 heading', () => {
    const at = lineOf(/^- /);
    const stray = error(lines.map((line, i) => (i + 1 === at ? 'just some words' : line)).join('\n'));
    expect([stray.line, stray.message]).toEqual([at, 'unexpected text "just some words"']);
    expect(stray.hint).toMatch(/a bullet \(`- text`\)/);
    const slide = lineOf(/^## .*\{#context-/);
    const cls = error(lines.map((line, i) => (i + 1 === slide ? line.replace('}', ' .fancy}') : line)).join('\n'));
    expect([cls.line, cls.message]).toEqual([slide, 'unknown slide class ".fancy"']);
    const h3 = error(lines.map((line, i) => (i + 1 === at ? '### Sub' : line)).join('\n'));
    expect([h3.line, h3.message]).toEqual([at, 'a level-3 heading']);
  });

  it('a group without slides', () => {
    const caught = error(`${text}\n# Empty group\n`);
    expect([caught.line, caught.message]).toEqual([lines.length + 1, 'the group "empty-group" has no slides']);
    expect(caught.hint).toBe('Expected a `## Slide title` under it, or no `#` heading for it.');
  });

  it('reads a slide the presenter adds: no id (made from the title), no source, a Notes: block', () => {
    const at = lineOf(/^# Conclusion/);
    const added = ['## My own point', '', '- A bullet of my own', '', 'Notes:', '', 'First line.', '', 'Second paragraph.', ''];
    const edited = [...lines.slice(0, at + 1), ...added, ...lines.slice(at + 1)].join('\n');
    const parsed = parseOutlineFile(edited, 'outline.md');
    const group = parsed.groups.find((g) => g.id === 'conclusion');
    expect(group?.slides[0]).toEqual(
      expect.objectContaining({
        id: 'conclusion-my-own-point',
        title: 'My own point',
        layout: 'points',
        sources: [],
        bullets: [{ text: 'A bullet of my own', source: null, line: at + 4 }],
        notes: 'First line.\n\nSecond paragraph.',
      }),
    );
    expect(isEdited(parsed, edited)).toBe(true);
  });
});
