import type { BlockRule } from './types.js';

/** A reading time in German, French, Spanish, Portuguese or Italian: "Lesedauer: 8 Minuten", "Lesezeit ca. 5 Min.", "Temps de lecture : 4 min", "Tempo de leitura: 1 minuto". */
export const READING_TIME_ABROAD =
  /(?:(?:lesedauer|lesezeit|leestijd|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minuten|minuut|minutes?|minutos?|minuti|min\.?)|\d+\s*(?:minuten|minuut|min\.?)\s+(?:gelezen|leestijd|lesezeit|lesedauer)|\d+\s*(?:minutes?|minutos?|minuti|min\.?)\s+(?:de lecture|de lectura|de leitura|di lettura))/i;
/** A comment's age and time: "2 days ago at 07:52 am". */
const AGE_AT_TIME = /^\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?$/i;
/** A gallery's counter: "Image 1 of 4", "Slide 3 of 12". */
const GALLERY_COUNTER = /^(?:image|photo|slide|picture)\s+\d+\s+of\s*\/?\s*\d+$/i;
/** A video's or a recording's length alone on its line, as a player's box prints it: "01:48 min", "3:25", "1:02:10". */
export const MEDIA_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:min|mins|minutes|minuten|minutos|minuti|Min)\.?)?$/i;
const READING_TIME_ALONE = new RegExp(`^${READING_TIME_ABROAD.source}$`, 'i');
/**
 * A reading time without its label, marked as an estimate ("~ 10 Minuten", "≈ 4 min"), or with the label
 * after the figure ("5 min de lecture", "8 Minuten Lesezeit", "3 minutos de lectura").
 */
const READING_TIME_BARE =
  /^(?:[~≈]\s*(?:ca\.\s*)?\d+\s*(?:minutes?|minuten|minutos?|minuti|mins?\.?)|\d+\s*(?:minutes?|minuten|minutos?|minuti|mins?\.?)\s+(?:de lecture|lesezeit|lesedauer|de lectura|de leitura|di lettura))$/i;

const COUNTER =
  /^([\d,.]+[km]?|[\d,.]+\s*(likes?|restacks?|claps?)(\s*·\s*[\d,.]+\s*\w+)*|total( index)?:?\s*[\d,]+.*|[\d,.]+[km]?\s*(publications|results|comments|shares|views|likes)\b.*|\d+\s*min(ute)?s?\s*(read|listen)\b.*|[\d,]+\s*words(save)?|(estimated )?(reading time|read time):?\s*\d+.*|comments?:?\s*\(?\d*\)?|(new,\s*)?\d+\s+comments?|([\d,.]+[km]?\s*(likes?|retweets?|reposts?|replies|quotes|bookmarks))+|(average )?rating:?\s*\d(\.\d+)?(\s*(\/|out of)\s*\d+)?|(total )?reviews:?\s*[\d,]+|[\d,]+\s+(people|readers)\s+(shared|liked|shared or liked)\s+this\.?)$/i;

/**
 * A count of reactions, discussions or views in the deck's other languages, alone on its line or with another count:
 * "3 réactions | 9726 lu", "8 Diskussionen", "4 Änderungsvorschläge", "1.234 Aufrufe". (Not a count of comments, "12
 * Kommentare": that heads the readers' thread, which ends the text: comments.ts.)
 */
const COUNTER_ABROAD =
  /^[\d.,]+[km]?\s*(?:réactions?|reaktionen|reacciones|reações|reazioni|diskussionen|discussions|discusiones|discussioni|änderungsvorschläge|vues|aufrufe|visualizaciones|visualizações|visualizzazioni|weergaven|lectures|lu|partages)(?:\s*[|·•]\s*[\d.,]+[km]?\s*\p{L}+)*$/iu;

/**
 * Counters and reading-time labels: "Total Index: 6330 publications.", "5 min read", "4,500 words"
 * (its Save button glued on, "4,500 wordsSave"), "Lesedauer ca. 10 Minuten", "~ 10 Minuten",
 * "Comments (3)", "New, 203 comments", a like count standing alone ("312"), "Average Rating: 4.85", "Total Reviews: 1,052", a video's length ("01:48 min").
 */
export const counter: BlockRule = {
  name: 'counter',
  test(block, { words }) {
    if (words > 8) return null;
    const text = block.plain.replace(/[.]+$/, '');
    return COUNTER.test(text) ||
      READING_TIME_ALONE.test(text) ||
      READING_TIME_BARE.test(text) ||
      GALLERY_COUNTER.test(text) ||
      MEDIA_LENGTH.test(text) ||
      AGE_AT_TIME.test(text) ||
      COUNTER_ABROAD.test(text)
      ? { kind: 'chrome', reason: 'counter' }
      : null;
  },
};
