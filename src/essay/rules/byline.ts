import { parseNameList } from '../authors.js';
import { findDate } from '../dates.js';
import type { BlockRule, Verdict } from './types.js';

const AUTHOR_LEAD = /^(?:by|written by|words by|authors?|posted by|contributors?)\s*:?\s+/i;
const DATE_LEAD = /^(?:published|posted|updated|last updated|first published|date|dated|released|issued)(?:\s+on)?\s*:?\s*/i;
const CATEGORY_LEAD = /^(?:categor(?:y|ies)|topics?|tags?|filed under|section|regions?|issues?|keywords?)\s*:\s*(.+)$/i;

/**
 * Byline fields: authors, dates and categories, alone or several on one line separated by
 * `|`, `·`, `•` or ` — ` ("By Jane Doe | Published July 16, 2020").
 */
export const byline: BlockRule = {
  name: 'byline',
  test(block, { words, inBody }) {
    if (inBody || words > 24 || block.kind === 'heading') return null;
    const verdict: Extract<Verdict, { kind: 'meta' }> = { kind: 'meta' };
    const fields = block.plain.split(/\s+[|·•]\s+|\s+[—–]\s+|\s*\|\s*/).filter(Boolean);
    for (const field of fields) {
      const category = CATEGORY_LEAD.exec(field);
      if (category?.[1]) {
        verdict.category ??= category[1].trim();
        continue;
      }
      const date = findDate(field);
      if (date) {
        const rest = field.replace(date.match, '').replace(DATE_LEAD, '').replace(/[,.:]/g, ' ').trim();
        // A date line may also name the time, nothing else: "Published 16 July 2020 at 9:00 am".
        if (rest.split(/\s+/).filter(Boolean).length <= 3 && !/[a-z]{4,}.*[a-z]{4,}.*[a-z]{4,}/i.test(rest)) {
          verdict.date ??= date.iso;
          continue;
        }
      }
      const lead = AUTHOR_LEAD.exec(field);
      const names = lead ? parseNameList(field.slice(lead[0].length)) : null;
      if (names) {
        verdict.authors ??= names;
        continue;
      }
      return null;
    }
    return verdict.date || verdict.authors || verdict.category ? verdict : null;
  },
};
