import type { BlockRule } from './types.js';

/** A note's link back to its mark in the text: "↩", "↩︎" (with its text-style selector), Hugo's "[return]". */
const BACK_LINK = /\s*(?:↩\uFE0E?|\[return\])\s*$/u;

/**
 * A footnote's text, copied from a page with its link back to the mark ("The 2021 YRBSS did not
 * include questions on gender identity. ↩︎"): end matter wherever it stands.
 */
export const footnote: BlockRule = {
  name: 'footnote',
  test(block) {
    return (block.plain.includes('↩') || block.plain.includes('[return]')) && BACK_LINK.test(block.plain)
      ? { kind: 'chrome', reason: 'footnote' }
      : null;
  },
};
