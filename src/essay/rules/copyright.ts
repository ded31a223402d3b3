import type { BlockRule } from './types.js';

/** Copyright and legal footers. */
export const copyright: BlockRule = {
  name: 'copyright',
  test(block, { words }) {
    // "CBS Sports is a registered trademark of CBS Broadcasting Inc. …": a legal footer of up to 80 words (counted before the scan).
    if (
      words <= 80 &&
      /\bis an? (?:registered )?(?:trademark|service mark)s? of\b|\bare (?:registered )?trademarks of\b/i.test(block.plain)
    )
      return { kind: 'chrome', reason: 'copyright' };
    if (words > 30) return null;
    return /^(©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(privacy policy|terms of (use|service))\b/i.test(block.plain)
      ? { kind: 'chrome', reason: 'copyright' }
      : null;
  },
};
