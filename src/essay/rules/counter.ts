import type { BlockRule } from './types.js';

const COUNTER =
  /^([\d,.]+[km]?|[\d,.]+\s*(likes?|restacks?|claps?)(\s*·\s*[\d,.]+\s*\w+)*|total( index)?:?\s*[\d,]+.*|[\d,.]+\s*(publications|results|comments|shares|views|likes)\b.*|\d+\s*min(ute)?s?\s*(read|listen)\b.*|[\d,]+\s*words(save)?|(estimated )?(reading time|read time):?\s*\d+.*|comments?\s*\(?\d*\)?|(new,\s*)?\d+\s+comments?|([\d,.]+[km]?\s*(likes?|retweets?|reposts?|replies|quotes|bookmarks))+|(average )?rating:?\s*\d(\.\d+)?(\s*(\/|out of)\s*\d+)?|(total )?reviews:?\s*[\d,]+|[\d,]+\s+(people|readers)\s+(shared|liked|shared or liked)\s+this\.?)$/i;

/**
 * Counters and reading-time labels: "Total Index: 6330 publications.", "5 min read", "4,500 words"
 * (its Save button glued on, "4,500 wordsSave"),
 * "Comments (3)", "New, 203 comments", a like count standing alone ("312"), "Average Rating: 4.85", "Total Reviews: 1,052".
 */
export const counter: BlockRule = {
  name: 'counter',
  test(block, { words }) {
    if (words > 8) return null;
    return COUNTER.test(block.plain.replace(/[.]+$/, '')) ? { kind: 'chrome', reason: 'counter' } : null;
  },
};
