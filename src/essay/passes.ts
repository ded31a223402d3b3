import { body } from './passes/body.js';
import { bylines } from './passes/bylines.js';
import { contents } from './passes/contents.js';
import { dateOrder } from './passes/date-order.js';
import { fileDate } from './passes/file-date.js';
import { furniture } from './passes/furniture.js';
import { header } from './passes/header.js';
import { markup } from './passes/markup.js';
import { repeats } from './passes/repeats.js';
import { sections } from './passes/sections.js';
import { siteOwner } from './passes/site-owner.js';
import { summaries } from './passes/summaries.js';
import { tail } from './passes/tail.js';
import { title } from './passes/title.js';
import type { Pass } from './state.js';

/**
 * The essay stage's passes, in the order they run over one EssayState (src/essay/state.ts).
 * Each says in its file what it needs from the passes before it. To read a new form of page,
 * add a pass here, or a rule to src/essay/rules.ts, rather than a case inside another pass.
 */
export const PASSES: readonly Pass[] = [
  markup, // Markdown syntax that is chrome by itself; the block rules' hints for every block
  repeats, // labels a page repeats, lines printed twice in a row
  bylines, // names standing alone next to a date or a job title
  contents, // a table of contents repeating the headings
  title, // the title block
  header, // front matter, kicker, byline, date, standfirst; where the body starts
  tail, // bio, end matter; where the body ends
  siteOwner, // without a writer named: the one person holding a personal site's copyright
  dateOrder, // a date of two numbers read as the page writes its dates
  fileDate, // without a date, a Markdown post's file name or folders give it
  body, // headings and paragraphs of the body; chrome and pull quotes in it
  furniture, // a short line kept between two lines of the page's furniture
  summaries, // the author's own summary: under a "TL;DR" or "Key takeaways" heading, or after a line announcing one
  sections, // context, approaches, conclusion, appendix
];
