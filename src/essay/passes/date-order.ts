import { dayFirstPage, readDayFirst } from '../dates.js';
import type { Pass } from '../state.js';

/**
 * Needs: header, title, tail (the date and its line). A date written as two numbers ("06/01/2026")
 * is read month first, as US sites write it, unless the page writes its other such dates day
 * first ("27/05/2024", "14/05/2024"): then the page's date is read as the page writes them. A page
 * in another language than English writes its dates day first: "03/05/2022 21:44" on a Brazilian
 * paper's page is the 3rd of May.
 */
export const dateOrder: Pass = {
  name: 'date-order',
  run(state) {
    const line = state.meta.lines.date;
    if (!state.meta.date || line === undefined) return;
    const written = state.lines[line - 1] ?? '';
    const reread = readDayFirst(written, state.meta.date);
    const inEnglish = state.meta.language === null || state.meta.language === 'en';
    if (reread && (!inEnglish || dayFirstPage(state.lines))) state.meta.date = reread;
  },
};
