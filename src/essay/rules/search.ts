import type { BlockRule } from './types.js';

/** A search box's placeholder, longer: "Search for articles and insights about software, technology trends, and industry news". */
const SEARCH_PLACEHOLDER = /^search (?:for |our |the |this |all )?(?:articles|posts|stories|news|topics|products|resources|insights)\b/i;
const SEARCH_PLACEHOLDER_MAX_WORDS = 16;

/** Search boxes: "Search", "Search All Site Content", "Search this site…". */
export const search: BlockRule = {
  name: 'search',
  test(block, { words }) {
    if (words <= SEARCH_PLACEHOLDER_MAX_WORDS && SEARCH_PLACEHOLDER.test(block.plain) && !/[.!?]$/.test(block.plain.trim()))
      return { kind: 'chrome', reason: 'search' };
    // (Not the text's own words that open with the verb and join another to it: "Search and retrieve relevant documents",
    // an item of a list; a box's label in title case may, "Search & Filter".)
    if (words > 8 || /^[Ss]earch (?:and|or) \p{Ll}/u.test(block.plain)) return null;
    // (And a search box's label in other languages, the English one beside it at times: "Cerca:  Search", "Buscar", "Поиск".)
    return /^search\b|\bsearch\s+(all|the|this|our)?\s*(site|website|content|articles|archive)|^(?:cerca|buscar|pesquisar|rechercher|suche|поиск)\s*:?(?:\s+search)?$/i.test(
      block.plain,
    )
      ? { kind: 'chrome', reason: 'search' }
      : null;
  },
};
