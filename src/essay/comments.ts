import { findDate, MONTH_NAME, RELATIVE_TIMES, WEEKDAY_NAME, ZONE } from './dates.js';
import { wordCount } from './text.js';

/**
 * A clock time, its zone glued to what follows at times ("9:08 GMT1 day ago"); British pages set a dot
 * in it, then always with "am"/"pm" or a zone ("4.37pm", "16.37 BST"), as a decimal number never is.
 */
const CLOCK_TIME_SOURCE = `\\d{1,2}(?::\\d{2}|\\.\\d{2}(?=\\s*(?:[ap]\\.?m\\b|(?:${ZONE})(?![\\p{L}]))))\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:${ZONE})(?![\\p{L}]))?`;
const CLOCK_TIME = new RegExp(CLOCK_TIME_SOURCE, 'giu');
const HAS_CLOCK_TIME = new RegExp(CLOCK_TIME_SOURCE, 'iu');
/** A newsletter platform's comment header, the reader's name glued to the day: "BojakaSep 29, 2020", "Mircea PasoiOct 19, 2020". */
const GLUED_NAME_DATE = /^\p{Lu}[\p{L}'’ .-]{0,40}\p{Ll}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}$/u;
/** Words a comment's header holds besides the date and time: a name, "at", "said:". */
const COMMENT_HEADER_MAX_WORDS = 6;
/** A date of figures, month or day first and a year of two or four: "12/9/10", "17/12/2010". */
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})\b/;

/** A comment's header: a name, a date and a time of day, or "… said:" ("bavan 2/29/2024 at 4:03am", "Alex on September 17, 2018 at 6:34 am said:"). */
export function isCommentHeader(text: string): boolean {
  const plain = text.trim();
  // (The pattern ends the line with its colon: a line without one, most, is not scanned for it.)
  // (Not a quotation's lead-in that gives the speaker's role after a comma, no date: "Melissa Harrison, Head of Production
  // Operations at eLife says:".)
  if (plain.endsWith(':') && /\b(?:said|says|wrote|writes)\s*:$/i.test(plain) && wordCount(plain) <= COMMENT_HEADER_MAX_WORDS + 6)
    return !plain.includes(',') || findDate(plain) !== null;
  if (GLUED_NAME_DATE.test(plain)) return true;
  // A French page's: "BREIZ44 a posté le 23 janvier 2016 à 14h14".
  if (
    /^\S+(?: \S+){0,3} a (?:posté|écrit|répondu) le \S/.test(plain) &&
    wordCount(plain) <= COMMENT_HEADER_MAX_WORDS + 6 &&
    findDate(plain)
  )
    return true;
  // A code host's comment: "ijsbol commented Dec 18, 2025", "jdoe commented on Mar 3".
  if (/^\S+ commented (?:on )?\S/.test(plain) && wordCount(plain) <= COMMENT_HEADER_MAX_WORDS + 3 && findDate(plain)) return true;
  // (The time of day first: finding a date is the costly test, and most lines have no time.)
  if (!HAS_CLOCK_TIME.test(plain) || /\b(?:posted|published|updated|by)\b/i.test(plain)) return false;
  // (Or a date of figures alone, as a comment system prints it beside the time: "Proud American … — 12/9/10 8:09am".)
  const date = findDate(plain)?.match ?? NUMERIC_DATE.exec(plain)?.[0];
  if (!date) return false;
  const rest = plain
    .replace(date, ' ')
    .replace(RELATIVE_TIMES, ' ')
    .replace(CLOCK_TIME, ' ')
    .replace(/\b(?:at|on)\b|[-–—|,·]/gi, ' ');
  // (A name is needed: an embedded post's "1:25 PM ∙ May 25, 2021" has none, nor a dateline's
  // "Nov 19, 2019 at 9:08 GMT1 day ago" or "Nov.November 18, 2019 12:02 PM".)
  const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !MONTH_NAME.test(word) && !WEEKDAY_NAME.test(word));
  return words.length > 0 && words.length <= COMMENT_HEADER_MAX_WORDS;
}

/**
 * "Comments" in the deck's other languages: the plural, and the singular, which names a thread only after a count
 * ("1 commentaire"): alone it also names a genre, a German op-ed's "Kommentar".
 */
export const COMMENTS_ABROAD = 'commentaires|kommentare|comentarios|commenti|comentários|reacties';
export const COMMENT_ABROAD = 'commentaire|kommentar|comentario|commento|comentário|reactie';

/**
 * A thread's heading: "Comments", "45 comments", "Responses (3)", "6 thoughts on “…”", "221 Responses to “…”", "Leave a Reply"; and in the
 * deck's other languages, "Kommentare", "Leserkommentare", "Commentaires", "Comentarios", "Reacties", "Комментарии".
 */
const THREAD_HEADING = new RegExp(
  String.raw`^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:comments?|responses|replies|${COMMENTS_ABROAD}|leserkommentare|komentarze|комментарии|thoughts? on\b.{1,200}|(?:comments?|responses?|repl(?:y|ies)) (?:to|on) ["“‘'].{1,200})(?:\s*\(\d+\))?:?$|^(?:leave|post|add|write) a (?:comment|reply)$`,
  'i',
);
/** Words of a thread's heading, a title it quotes aside. */
const THREAD_HEADING_MAX_CHARS = 240;

/** The heading a page sets over its readers' comments. */
export const isThreadHeading = (text: string): boolean => text.length <= THREAD_HEADING_MAX_CHARS && THREAD_HEADING.test(text.trim());
