import { pathDate } from '../dates.js';
import type { Pass } from '../state.js';

/**
 * Needs: header, date-order (a date printed or in the front matter). A Markdown post that prints no
 * date and whose front matter gives none is dated as the site that builds it dates it: by its path
 * (`_posts/2020-04-28-pay-per-law.md`, `2021-02-18-usability/index.md`, `posts/2016/10/10/pacer.mdx`;
 * src/essay/dates.ts). A text file's name is its reader's, and may date the day it was saved: not read.
 */
export const fileDate: Pass = {
  name: 'file-date',
  run(state) {
    if (state.meta.date || state.format !== 'markdown') return;
    state.meta.date = pathDate(state.path);
  },
};
