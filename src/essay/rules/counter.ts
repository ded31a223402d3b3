import type { BlockRule } from './types.js';

/** Counters and reading-time labels: "Total Index: 6330 publications.", "5 min read", "Comments (3)". */
export const counter: BlockRule = {
  name: 'counter',
  test(block, { words }) {
    if (words > 8) return null;
    const text = block.plain;
    return /^(total( index)?:?\s*[\d,]+|[\d,.]+\s*(publications|results|comments|shares|views|likes)\b|\d+\s*min(ute)?s?\s*(read|listen)\b|(reading time|read time):?\s*\d+|comments?\s*\(?\d*\)?$|\d+\s+comments?)/i.test(
      text,
    )
      ? { kind: 'chrome', reason: 'counter' }
      : null;
  },
};
