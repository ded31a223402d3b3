import { nameCase, PERSON_NAME, ROLE_LINE } from '../authors.js';
import type { Block } from '../blocks.js';
import { words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';

/** Bylines sit in the first half of a page: a name alone further down is a caption or a signature. */
const BYLINE_ZONE = 0.5;
/** A byline's name line is a name and nothing more. */
const NAME_MAX_WORDS = 4;
/** A role line under a name: "Senior Fellow, Economic Studies". */
const ROLE_MAX_WORDS = 12;

const adjacent = (a: Block | undefined, b: Block | undefined): boolean =>
  !!a && !!b && (a.lines.end + 1 === b.lines.start || b.lines.end + 1 === a.lines.start);

/** Dates in a row that make an archive list. */
const ARCHIVE_MIN_DATES = 3;
/** A line that is a date and nothing else: "July 2022", "January 19, 2017". */
const BARE_DATE = /^(?:\p{L}+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d$/u;

/**
 * An archive list ("July 2022", "June 2022", "May 2022"): dates standing alone on lines that
 * follow each other are navigation, not a byline's date.
 */
function archives(state: EssayState): void {
  const { blocks, hints } = state;
  const bare = (i: number): boolean => {
    const hint = hints[i];
    return hint?.kind === 'meta' && !!hint.date && !hint.authors && BARE_DATE.test(blocks[i]?.plain ?? '');
  };
  // Three or more in a row: a byline's date and an issue's month ("January 19, 2017" / "February 2017") make two.
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (end < blocks.length && bare(end) && (end === start || adjacent(blocks[end - 1], blocks[end]))) end++;
    if (end - start >= ARCHIVE_MIN_DATES) {
      for (let i = start; i < end; i++) {
        state.remove(i, 'navigation');
        hints[i] = { kind: 'chrome', reason: 'navigation' };
      }
    }
    start = Math.max(start, end - 1);
  }
}

/**
 * Needs: markup (hints). Sites that print the author's name on a line of its own: a name next
 * to a date or a "Follow" button ("Lena Marsh" / "Mar 3, 2024"), or names each followed by their
 * role ("Mia Noonan" / "Data Scientist, NHS England"). Those lines become byline hints.
 */
export const bylines: Pass = {
  name: 'bylines',
  run(state) {
    const { blocks, hints } = state;
    archives(state);
    blocks.forEach((block, i) => {
      if (hints[i] || state.isDecided(i) || block.kind === 'heading' || i > blocks.length * BYLINE_ZONE) return;
      if (words(block) > NAME_MAX_WORDS || !PERSON_NAME.test(block.plain)) return;
      const byDate = [i - 1, i + 1].some((j) => {
        const hint = hints[j];
        const near = adjacent(blocks[j], block);
        return near && ((hint?.kind === 'meta' && !!(hint.date || hint.authors)) || /^follow$/i.test(blocks[j]?.plain ?? ''));
      });
      const role = blocks[i + 1];
      const byRole =
        adjacent(block, role) && !!role && words(role) <= ROLE_MAX_WORDS && ROLE_LINE.test(role.plain) && !/[.!?]$/.test(role.plain);
      if (!byDate && !byRole) return;
      hints[i] = { kind: 'meta', authors: [nameCase(block.plain)] };
      if (byRole) hints[i + 1] = { kind: 'meta' };
    });
  },
};
