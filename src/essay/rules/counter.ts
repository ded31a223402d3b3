import type { BlockRule } from './types.js';

/** A reading time in German, French or Spanish: "Lesedauer: 8 Minuten", "Lesezeit ca. 5 Min.", "Temps de lecture : 4 min". */
export const READING_TIME_ABROAD =
  /(?:lesedauer|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minuten|minutes?|minutos?|min\.?)/i;
const READING_TIME_ALONE = new RegExp(`^${READING_TIME_ABROAD.source}$`, 'i');

const COUNTER =
  /^([\d,.]+[km]?|[\d,.]+\s*(likes?|restacks?|claps?)(\s*·\s*[\d,.]+\s*\w+)*|total( index)?:?\s*[\d,]+.*|[\d,.]+\s*(publications|results|comments|shares|views|likes)\b.*|\d+\s*min(ute)?s?\s*(read|listen)\b.*|[\d,]+\s*words(save)?|(estimated )?(reading time|read time):?\s*\d+.*|comments?\s*\(?\d*\)?|(new,\s*)?\d+\s+comments?|([\d,.]+[km]?\s*(likes?|retweets?|reposts?|replies|quotes|bookmarks))+|(average )?rating:?\s*\d(\.\d+)?(\s*(\/|out of)\s*\d+)?|(total )?reviews:?\s*[\d,]+|[\d,]+\s+(people|readers)\s+(shared|liked|shared or liked)\s+this\.?)$/i;

/**
 * Counters and reading-time labels: "Total Index: 6330 publications.", "5 min read", "4,500 words"
 * (its Save button glued on, "4,500 wordsSave"), "Lesedauer ca. 10 Minuten",
 * "Comments (3)", "New, 203 comments", a like count standing alone ("312"), "Average Rating: 4.85", "Total Reviews: 1,052".
 */
export const counter: BlockRule = {
  name: 'counter',
  test(block, { words }) {
    if (words > 8) return null;
    const text = block.plain.replace(/[.]+$/, '');
    return COUNTER.test(text) || READING_TIME_ALONE.test(text) ? { kind: 'chrome', reason: 'counter' } : null;
  },
};
