import { describe, expect, it } from 'vitest';
import { isCommentHeader } from '../../src/essay/comments.js';

describe('isCommentHeader', () => {
  it('reads a name, a date and a time of day, the time with a colon or, British, a dot and "pm" or a zone', () => {
    expect(isCommentHeader('bavan 2/29/2024 at 4:03am')).toBe(true);
    expect(isCommentHeader('Martin Anderson Thu 21 Apr 2016 4.37pm')).toBe(true);
    expect(isCommentHeader('Jane Doe Thu 21 Apr 2016 16.37 BST')).toBe(true);
  });

  it('takes no decimal number for a time, nor a dated line without a name', () => {
    expect(isCommentHeader('Prices rose 4.37 in April 2016')).toBe(false);
    expect(isCommentHeader('Thu 21 Apr 2016 4.37pm')).toBe(false);
  });
});
