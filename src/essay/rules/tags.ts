import type { BlockRule } from './types.js';

/** The label of a list of tags: "Tagged:", "Tags:", "Topics:", "Filed under:", "Keywords:". */
const TAG_LIST = /^(?:tagged(?:\s+(?:with|as|in))?|tags?|topics?|filed under|keywords?|subjects?)\s*:\s*(.+)$/i;
/** A tag is a name or a term of a few words, not a clause. */
const TAG_MAX_WORDS = 4;
/** Items that make a list rather than a sentence after a colon ("Topics: why this matters"). */
const TAGS_MIN = 2;

/**
 * A page's tags set as one line: "Tagged: Biomedicine, genetics, gene therapy, Feng Zhang". A list
 * of short comma-separated terms after the label, never a sentence, so also inside the body.
 */
export const tags: BlockRule = {
  name: 'tags',
  test(block) {
    const list = TAG_LIST.exec(block.plain.trim())?.[1];
    if (!list || /[.!?]$/.test(list.trim())) return null;
    const items = list.split(/\s*[,;|·•]\s*/).filter(Boolean);
    if (items.length < TAGS_MIN || items.some((item) => item.split(/\s+/).length > TAG_MAX_WORDS)) return null;
    return { kind: 'chrome', reason: 'navigation' };
  },
};
