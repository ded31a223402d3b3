import type { BlockRule } from './types.js';

const CALL =
  /\b(subscribe|unsubscribe|newsletters?|mailing list|sign(ing)? up|signup|register to (receive|get)|stay informed|stay (up to date|in touch|connected)|keep up to date|in your inbox|get (our|the latest) (updates|news)|email alerts?|join our (list|community)|(type|enter) your email|your email address)\b/i;
/** What makes a longer line in the body a prompt rather than a sentence about subscriptions. */
const PROMPT = /\b(thanks for reading|for free|to receive|new posts|support my work|your inbox|updates from)\b/i;

/** Newsletter and subscription prompts. In the body a prompt must be short or read like one. */
export const newsletter: BlockRule = {
  name: 'newsletter',
  test(block, { words, inBody }) {
    if (words > (inBody ? 24 : 30) || !CALL.test(block.plain)) return null;
    if (inBody && words > 14 && !PROMPT.test(block.plain)) return null;
    return { kind: 'chrome', reason: 'newsletter' };
  },
};
