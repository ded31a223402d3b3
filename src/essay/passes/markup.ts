import { classify } from '../rules.js';
import type { Pass } from '../state.js';

/**
 * Needs: nothing. Decides the blocks that are chrome by their Markdown syntax alone (images,
 * template tags, tag-only HTML, footnote texts), and records what the block rules say of every
 * other block out of context: later passes weigh those hints by where the block stands.
 */
export const markup: Pass = {
  name: 'markup',
  run(state) {
    state.blocks.forEach((block, i) => {
      if (block.chrome) state.remove(i, block.chrome);
      else state.hints[i] = classify(block, false);
    });
  },
};
