import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { excerpt } from '../../helpers/excerpt.js';

/** The contents pass: a table of contents that repeats the headings before the body. */
describe('contents pass', () => {
  it('takes questions among the entries for entries, and no line above the "Table of Contents" label (Nyaypurti)', () => {
    // 12 "Understanding Uniform Civil Code" / 13 the writer / 14 "Legal" / 15 the date / 16 "Table of Contents" /
    // 17–23 the headings, two of them questions ("What is Uniform Civil Code?") / 24 the title again / … / 40 "What is Uniform Civil Code?" / … / 92 the last paragraph.
    const { essay, removed, parts } = excerpt('tuning/ad-nyaypurti-uniform-civil-code', [1, 93]);
    for (let line = 17; line <= 23; line++) expect(removed.get(line)).toBe('contents');
    expect(removed.get(12)).not.toBe('contents');
    expect(essay.meta.title).toBe('Understanding Uniform Civil Code');
    expect(parts.slice(0, 2)).toEqual(['What is Uniform Civil Code?', 'Constitutional Basis of Uniform Civil Code']);
  });

  it("takes every entry that links into the page, a question, one the text spells otherwise and the end matter's, and the text starts under them (Christian Dale)", () => {
    // 25–40 "- [Issues with current welfare systems](#issues-…)" … 30 "- [What about people who require
    // additional support?](#…)" … 40 "- [Hope at the end of the tunel](#hope-at-the-end-of-the-tunnel)" / 42 "- [Sources](#sources)".
    const path = join(import.meta.dirname, '../../corpus/tuning/ao-cdale-case-for-ubi/essay.md');
    const removed = new Map(parseEssay({ path, text: readFileSync(path, 'utf8') }).removed.map((line) => [line.line, line.reason]));
    for (const line of [25, 30, 39, 40, 42]) expect(removed.get(line), `line ${line}`).toBe('contents');
    // 21 "What are the pros of Universal Basic Income (UBI) and how could it solve …": the text's.
    expect(removed.has(21)).toBe(false);
  });
});
