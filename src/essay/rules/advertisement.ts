import type { BlockRule } from './types.js';

/** Advertisement markers left between paragraphs. */
export const advertisement: BlockRule = {
  name: 'advertisement',
  test(block, { words }) {
    if (words > 6) return null;
    return /^(advertisement|advertising|ad|sponsored( content)?|promoted( content)?|paid content|(story|article) continues below( advertisement)?|continue reading (below|the main story))$/i.test(
      block.plain.replace(/[.:]+$/, ''),
    )
      ? { kind: 'chrome', reason: 'advertisement' }
      : null;
  },
};
