import type { BlockRule } from './types.js';

const CALL =
  /\b(subscribe|unsubscribe|newsletters?|mailing list|sign(ing)? up|signup|register to (receive|get)|stay informed|stay (up to date|in touch|connected)|keep up to date|in your inbox|get (our|the latest) (updates|news)|email alerts?|join our (list|community))\b/i;

/** Newsletter and subscription prompts. In the body only a short prompt is taken for one. */
export const newsletter: BlockRule = {
  name: 'newsletter',
  test(block, { words, inBody }) {
    if (words > (inBody ? 14 : 30)) return null;
    return CALL.test(block.plain) ? { kind: 'chrome', reason: 'newsletter' } : null;
  },
};
