import type { BlockRule } from './types.js';

/** One link of a menu: a label of a word to four, capitalised, letters only ("Past Issues", "Topics"). */
const MENU_ITEM = /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}$/u;
/** A menu's row has at least this many links. */
const MENU_ROW_MIN_ITEMS = 3;
/** …and few words in all. */
const MENU_ROW_MAX_WORDS = 16;

/**
 * A menu's row as a page copy prints it, its links set apart by runs of spaces, tabs or no-break
 * spaces: "Current Issue \u00a0 Past Issues \u00a0 Topics" (ACM Queue), or by bars (Emerging Infectious Diseases). Tried after the social rule,
 * whose rows of network names are set the same way.
 */
export const menuRow: BlockRule = {
  name: 'menu-row',
  test(block, { words }) {
    // (A row of the author's Markdown table is no menu, however short its cells: "| Pioneers | Settlers | Town planners |".)
    if (words > MENU_ROW_MAX_WORDS || block.tableRow) return null;
    // (Or set apart by bars: "Top of Page | Current Issue | Upcoming Issue | Past Issue | Search | Home".)
    const separator = block.text.includes('|') ? /\s*\|\s*/ : /\S[ \t\u00a0]{2,}\S/.test(block.text) ? /[ \t\u00a0]{2,}/ : null;
    if (!separator) return null;
    const items = block.text.trim().split(separator);
    return items.length >= MENU_ROW_MIN_ITEMS && items.every((item) => MENU_ITEM.test(item))
      ? { kind: 'chrome', reason: 'navigation' }
      : null;
  },
};
