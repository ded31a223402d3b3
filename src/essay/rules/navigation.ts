import type { BlockRule } from './types.js';

const LINK =
  /^(home|menu|main menu|navigation|toggle navigation|open menu|close( menu)?|skip to (main )?content|back to top|top|previous|next|previous (article|post|story)|next (article|post|story)|print|download( the)?( pdf| report)?|view pdf|log ?in|sign ?in|my account|donate|contact( us)?|about us|listen to (this )?article|continue reading)$/i;

/** Menus, breadcrumbs and "Return to …" links. */
export const navigation: BlockRule = {
  name: 'navigation',
  test(block, { words }) {
    const text = block.plain.replace(/[.:!»›>]+$/, '').trim();
    if (words <= 8 && /^(return|back|go back|go) to\b/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    if (words <= 4 && LINK.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // Breadcrumbs: "Home > Analysis > Asia", "Home / Opinion".
    if (words <= 12 && /^home\s*[>›»/|]/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    return null;
  },
};
