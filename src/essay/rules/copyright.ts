import type { BlockRule } from './types.js';

/** Copyright and legal footers. */
export const copyright: BlockRule = {
  name: 'copyright',
  test(block, { words }) {
    // "CBS Sports is a registered trademark of CBS Broadcasting Inc. …": a legal footer of any length.
    if (
      /\bis an? (?:registered )?(?:trademark|service mark)s? of\b|\bare (?:registered )?trademarks of\b/i.test(block.plain) &&
      words <= 80
    )
      return { kind: 'chrome', reason: 'copyright' };
    if (words > 30) return null;
    return /^(©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(privacy policy|terms of (use|service))\b/i.test(block.plain)
      ? { kind: 'chrome', reason: 'copyright' }
      : null;
  },
};
