import type { BlockRule } from './types.js';

/** Search boxes: "Search", "Search All Site Content", "Search this site…". */
export const search: BlockRule = {
  name: 'search',
  test(block, { words }) {
    if (words > 8) return null;
    return /^search\b|\bsearch\s+(all|the|this|our)?\s*(site|website|content|articles|archive)/i.test(block.plain)
      ? { kind: 'chrome', reason: 'search' }
      : null;
  },
};
