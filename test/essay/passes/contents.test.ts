import { describe, expect, it } from 'vitest';
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
});
