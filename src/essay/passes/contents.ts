import type { Block } from '../blocks.js';
import { asks, isHeadingShaped, isProse, PICTURE_CREDIT_MAX_WORDS, words } from '../shape.js';
import type { Pass } from '../state.js';
import { endsWithColon, matchKey } from '../text.js';

/** A table of contents lists at least this many of the headings that follow it. */
const CONTENTS_MIN_ENTRIES = 3;
/** The label above a table of contents. */
const CONTENTS_LABEL = /^(table of )?contents|^in this (article|post|piece|report|guide)|^on this page|^jump to|^sections?$|^summary$/i;
/** A lead-in naming the parts that follow: "… into the following four sections:", "This report has three parts:". */
const ANNOUNCES_PARTS = /\b(?:sections|parts|chapters)\s*:\s*$/i;
/** A list's item that is a link to a place in the page and nothing else: "- [Tax system](#tax-system)", "1. [Sources](#sources)". */
const IN_PAGE_LINK = /^\s*(?:[-*+]|\d{1,2}[.)])\s+\[[^\]]+\]\(#[^)\s]+\)\s*$/;
/** Share of a run's lines that must name a later heading (a "Contents" label or a "Top" link may sit among them). */
const CONTENTS_MATCH_SHARE = 0.6;

/**
 * Needs: markup. A table of contents repeats the headings before the body: a run of short
 * lines, most of which name a different heading that comes later, followed by running text
 * (with its numbering or not). The run,
 * and a "Contents" label above it, are chrome; a list the text leads into with a colon is not.
 */
export const contents: Pass = {
  name: 'contents',
  run(state) {
    const { blocks } = state;
    const key = (text: string): string => matchKey(text.replace(/^(?:\d{1,2}|[ivxlc]{1,6}|[a-h])[.)]\s+/i, ''));
    // A heading has its text under it; under a table that says it is one ("Jump to:"), a picture's
    // credit may come between ("A Focus on Storytelling" / "Ryan Ray Photography" / text). (Without the
    // label, a title over a video's length, "19:32", or a byline over its date would pass for entries.)
    const headsText = (j: number, labelled: boolean): boolean => {
      const [next, after] = [blocks[j + 1], blocks[j + 2]];
      if (!next) return false;
      return isProse(next) || (labelled && words(next) <= PICTURE_CREDIT_MAX_WORDS && after !== undefined && isProse(after));
    };
    // A line that may be an entry or a heading: no running text, or a question alone on its line
    // ("What is Uniform Civil Code?"), which reads as a sentence but heads a part as well.
    // (Or a link to a place in the page, as a Markdown table of contents writes its entries: "- [What about …?](#what-about-…)".)
    const anchorLink = (block: Block): boolean =>
      block.lines.start === block.lines.end && IN_PAGE_LINK.test(state.lines[block.lines.start - 1] ?? '');
    const entryShaped = (block: Block): boolean =>
      block.kind !== 'rule' && (!isProse(block) || (asks(block) && isHeadingShaped(block)) || anchorLink(block));
    // Lines that look like headings, with where they are.
    const headingAt = new Map<string, number[]>();
    blocks.forEach((block, i) => {
      if (state.isDecided(i) || !entryShaped(block)) return;
      const k = key(block.plain);
      if (k) headingAt.set(k, [...(headingAt.get(k) ?? []), i]);
    });
    for (let start = 0; start < blocks.length; start++) {
      let end = start;
      let labelled = false;
      // Distinct entries: a comment thread repeats "Reply" or a name; a table of contents names each heading once.
      const matched = new Set<string>();
      let first = -1;
      let last = -1;
      for (; end < blocks.length; end++) {
        const block = blocks[end];
        if (!block || state.isDecided(end) || !entryShaped(block)) break;
        const k = key(block.plain);
        // A "Contents" label starts the table: lines above it, a title the page prints again under the table, are no entries.
        const label = CONTENTS_LABEL.test(block.plain);
        if (label && !labelled) {
          matched.clear();
          [first, last] = [-1, -1];
        }
        const later = (headingAt.get(k) ?? []).some((j) => j > end + 1 && headsText(j, labelled));
        labelled ||= label;
        if (later && !matched.has(k)) {
          matched.add(k);
          if (first < 0) first = end;
          last = end;
        }
      }
      // The entries are the span from the first line that names a heading to the last: a byline
      // above the table or the title below it is not part of it.
      const size = last - first + 1;
      const before = blocks[first - 1];
      // A list the text leads into ("We propose three things:") is the essay's own, whatever it repeats.
      // (Unless it leads into the essay's parts: "I divide my essay into the following four sections:".)
      const announcesParts = !!before && ANNOUNCES_PARTS.test(before.plain);
      const ledInto = !!before && isProse(before) && endsWithColon(before.plain) && !announcesParts;
      if (first >= 0 && !ledInto && matched.size >= CONTENTS_MIN_ENTRIES && matched.size >= size * CONTENTS_MATCH_SHARE) {
        // (Entries linking into the page under the last one named are the table's too, a blank line between or not: a
        // heading the text spells otherwise, "Hope at the end of the tunel", or the end matter's, "Sources".)
        while (last + 1 < blocks.length && !state.isDecided(last + 1) && anchorLink(blocks[last + 1] as Block)) last++;
        end = Math.max(end, last + 1);
        for (let i = first; i <= last; i++) state.remove(i, 'contents');
        if (before && !state.isDecided(first - 1) && (CONTENTS_LABEL.test(before.plain) || announcesParts))
          state.remove(first - 1, 'contents');
      }
      start = Math.max(start, end);
    }
  },
};
