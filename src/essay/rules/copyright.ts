import type { BlockRule } from './types.js';

/** Copyright and legal footers. */
export const copyright: BlockRule = {
  name: 'copyright',
  test(block, { words }) {
    if (words > 30) return null;
    return /^(©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(privacy policy|terms of (use|service))\b/i.test(block.plain)
      ? { kind: 'chrome', reason: 'copyright' }
      : null;
  },
};
