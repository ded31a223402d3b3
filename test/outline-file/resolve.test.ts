import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { buildOutline } from '../../src/outline/build.js';
import { parseOutlineFile, printOutlineFile } from '../../src/outline-file/format.js';
import { resolveOutlineFile } from '../../src/outline-file/resolve.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';
import { noteCoverage } from '../helpers/invariants.js';

const source = { path: 'essay.txt', text: readFileSync(REFERENCE_ESSAY, 'utf8') };
const essay = parseEssay(source);
const outline = buildOutline(essay);
const text = printOutlineFile(outline, essay, 'essay.txt');
const lines = text.split('\n');

describe('the outline resolved from outline.md', () => {
  it('keeps a sentence two slides name in the first one only, and says so', () => {
    const sources = lines.filter((line) => line.startsWith('<!-- source:') && line.includes('#'));
    const first = /essay\.txt (.*?) -->/.exec(sources[1] ?? '')?.[1] ?? '';
    const copied = lines.map((line) => (line === sources[2] ? line.replace(' -->', `, ${first} -->`) : line)).join('\n');
    const resolved = resolveOutlineFile(parseOutlineFile(copied, 'outline.md'), essay, outline);
    expect(resolved.problems.length).toBeGreaterThan(0);
    expect(resolved.problems.every((problem) => problem.kind === 'repeated')).toBe(true);
    expect(resolved.problems[0]?.message).toMatch(
      /^outline\.md:\d+: slide "[a-z0-9-]+": sentence \d+ of essay\.txt:\d+(-\d+)? is already in the notes of slide "[a-z0-9-]+" \(outline\.md:\d+\); it stays there$/,
    );
    for (const { sentence, count } of noteCoverage(essay, resolved.outline)) expect(count, sentence).toBe(1);
  });

  it('gives a bullet the presenter wrote no source (line 0), and a slide without sources no notes and no lines', () => {
    const at = lines.findIndex((line) => line.startsWith('# Conclusion'));
    const edited = [...lines.slice(0, at + 1), '', '## Mine {#mine}', '', '- My own words', ...lines.slice(at + 1)].join('\n');
    const resolved = resolveOutlineFile(parseOutlineFile(edited, 'outline.md'), essay, outline);
    const mine = resolved.outline.groups.flatMap((g) => g.slides).find((s) => s.id === 'mine');
    expect(mine).toEqual({
      id: 'mine',
      title: 'Mine',
      layout: 'points',
      bullets: [{ text: 'My own words', source: { line: 0, sentence: 0 } }],
      notes: '',
      source: null,
    });
    expect(resolved.problems).toEqual([]);
  });

  it('puts the sentences of a deleted group into the nearest slide, in essay order, so none is lost', () => {
    const start = lines.findIndex((line) => line.startsWith('# Invite Friends'));
    const end = lines.findIndex((line, i) => i > start && line.startsWith('# '));
    const edited = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    const resolved = resolveOutlineFile(parseOutlineFile(edited, 'outline.md'), essay, outline);
    expect(resolved.outline.groups.map((g) => g.id)).not.toContain('invite-friends');
    expect(resolved.problems.length).toBeGreaterThan(0);
    expect(resolved.problems.every((problem) => problem.kind === 'unplaced')).toBe(true);
    for (const { sentence, count } of noteCoverage(essay, resolved.outline)) expect(count, sentence).toBe(1);
    // The overview links the section groups the file has.
    const overview = resolved.outline.groups.find((g) => g.id === 'overview')?.slides[0];
    expect(overview?.links?.map((link) => link.groupId)).toEqual(['change-the-channel', 'go-public']);
  });
});
