import type { BlockRule } from './types.js';

/** Cookie banners: a mention of cookies together with their use, consent or policy. */
export const cookies: BlockRule = {
  name: 'cookies',
  test(block, { words }) {
    if (words > 60) return null;
    const text = block.plain;
    return /\bcookies?\b/i.test(text) &&
      /\b(we use|uses|accept|consent|policy|settings|preferences|agree|browsing experience)\b/i.test(text)
      ? { kind: 'chrome', reason: 'cookies' }
      : null;
  },
};
