import { NAME_AND_KIND, NOT_A_NAME_WORD, onePerson, PERSON_NAME, PUBLICATION_WORDS, parseNameList, ROLE, ROLE_LINE } from '../authors.js';
import type { Block } from '../blocks.js';
import { COMMENT_ABROAD, COMMENTS_ABROAD, isCommentHeader } from '../comments.js';
import {
  findDate,
  fullYear,
  MONTH_NAME,
  RELATIVE_TIME,
  RELATIVE_TIMES,
  shortNumericDate,
  shortYearDate,
  WEEKDAY_NAME,
  ZONE,
} from '../dates.js';
import { ORGANISATION } from '../front-matter.js';
import { normalizeSpace } from '../text.js';
import { READING_TIME_ABROAD } from './counter.js';
import { REVISED } from './editorial.js';
import type { BlockRule, Verdict } from './types.js';

/**
 * What the piece is, then who wrote it: "A report by Public Advocate Betsy Gotbaum", "Analysis by Chris Cillizza, CNN
 * Editor-at-large"; or who spoke it: "Speech delivered by the Honorable Philip Ruddock, MP."
 */
const PIECE_BY =
  /^(?:an?\s+)?(?:report|essay|paper|brief|commentary|column|op-ed|analysis|article|guest post|blog post|story|piece|opinion|interview|(?:(?:opening|closing|keynote)\s+)?(?:speech|address|remarks|lecture|keynote|testimony|statement|sermon|talk)(?:\s+(?:delivered|given|presented|made))?)\s+by\s+(?:the\s+)?(?:hon(?:ou?rable|\.)?\s+)?(?=\p{Lu})/iu;

/** The same in the other languages the deck speaks: "Eine Kolumne von Nils Pickert", "Une chronique de …", "Una columna de …". */
const PIECE_BY_ELSEWHERE =
  /^(?:ein|eine|un|une|una|uno|um|uma|een)\s+(?:kolumne|kommentar|gastbeitrag|gastkommentar|beitrag|essay|analyse|chronique|tribune|essai|columna|ensayo|artículo|análisis|colonna|editoriale|articolo|coluna|ensaio|artigo|column|opiniestuk)\s+(?:von|de|d['’]|di|van)\s*(?=\p{Lu})/iu;

/** "By Jane Doe", "Written by: …"; and "ByJane Doe", as a copy of a page that sets "By" apart only by style reads. */
function authorLead(text: string): RegExpExecArray | null {
  // ("Written byby Rebecca MacFarlane": a label for screen readers, glued to the one shown.)
  // (And as German, French and Spanish pages write "By": "Von Moritz Bachmann", "Par …", "Por …".)
  // (A dash may set the line off, as a signature's: "-- Posted by Neil H. Buchanan".)
  return (
    /^(?:[-–—]{1,2}\s*)?(?:by|written by|words by|authors?|posted by|contributors?|von|par|por)(?:by)?\s*:?\s+/i.exec(text) ??
    PIECE_BY.exec(text) ??
    PIECE_BY_ELSEWHERE.exec(text) ??
    // (The label in the deck's other languages, with its colon or without, a name after it: "Autorin: Uta Staschewski,
    // Projektleiterin …", "Auteur : …", "Autora: …", "Autor Mark Newton:".)
    /^(?:autor(?:in|en|innen)?|verfasser(?:in)?|auteur(?:e|rice)?s?|autora?s?|autores|autore|autori)(?:\s*:\s*|\s+)(?=\p{Lu})/iu.exec(
      text,
    ) ??
    // (Or "Von", "Por", "Par" glued alike: "PorRodolfo Costa", "VonTomas Spahn".)
    /^(?:By|Von|Por|Par)(?=\p{Lu}\p{Ll})/u.exec(text) ??
    // (A name given as a handle's mark, the date beside it: "@Robert Underwood · Jan 5, 2016 · 4 min read".)
    /^@(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u.exec(text) ??
    // (The label's colon glued to the name: "Authors:Aniruddha Roy, Jyoti Patel".)
    /^(?:by|written by|authors?|contributors?)\s*:(?=\p{Lu})/iu.exec(text) ??
    // (A magazine's credit for the words, with its colon: "Text: Lida Buslaeva", "Текст: Лида Буслаева", "Автор: …".)
    WORDS_CREDIT_LEAD.exec(text) ??
    // (As Japanese and Chinese pages label the writer: "投稿者 Masafumi Negishi", "著者：…", "作者：…".)
    /^(?:投稿者|著者|筆者|執筆者|作者)\s*[:：]?\s*/u.exec(text)
  );
}
/** The label of a credit for the words, as magazines set it over a piece: "Text:", "Texte :", "Текст:". */
const WORDS_CREDIT = '(?:text|texte|texto|testo|tekst|текст|автор)';
/** That label and its colon before the name: "Text: Lida Buslaeva". */
const WORDS_CREDIT_LEAD = new RegExp(`^${WORDS_CREDIT}\\s*:\\s*(?=\\p{Lu})`, 'iu');
/** That label as the first word of a name the dateline reads: "Текст Лида Буслаева". */
const WORDS_CREDIT_WORD = new RegExp(`^${WORDS_CREDIT}\\s+`, 'iu');
/** "Published on", "Story published on", "This entry was posted on", "Date:"; "Griffonné le" (a French blog's sign-off under the text); "Erstveröffentlichung:", "Date de publication :"; "Modifié le", "Aggiornato il" (updated). */
const DATE_LEAD =
  /^(?:(?:story|article|post|essay|piece|page|originally|this (?:post|article|entry|story|page) was)\s+)?(?:published|posted|updated|last updated|modified|last modified|revised|last revised|first published|original|date|dated|released|issued|(?:publiziert|veröffentlicht|aktualisiert|geändert|geschrieben|verfasst) am|(?:publié|mis à jour|mis en ligne|modifié|actualisé|écrit|rédigé|griffonné|posté) le|(?:publicado|actualizado|modificado|escrito) el|(?:atualizado|modificado) em|(?:aggiornato|modificato) il|(?:bijgewerkt|gewijzigd)(?: op)?|erstveröffentlichung|veröffentlichung|(?:erstmals )?erschienen am|date de (?:première )?publication|fecha de publicación|data de publicação|data di pubblicazione|pubblicato il|publicado em|gepubliceerd op)(?:\s+on)?\s*:?\s*/i;
const CATEGORY_LEAD =
  /^(?:(?:categor(?:y|ies)|topics?|tags?|filed under|section|regions?|issues?|keywords?)\s*:|posted in|filed (?:in|under))\s*(.+)$/i;
/** The page of the printed paper a piece ran on: "Page 3", "p. A12", "Seite 4", "Página 2". */
const PRINTED_PAGE = /^(?:page|p\.|pg\.|seite|s\.|página|pagina)\s*[A-Z]?\d{1,3}$/i;
/** A clock time and zone after a date: "7:00 a.m. ET", "at 9:00", "@ 01:39 PM EST", "10.30 GMT". */
const TIME = new RegExp(
  `(?:\\bat\\s+|à\\s+|@\\s*)?\\b\\d{1,2}(?:[:.h]\\d{2}){0,2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*(?:${ZONE}|[+-]\\d{4}))?(?=$|[\\s,.;)])`,
  'gi',
);
/** A clock time on its own: "6:00 PM", "1:39 PM ET", "9 a.m." (not a bare number, which is a counter). */
const TIME_OF_DAY = new RegExp(
  `^(?:at\\s+|à\\s+|@\\s*)?\\d{1,2}(?:[:.h]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?|\\s*(?:a\\.?m\\.?|p\\.?m\\.?))(?:\\s*(?:${ZONE}))?$`,
  'i',
);
/** A reading time: "5 min read", "10 minute read". */
const READING_TIME = String.raw`\d+\s*min(?:ute)?s?\s+read`;
/** …as a field's whole, after the date. */
const READING_TIME_AFTER = new RegExp(String.raw`^\s*${READING_TIME}\s*$`, 'i');
/** …among the fields. */
const READING_TIME_AMONG = new RegExp(String.raw`\b${READING_TIME}\b`, 'i');
/** A time of day opening a field, the writer's lead after it. */
const TIME_BEFORE_WRITER = /^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?=by\s)/i;
const RELATIVE_TIME_ALONE = new RegExp(`^${RELATIVE_TIME.source}$`, 'i');
/** A post's age after other fields, before the date or ending the line: a field of its own. */
const AGE_AMONG_FIELDS = new RegExp(`(?<=\\p{L})\\s+${RELATIVE_TIME.source}(?=\\p{Lu}|\\s*$|\\s+\\S)`, 'giu');
/**
 * Fields a byline line may carry besides its date or author: labels, reading time, numbers, the source ("Source：People's
 * Daily Online"), a button to propose an edit ("29 November 2010 • Send edit request ?", "Edit this page").
 */
const LABEL = new RegExp(
  String.raw`^(?:(?:policy |issue )?(?:brief|report|paper|note|commentary|analysis|opinion|op-ed|blog|essay|article|memo)(?:\s+no\.?\s*\d+)?|(?:no|vol|issue)\.?\s*\d+|\d+\s*min(?:ute)?s?(?:\s+read)?|[\w\s]{0,30}\bsubscribers?|permalink|(?:with\s+)?\d+\s+comments?|no comments|comments?|(?:source|via)\s*[:：]\s*\S.{0,60}|(?:(?:send|suggest|propose)\s+)?(?:an\s+)?edits?(?:\s+(?:request|this (?:page|post)|on github))?\s*\??|improve this (?:page|post)|${RELATIVE_TIME.source}|${READING_TIME_ABROAD.source})$`,
  'i',
);

/** A section's name in capitals, a word or three: "CONSERVATISM", "WORLD NEWS". */
const SECTION_IN_CAPITALS = /^\p{Lu}{3,}(?:[ &-]+\p{Lu}{2,}){0,2}$/u;

/** The time an ISO timestamp carries after its date: "T20:51:19Z", "T09:00:00.000+02:00". */
const ISO_TIME = /^T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/;
/** A section's name after the date: a few capitalised words ("Science & Astronomy", "Health"). */
const SECTION_AFTER_DATE = /^\p{Lu}[\p{L}]*(?:\s+(?:&|and|\p{Lu}[\p{L}]*)){0,3}$/u;

/** A site's name of one word, and the dash that sets it against the date after it. */
const SITE_BEFORE_DATE = /^\p{Lu}[\p{L}\d&'’]*\s*[-–—]$/u;
/** A name of two or three words after a date. */
const DATE_THEN_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** A date in figures with a two-digit year, month first, and the time and its zone perhaps: "10/17/18", "11/18/19 11:04 PM EST" (read only as a byline's field of its own). */
const SHORT_US_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2})(?:\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:[ECMP][SD]?T|UTC|GMT))?)?\s*$/i;

/**
 * A byline field that holds a date, with the writer or the section beside it when the field has
 * them. `timed`: the line gives a time of day too, as a comment's header does ("Cherie McCluney
 * August 17, 2019 - 2:19 pm"), so a name right before the date is no writer's.
 */
function dateField(field: string, timed = false): { iso: string; authors: string[] | null; category?: string } | null {
  const short = SHORT_US_DATE.exec(field);
  if (short && Number(short[1]) <= 12 && Number(short[2]) <= 31) {
    const year = fullYear(Number(short[3]));
    return { iso: `${year}-${short[1]?.padStart(2, '0')}-${short[2]?.padStart(2, '0')}`, authors: null };
  }
  // ("Oct• 29•12": a month's name, a day and a two-figure year, a field of its own.)
  const shortYear = shortYearDate(field);
  if (shortYear) return { iso: shortYear, authors: null };
  const date = findDate(field);
  if (!date) return null;
  // "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy": the date parts the name from the section.
  const at = field.indexOf(date.match);
  const [before, after] = [
    field.slice(0, at).trim(),
    field
      .slice(at + date.match.length)
      .replace(ISO_TIME, '')
      // ("Matt Kneale  1 January 2026  5 minute read": the reading time after the date says nothing of the writer.)
      .replace(READING_TIME_AFTER, '')
      .trim(),
  ];
  const leadBefore = authorLead(before);
  const named = leadBefore && after && SECTION_AFTER_DATE.test(after) ? parseNameList(before.slice(leadBefore[0].length)) : null;
  if (named) return { iso: date.iso, authors: named, category: after };
  // "Staff Writer 2019-11-18T23:30:00Z Health": the writer's role before the date (the name in a field of its own).
  if (before && ROLE_LINE.test(before) && after && SECTION_AFTER_DATE.test(after)) return { iso: date.iso, authors: null, category: after };
  const withCommas = field
    .replace(COMMENT_COUNT, '')
    // (Every time it is printed: "October 11, 2022 October 11, 2022".)
    .split(date.match)
    .join(' ')
    .replace(DATE_LEAD, '')
    // ("By Sarah Schwartz — November 18, 2025  6 min read": the reading time after the date.)
    .replace(READING_TIME_AMONG, ' ')
    // ("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.": the editor's joke
    // of a department, as Slashdot and Techdirt print it after the date.)
    .replace(DEPARTMENT, ' ')
    .replace(TIME, ' ')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  const rest = withCommas.replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
  // (The brackets around a time: "November 3, 2025 (8:42 AM ET)"; the word a language sets before a day, "le 15
  // septembre 2009", "am 3. März 2020", "el 5 de mayo de 2021", "on May 5, 2020".)
  if (rest === '' || /^[.:·•∙()\s-]*$/.test(rest) || DAY_WORD_ALONE.test(rest)) return { iso: date.iso, authors: null };
  // "April 15, 2025 in Ethical AI": the date and the section it was filed in.
  // (Or a category's slug or name in lower case, a word or three: "2025-12-18 in debusine.", "March 26, 2020 in national spirit".)
  const filed = /^(?:in|under|filed under)\s+(\p{Lu}[^.!?]{0,40}|[\p{Ll}\d][\p{L}\d-]{0,30}(?: [\p{Ll}\d][\p{L}\d-]{0,30}){0,2}\.?)$/u.exec(
    rest,
  );
  if (filed?.[1]) return { iso: date.iso, authors: null, category: filed[1] };
  // "CONSERVATISM MAY 16, 2020": the section's name set in capitals before the date.
  if (field.trimStart().startsWith(rest) && SECTION_IN_CAPITALS.test(rest)) return { iso: date.iso, authors: null, category: rest };
  // "EcoFlow- 2025/4/29": the site's name, one word, set against the date by a dash.
  if (after === '' && SITE_BEFORE_DATE.test(before)) return { iso: date.iso, authors: null };
  // "The Daily Telegraph, March 3, 2020", "Broadcasting & Cable, March 3, 2020": the outlet, a comma, the date (its writer in a field of its own).
  if (after === '' && before.endsWith(',') && isOutletName(before.slice(0, -1))) return { iso: date.iso, authors: null };
  // "Tom Talbot October 14, 2025": the writer's name alone, then the date.
  if (
    !timed &&
    before &&
    after === '' &&
    !authorLead(before) &&
    DATE_THEN_NAME.test(before) &&
    !LABEL.test(before) &&
    !NOT_A_NAME_WORD.test(before)
  ) {
    const named = parseNameList(before);
    if (named?.length === 1 && PERSON_NAME.test(named[0] as string)) return { iso: date.iso, authors: named };
  }
  // "November 20, 2019 Emiliano Bellini": a date, then the writer's name alone.
  // (Not a label after the date: "March 3, 2020 Policy Brief".)
  if (field.trimStart().startsWith(date.match) && DATE_THEN_NAME.test(rest) && !LABEL.test(rest)) {
    const named = parseNameList(rest);
    if (named?.length === 1 && PERSON_NAME.test(named[0] as string)) return { iso: date.iso, authors: named };
  }
  // "Posted on 3 March 2021 by Amara Nwosu": the date and the author in one field ("By Umair Irfan Updated Nov 13").
  const lead = authorLead(rest);
  // The words that joined the name to the date stay behind: "By Louis Jacobson on Monday, November 18th, 2019".
  // (And the stops around the date: "By Joshua Tauberer. April 2012.")
  const name = rest
    .slice(lead?.[0].length ?? 0)
    // ("By Kathy Wise Published in FrontBurner December 14, 2016": the blog or section it was published in.)
    .replace(/\s+(?:published|posted|filed)\s+in\s+\S.*$/i, '')
    .replace(/[\s.,;:]+$/, '')
    // ("By Jeff Cobb.  Last Updated on December 11, 2025": the words and stops that joined the name to the date.)
    .replace(/(?:[\s.,;:]+(?:updated|published|posted|last updated|on|at|(?:publiziert|veröffentlicht) am|publié le|publicado el))+$/i, '')
    .replace(/[\s.,;:]+$/, '');
  // (The commas kept, a role after the name is read as one: "03/01/2017 by Agatha Caleo, Candidate Representative to …".)
  const leadWithCommas = authorLead(withCommas);
  const roled = leadWithCommas && /,/.test(withCommas) ? parseNameList(withCommas.slice(leadWithCommas[0].length)) : null;
  // ("By Jane Doe, The Daily Telegraph, March 3, 2020": the outlet after the name, a comma between, is no part of it.)
  const [writer, outlet, ...more] = leadWithCommas ? withCommas.slice(leadWithCommas[0].length).split(/\s*,\s*/) : [];
  const beforeOutlet = writer && outlet && more.length === 0 && isOutletName(outlet) ? parseNameList(writer) : null;
  const names = lead ? (beforeOutlet ?? parseNameList(name) ?? roled) : null;
  return names ? { iso: date.iso, authors: names } : null;
}

/**
 * Byline fields: authors, dates and categories, alone or several on one line separated by
 * `|`, `·`, `•` or ` — ` ("By Jane Doe | Published July 16, 2020"). A line that has a date
 * or an author may also carry labels ("Policy Brief No. 14", "9 min read").
 */
/** A joke department the piece was filed in, after the date: "from the skewed-job-market dept.". */
const DEPARTMENT = /\s+from the [\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,6}\s+dept\.?$/iu;

/** The word a language sets before a day: "on May 5, 2020", "le 15 septembre 2009", "am 3. März 2020", "el 5 de mayo …". */
const DAY_WORD = 'on|le|am|el|il|em|op';
const DAY_WORD_ALONE = new RegExp(`^(?:${DAY_WORD})$`, 'i');
/** A time or a date after a byline's name, and the word before it: "Posted by Jane Doe on May 5, 2020", "… at 11:01 PM". */
const TIME_OR_DAY_AFTER = new RegExp(String.raw`,?\s+(?:at|${DAY_WORD})\s+(.+)$`);

/**
 * A journal's issue, then its date: "ETHOS Issue 21, July 2019", "Vol. 12, No. 3, March 2020", "N°28 - December 2,
 * 1991"; or a periodical named by what it is, then its issue's date: "Air University Review, May-June 1984".
 */
const ISSUE_DATE =
  /^(?:(?:\p{Lu}[\p{L}&.]*\s+){0,3}(?:issue|vol(?:ume)?\.?|n[°º]\.?|no\.)\s*\d+(?:\s*,\s*(?:no\.?|issue)\s*\d+)?|(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:Review|Journal|Quarterly|Magazine|Bulletin|Monthly|Digest))\s*[,:–—-]\s*(.{4,30})$/iu;
/** An issue's pages or volume: "pp. 26-33", "vol. 59". */
const ISSUE_PAGES = /\b(?:pp?\.\s*\d+\s*[–-]\s*\d+|vol(?:ume)?\.?\s*\d+)/i;
/** Words an issue's date may carry besides the date read ("Spring"). */
const SEASON_SLACK = 7;

/** The words of a byline that names a desk, not a person: "By HNN Staff", "The Editorial Board"; a French "Par Collectif" (a letter signed by many), "La Rédaction". */
const DESK = 'staff|team|desk|editors?|editorial board|newsroom|collectif|rédaction|redaktion|redacción|redazione';
const DESK_WORD = new RegExp(`\\b(?:${DESK})\\b`, 'i');
/** A desk signing a piece without "By": "CHQ Staff", "The Editorial Board". */
const STAFF = new RegExp(`^(?:the\\s+)?\\p{Lu}[\\p{L}.&]*(?:\\s+\\p{Lu}[\\p{L}.&]*){0,2}\\s+(?:${DESK})$`, 'iu');

/** A paper's name that opens with its article, in the deck's other languages: "Le Monde", "El País", "Die Zeit", "La Repubblica". */
const PAPER_WITH_ARTICLE = /^(?:Le|La|Les|El|Il|Lo|Der|Die|Das|Het)\s+\p{Lu}\p{L}+$/u;

/** The count of comments set after the name or the date: "Posted by John Scalzi      59 Comments", "December 15, 2025 No Comments". */
const COMMENT_COUNT = /\s+(?:\d+|no)\s+(?:comments?|responses?|replies)$/i;

/** An outlet named beside a byline: "NJ Advance Media for NJ.com", "Sputnik International", "The Associated Press". */
const OUTLET = /\.(?:com|org|net|co\.uk|news)\b|\b(?:media|news|press|international|network|newspapers?|magazine|wire|service)\b/i;
const OUTLET_MAX_WORDS = 6;
/**
 * A periodical's name as a byline sets it after the writer's: capitalised words, a few, joined by "&" ("Broadcasting &
 * Cable"), or with a periodical's word in them ("The Daily Telegraph", "Trade News"). (Not any words in title case after
 * "The": "By Jane Doe — The Cost of Everything" is a headline beside the name.)
 */
function isOutletName(text: string): boolean {
  const name = text.trim();
  if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+(?:&\s+)?(?:\p{Lu}[\p{L}.'’-]*|of|and|for|the|on))*$/u.test(name)) return false;
  if (name.split(/\s+/).length > OUTLET_MAX_WORDS || name.split(/\s+/).length < 2) return false;
  return /\s&\s/.test(name) || OUTLET.test(name) || OUTLET_END.test(` ${name}`);
}

/** A note on the writers after their names: "10+ Years in the Moving Industry". */
const SIGNED_NOTE_MAX_WORDS = 8;
/** A writer's role in a byline's field of its own, its organisation and unit in brackets besides. */
const ROLE_FIELD_MAX_WORDS = 16;
/** A date in a form not read is short: "Oct• 29•12". */
const UNREAD_DATE_MAX_WORDS = 4;

/** A byline's label on a line of its own, its value on the next: "Author of the article:", "Written by", "Publishing date:". */
const AUTHOR_LABEL =
  /^(?:authors?(?:\s+of\s+(?:the|this)\s+(?:article|post|story|piece))?|(?:written|posted|(?:article|post|story|essay|piece|words|text))\s+by|by)\s*:?$/i;
/**
 * The same label in the deck's other languages: "Por", "Par", "Von", "Escrito por", "Autorin:" (without its colon, "Autor"
 * heads a writer's box under the text, as "About the author" does).
 */
export const AUTHOR_LABEL_ELSEWHERE =
  /^(?:por|par|von|door|escrito por|écrit par|geschrieben von|scritto da|geschreven door)\s*:?$|^(?:autor(?:in|a)?|auteur(?:e|rice)?|autore)\s*:$/i;
const DATE_LABEL =
  /^(?:(?:publishing|publication|release)\s+date|date(?:\s+(?:published|posted))?|published(?:\s+on)?|posted(?:\s+on)?)\s*:$/i;

/** A label line and the value under it, as the one-line byline field they are ("By …", "Published …"); null if `label` is no such label. */
/** A byline's label on a line of its own, its value on the next: "Author:", "Publication date:". */
export const isBylineLabel = (text: string): boolean => AUTHOR_LABEL.test(text.trim()) || DATE_LABEL.test(text.trim());

export function labelledField(label: string, value: string): string | null {
  if (AUTHOR_LABEL.test(label.trim()) || AUTHOR_LABEL_ELSEWHERE.test(label.trim())) return `By ${value.trim()}`;
  if (DATE_LABEL.test(label.trim())) return `Published ${value.trim()}`;
  return null;
}

export const byline: BlockRule = {
  name: 'byline',
  test(block, context) {
    // (A heading is no byline, unless it says who wrote the piece: "## By Niels ten Oever", as Markdown posts set it.)
    if (context.inBody || context.words > 24 || (block.kind === 'heading' && !authorLead(block.plain.trim()))) return null;
    // (A note of when the piece was revised, "This post was last updated July 2021.", is end matter, no byline.)
    if (REVISED.test(block.plain.trim())) return null;
    // (A page copy may set a byline's fields against a year: "September 1, 2016September 8, 2016Autumn Adams", "December 19, 2025RECORDABLES".)
    // (And tags after the date, written as hashtags: "2025-08-29#review#tech#zig"; and a line printed
    // twice, set against itself: "30 January 2025 / 23:07 GMT30 January 2025 / 23:07 GMT".)
    // (And the share buttons under the byline, run into its block: "by April Glaser@aprilaser Dec 15, 2016, 1:55pm EST tweet".)
    // (And the date's label set against the writer's name: "BY REBECCA NORRISPUBLISHED: JUN 25, 2025".)
    // (And a byline set in brackets: "(Author: Mr. Mayank Upadhyay, IV year law student from …)".)
    const text = once(
      withGapsMarked(block)
        .trim()
        .replace(/^\((.+)\)$/, '$1'),
    )
      .replace(SHARE_BUTTONS_AT_END, '')
      // (And the post's age between the writer and the date, set against the date: "by Marta Mossburg 2 hours agoMay 2, 2025".)
      .replace(AGE_AMONG_FIELDS, ' · ')
      .replace(GLUED_TO_YEAR, '$1 · ')
      .replace(GLUED_DATE_LABEL, ' · ')
      .replace(FILED_AGAINST_YEAR, '$1 ')
      .replace(HASHTAGS_AT_END, ' · $1')
      .replace(TAGS_AT_END, '')
      .replace(SOURCE_ADDRESS_AT_END, '');
    const unmarked = text.replaceAll(GAP, ' ');
    // A writer's name, then the kind of piece after a colon, as a paper prints it under the headline: "Richard Beeston: Analysis".
    const line = unmarked.trim();
    const kindOfPiece = NAME_AND_KIND.test(line) ? line.slice(0, line.indexOf(':')).trim() : null;
    if (kindOfPiece && onePerson(kindOfPiece)) return { kind: 'meta', authors: [kindOfPiece] };
    // (A translator's credit with the date of the translation: "Übersetzung Sarah-Indra Jungblut, 12.12.22". The
    // translator is no writer; the date is the one the page prints.)
    const translated = TRANSLATION_CREDIT.exec(unmarked.trim());
    if (translated?.[1]) {
      const tail = translated[1].split(',').at(-1)?.trim() ?? '';
      const date = findDate(tail)?.iso ?? shortNumericDate(tail);
      return date ? { kind: 'meta', date } : { kind: 'meta' };
    }
    // (A photo's credit names its photographer and paper: "(Luis Sinco / Los Angeles Times)".)
    const credit = block.plain.startsWith('(') || text.includes('/');
    return bylineFields(text, !credit) ?? dateline(unmarked, context.words) ?? dateAlone(unmarked);
  },
};

/** A translator's credit: "Translated by …", "Übersetzung …", "Traduction : …", "Traducción: …", and what follows. */
const TRANSLATION_CREDIT =
  /^(?:translated by|translation(?:\s+by)?|übersetzung(?:\s+von)?|übersetzt von|aus dem \p{L}+ übersetzt von|traduction(?:\s+par)?|traduit par|traducción(?:\s+de)?|traducido por)\s*:?\s+(\p{Lu}.{0,80})$/iu;

/**
 * A page copy keeps the space a page sets between a byline's fields, where it prints no mark: "BRIAN TRUITT \u00a0 USA
 * TODAY", "By A. J. Neal \u00a0\u00a0 View In Digital Edition". Such a gap (a run of spaces with a no-break space
 * in it, or of three spaces or more) parts fields as a bar does, and is marked so (GAP) for the fields after it. (Not
 * after a label's colon, "Published:\u00a0 June 2002"; nor a tab, which parts a table's cells.)
 */
const GAP_RUN = /(?<!:)(?:[ \u00a0]*\u00a0[ \u00a0]*|[ ]{3,})/g;
/** The mark a gap between fields becomes. */
const GAP = ' \u2E3E ';
function withGapsMarked(block: Block): string {
  if (block.lines.start !== block.lines.end) return block.plain;
  const text = block.text
    .trim()
    // (Not the space after a byline's lead: "By\u00a0 Anurag Singh".)
    .replace(/^((?:by|written by|posted by|von|par|por)(?:\s*:)?)[ \t\u00a0]+/i, '$1 ');
  return normalizeSpace(text.replace(GAP_RUN, (run) => (run.length >= 2 ? GAP : ' ')));
}

/**
 * The address of the piece's first publication on the next line, run into the date's block: "Published on Thursday,
 * February 24, 2000 in the New Republic" / "http://www.thenewrepublic.com/030600/reich030600.html".
 */
const SOURCE_ADDRESS_AT_END = /\s+https?:\/\/\S+$/;

/** A line that is a date alone, its year in two figures: "06-13-22". */
function dateAlone(text: string): Verdict | null {
  const date = shortNumericDate(text);
  return date ? { kind: 'meta', date } : null;
}

/** A line that is the same text twice, set against itself, as that text once; else the line. */
function once(text: string): string {
  const half = text.length / 2;
  return Number.isInteger(half) && half > 0 && text.slice(0, half) === text.slice(half) ? text.slice(0, half) : text;
}

/** Share buttons' words ending a line: "… tweet", "… Share Email". */
const SHARE_BUTTONS_AT_END = /(?:\s+(?:tweet|share|email|print|facebook|linkedin|twitter))+$/i;

/** Hashtags ending a line, set against what comes before them or not. */
const HASHTAGS_AT_END = /\s*((?:#[\p{L}\p{N}_-]+\s*)+)$/u;
const HASHTAGS = /^(?:#[\p{L}\p{N}_-]+\s*)+$/u;
/** The post's tags after a byline's last field: "Posted by Colin Watson on 2025-12-18 in debusine. Tags: debusine, freexian". */
const TAGS_AT_END = /[.;]?\s+tags?:\s.*$/i;

/** A year with the next field set against it, a capital letter with no space. */
const GLUED_TO_YEAR = /\b((?:19|20)\d\d)(?=\p{Lu})/gu;
/** A date's label set against the word before it, a date after: "NORRISPUBLISHED: JUN 25, 2025", "JONESLAST UPDATED NOV 6, 2025". */
const GLUED_DATE_LABEL = /(?<=\p{L})(?=(?:PUBLISHED|UPDATED|POSTED|LAST UPDATED|Published|Updated|Posted|Last updated)[:\s][^\d]{0,12}\d)/u;
/** A year with the section it was filed in set against it: "December 13, 2025in Smart Home". */
const FILED_AGAINST_YEAR = /\b((?:19|20)\d\d)(?=in\s+\p{Lu})/gu;

/** A dateline says little besides its date. */
const DATELINE_MAX_WORDS = 16;
/** Words a dateline may carry besides the date, a reading time and a count of words: a name, "Posted by … on". */
const DATELINE_OTHER_WORDS = 8;

/** A writer's handle after "by" at the end of a dateline. */
const BY_HANDLE = /\s+by\s+@[\w.]+$/i;
/** One capitalised word, as a site names itself beside the date. */
const SITE_WORD = /^\s+\p{Lu}[\p{L}\p{N}]+$/u;

/** A label of a list of tags: a word or a few, no sentence's stop. */
const TAG_MAX_WORDS = 4;

/** Labels set apart by commas, two or more: a piece's tags ("Polityka Fundusz Odbudowy, lewica, PiS"). */
export function tagList(text: string): boolean {
  const labels = text.trim().split(/\s*,\s*/);
  return (
    labels.length >= 2 &&
    labels.every(
      (label) => /^[\p{L}\p{N}][\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+)*$/u.test(label) && label.split(/\s+/).length <= TAG_MAX_WORDS,
    )
  );
}

/** A count of views, comments or likes beside a byline's date: "14,358 views", "2 comentários", "5 Kommentare". */
const COUNTS = new RegExp(
  String.raw`(?<![\w.,])\d[\d,.]*[kKmM]?\s+(?:views?|comments?|${COMMENTS_ABROAD}|${COMMENT_ABROAD}|likes?|shares?|reads?|responses?|replies)(?![\p{L}])`,
  'giu',
);
/** A meta row's buttons to print or mail the piece: "October 20, 2010 |  Print This Post  Email to a Friend". */
const PRINT_OR_MAIL =
  /(?<!\S)(?:print(?: this)? (?:post|page|article|story|entry)|e-?mail (?:this (?:post|page|article|story|entry)|to a friend))(?!\S)/giu;
/** A link to the comments in a meta row, where a count would stand: "Comente!", "Leave a comment", "No Comments". */
const COMMENT_CALL =
  /(?<!\S)(?:leave a (?:comment|reply)|comente!|commentez!|comment!|no comments|sem coment[aá]rios|sin comentarios)(?!\S)/giu;

/**
 * A line of the header that carries a full date among fields not read, the date is the byline's:
 * "December 15, 2025 · 30 min · 6279 words · Ash Vardanian", "14,358 views • Sep 27, 2016", "Posted on July 1, 2024 by infuy",
 * "Published Oct 10, 2023 - [Updated Dec 3, 2025]" (the first date: when it was published).
 */
function dateline(line: string, words: number): Verdict | null {
  // ("… @08:00PM from the skewed-job-market dept.": the joke department after the date ends no sentence.)
  const undepartmented = line.replace(DEPARTMENT, '');
  if (words > DATELINE_MAX_WORDS || /[.!?]["”’]?$/.test(undepartmented.trim())) return null;
  // ("Posted on the 15/12/2025 at 19:00 by @GuillaumeGomez": the writer's handle ends the line.)
  const text = undepartmented.replace(BY_HANDLE, ' by');
  // (A dash before a date alone only sets it off: "— November 05, 2015".)
  const undashed = text.trim().replace(/^[—–-]\s*/, '');
  const dashedDate = undashed !== text.trim() ? findDate(undashed) : null;
  if (dashedDate && dashedDate.match === undashed && dashedDate.iso.length >= 'YYYY-MM-DD'.length)
    return { kind: 'meta', date: dashedDate.iso };
  // (Not an embedded post's signature, "— Josh Apte (@joshapte) November 3, 2019", nor a comment's, "Alex on September 17, 2018 at 6:34 am said:".
  // A time after "@" is no handle: "@08:00PM".)
  if (/@[^\W\d]|https?:|^[—–-]/.test(text.trim()) || isCommentHeader(text)) return null;
  const date = findDate(text);
  if (!date || date.iso.length < 'YYYY-MM-DD'.length) return null;
  // "October 8, 2024   Swoogo": the date, then the site's name, a word.
  if (text.trimStart().startsWith(date.match) && SITE_WORD.test(text.trim().slice(date.match.length)))
    return { kind: 'meta', date: date.iso };
  const rest = text
    .replace(date.match, ' ')
    // (The post's age, glued at times to the zone before it: "Nov 19, 2019 at 9:08 GMT1 day ago".)
    .replace(RELATIVE_TIMES, ' ')
    // (A count of words in the deck's other languages too: "1440 palabras", "1200 mots", "900 Wörter".)
    .replace(/\b\d+\s*(?:min(?:ute)?s?|words?|palabras|palavras|mots|wörter|parole|woorden)(?:\s+read)?(?=$|[^\p{L}])/giu, ' ')
    // (A count of views, comments or likes beside the date: "14,358 views • Sep 27, 2016".)
    .replace(COUNTS, ' ')
    .replace(PRINT_OR_MAIL, ' ')
    .replace(TIME, ' ')
    // (As Japanese and Chinese pages write a time and a weekday: "2019年4月19日（金） 09時39分".)
    .replace(/\d{1,2}時\d{1,2}分(?:\d{1,2}秒)?|[（(][月火水木金土日][)）]/gu, ' ');
  // The date, then the piece's section and its tags, a list of labels: "28 kwietnia 2021 Polityka Fundusz Odbudowy, lewica, PiS".
  if (text.trimStart().startsWith(date.match) && tagList(rest)) return { kind: 'meta', date: date.iso };
  // The writer's name, the date, then the count of comments and the piece's categories, as blog themes
  // set their meta row: "Carlos Nadalim 23/08/2018 2 comentários Alfabetização, Atividades, Brinquedos e Brincadeiras".
  const at = text.indexOf(date.match);
  const lead = text.slice(0, at).trim();
  const after = text
    .slice(at + date.match.length)
    .replace(COUNTS, ' ')
    .replace(COMMENT_CALL, ' ')
    .trim();
  if (after !== '' && tagList(after) && PERSON_NAME.test(lead) && !NOT_A_NAME_WORD.test(lead))
    return { kind: 'meta', date: date.iso, authors: [lead] };
  // (A month's short name printed before the date's long one is the same date: "Nov.November 18, 2019".)
  const others = rest.split(/[^\p{L}.'’-]+/u).filter((word) => /\p{L}/u.test(word) && !WEEKDAY_NAME.test(word) && !MONTH_NAME.test(word));
  if (others.length > DATELINE_OTHER_WORDS) return null;
  // Besides the date, words of publishing ("Posted by …", "Submitted on"), or a writer's name set
  // apart from it as a byline's fields are ("… · 6279 words · Ash Vardanian", "Faith Katunga•Oct 20, 2025"); a teaser's headline
  // beside its date is no byline ("The Big Story - Nov 19, 2019", "Wednesday November 20, 2019 Wednesday's Daily Headlines").
  // (Without the label of a credit for the words: "Текст: Лида Буслаева·11 октября 2018".)
  const name = others.join(' ').replace(WORDS_CREDIT_WORD, '');
  const published =
    /\b(?:by|posted|published|updated|modified|submitted|written|on)\b|^(?:更新|公開|配信|発行|掲載|发布|發布|发表|發表|投稿)(?:日|日時|時間|时间|日期)?$/i.test(
      name,
    );
  const writer = /[·|•∙—–]/.test(text) && PERSON_NAME.test(name) && !NOT_A_NAME_WORD.test(name);
  if (writer) return { kind: 'meta', date: date.iso, authors: [name] };
  // (The wire or the section that filed it, one word set apart from the date by a dash: "Reuters -  December 30, 2007".)
  const filedBy = others.length === 1 && /^\p{Lu}[\p{L}.&]*\s+[-–—|]$/u.test(lead);
  return others.length === 0 || published || filedBy ? { kind: 'meta', date: date.iso } : null;
}

/**
 * A writer known by a first name alone, after a lead that says they wrote it: "Written by
 * Kristin", "Posted by Josh". (Not after a bare "By": "By Reuters" names an agency.)
 */
function firstNameAlone(lead: string, name: string): string[] | null {
  const word = name.trim();
  if (!/^(?:written|posted|words)\s+by\b/i.test(lead) || !/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return null;
  return NOT_A_NAME_WORD.test(word) || DESK_WORD.test(word) || OUTLET.test(word) ? null : [word];
}

/**
 * A name with the writer's job title run on after it, no comma between, as an author box prints them on one line:
 * "Shivkumar M Head Product Launches, Adoption, & Evangelism.Expert in …". The name is what stands before the
 * title's first word, when it is one person's name.
 */
function nameRunIntoRole(text: string): string[] | null {
  const role = CAPITALISED_ROLE.exec(text);
  const name = role ? text.slice(0, role.index).trim() : '';
  return name && onePerson(name) ? [name] : null;
}
/** ROLE's words with a capital, as a job title run on after a name begins: "… M Head Product Launches". */
const CAPITALISED_ROLE = new RegExp(
  `\\s(?=(?:Senior\\s+|Chief\\s+)?(?:${(/\(([^)]*)\)/.exec(ROLE.source)?.[1] ?? '')
    .split('|')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('|')})s?\\b)`,
  'u',
);

/** An organisation's name: its words capitalised, but for the small ones ("Center for Drug Evaluation and Research"). */
const ORGANISATION_NAME = /^\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|for|and|the|on|in))*$/u;
const ORGANISATION_MAX_WORDS = 8;

/** The section a byline says the piece was filed in, after the name: " in Valve", " in Science & Tech". */
const FILED_IN = /\s+in\s+\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.'’-]*){0,3}$/u;
/** A newspaper's or outlet's name ends with one of these words: "Sioux Falls Argus Leader", "USA Today", "The Des Moines Register". */
const OUTLET_END = new RegExp(
  `\\s(?:${[
    ...PUBLICATION_WORDS,
    ...['leader', 'news', 'today', 'chronicle', 'inquirer', 'enquirer', 'dispatch', 'telegraph', 'observer', 'register', 'courier'],
    ...[
      'examiner',
      'bulletin',
      'sentinel',
      'independent',
      'guardian',
      'star',
      'globe',
      'record',
      'standard',
      'argus',
      'democrat',
      'republican',
      'newsletter',
      'quarterly',
    ],
  ].join('|')})$`,
  'i',
);
/** Capitalised words, a few: a paper's name. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u;
/** A link's words in title case, a few, no sentence and no figures: "View In Digital Edition", "Follow". */
const PAGE_LINK = /^\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,4}$/u;

/** The links a page's foot sets beside its last byline: "Accessibility", "Privacy", "Contact", "RSS". */
const FOOT_LINK =
  /^(?:accessibility|privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us| me)?|site ?map|imprint|impressum|rss|feed|home|top|back to top|about(?: me| us)?)$/i;

/** An outlet's name is a few words. */
const OUTLET_NAME_MAX_WORDS = 5;

/**
 * Writers' names followed by their outlet's, with no mark between ("Lisa Kaczke and Trevor J.
 * Mitchell Sioux Falls Argus Leader"): the names, the outlet as long as it can be; null otherwise.
 */
function writersBeforeOutlet(text: string): string[] | null {
  // (Not a line in capitals, a call to act as readily as a byline: "NEVER MISS A POST".)
  if (!/\p{Ll}/u.test(text)) return null;
  const all = text.trim().replace(/,\s*/g, ', ').split(/\s+/);
  for (let k = Math.min(OUTLET_NAME_MAX_WORDS, all.length - 2); k >= 2; k--) {
    const outlet = all.slice(-k).join(' ');
    if (!OUTLET_END.test(` ${outlet}`) || !all.slice(-k).every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the)$/.test(word))) continue;
    const head = all.slice(0, -k).join(' ').replace(/,$/, '');
    // (Not a writer's surname read as the outlet's first word: "Jane Doe and John Post", "Trevor J." left.)
    if (/\s(?:and|&)$/i.test(head)) continue;
    const names = parseNameList(head);
    // (Nor names run together: "Paul WisemanFatima Hussein, The Associated Press".)
    const aWriter = (name: string): boolean =>
      PERSON_NAME.test(name) && !NOT_A_NAME_WORD.test(name) && !/\s\p{Lu}\.$/u.test(name) && !/\p{Ll}{3}\p{Lu}/u.test(name);
    if (names?.every(aWriter)) return names;
  }
  return null;
}

/** A post's time stamp with its year left out: "Posted Nov 18, 8:19 PM", "Updated December 3 at 9:41 a.m.". */
const YEARLESS_STAMP =
  /^(?:updated|posted|published|modified)(?:\s+on)?:?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i;
/** An email address alone. */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** A post's age beside the byline, "2 days", "5 hrs" (its "ago" left out). */
const AGE = /^\d+\s*(?:mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)$/i;

/** Sections a piece is filed in, after its date: capitalised labels of up to three words, commas between (not a link's label, "Read full story"). */
const FILED_UNDER = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})*$/u;
/** A link's label, not a section's: "Read full story", "View all". */
const LINK_LABEL_START = /^(?:read|view|see|watch|listen|continue|more|share|download|subscribe|follow|comment|leave|reply)\b/i;
/** A page's count of views beside the byline: "Vistas: 4851", "Views 1,204". */
const VIEW_COUNT = /^(?:views?|vistas|visitas|vues|aufrufe|visualizzazioni|visualizações)\s*:?\s*[\d.,]+$/iu;

/** What parts a byline's fields: a bar, a dot, a dash, a semicolon, a slash (see bylineFields). */
const FIELD_SPLIT =
  /\s+[|·•∙/]\s+|\s+(?:[—–]|-{1,2})\s+|\s*\|\s*|;\s+|(?<=\p{Ll})[·•∙](?=\p{Lu})|(?<=\p{L}|\d{4})[•∙](?=\p{Ll})|(?<=\p{Ll})\/(?=\p{Lu}\p{Ll}+ \d)/u;

/** A day's date, not a month's: a menu's "UnBound Patagonia Yoga Retreat, Jan. 2026" names an event. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A name (two to four capitalised words), a comma, then the rest of the line: "Georg Quaas, 21. Jan. 2015". */
const NAME_COMMA_DATE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(\S.*)$/u;

/** The byline's fields read one by one; null when one of them is not a byline's. */
function bylineFields(text: string, nameBesideOutlet = true): Verdict | null {
  // An email's header fields, saved with the newsletter it carried: "From: ChinaTalk <…@substack.com>", "To: …".
  // The sender is the writer when a person's name: "From: Brian Merchant <…>", "From: Bill McKibben
  // from The Crucial Years <…>"; not a publication ("From: ChinaTalk <…>").
  // (Saved as Markdown, the address loses its angle brackets and the header's lines run together.)
  const sender = /^from:\s+"?([^"<@]+?)"?\s+<?[^\s<>@]+@[^\s<>]+>?/i.exec(text)?.[1]?.replace(/\s+from\s+.*$/i, '');
  if (sender) {
    const named = parseNameList(sender);
    const person = named?.length === 1 && PERSON_NAME.test(named[0] as string) && !/^the\s/i.test(sender);
    return person ? { kind: 'meta', authors: named } : { kind: 'meta' };
  }
  if (/^(?:from|to|sent|reply-to):\s+\S.*@/i.test(text)) return { kind: 'meta' };
  // A document's own header fields set out as text: "Title: The Integration Trilemma …".
  if (/^(?:title|subtitle|headline)\s*:\s*\S/i.test(text)) return { kind: 'meta' };
  // A journal's issue and its date: "ETHOS Issue 21, July 2019", "Vol. 12, No. 3, Spring 2020".
  const issue = ISSUE_DATE.exec(text.trim());
  const issueDate = issue?.[1] ? findDate(issue[1]) : null;
  if (issueDate && issueDate.match.length >= (issue?.[1]?.trim().length ?? 0) - SEASON_SLACK) return { kind: 'meta', date: issueDate.iso };
  // …or the issue's date first, then its pages and volume: "May/June 2003  pp. 26-33 (vol. 59, no. 03) © 2003 Bulletin of the Atomic Scientists".
  if (ISSUE_PAGES.test(text)) {
    const dated = findDate(text);
    if (dated && text.trimStart().startsWith(dated.match)) return { kind: 'meta', date: dated.iso };
  }
  // "Georg Quaas, 21. Jan. 2015": a whole name of two words or more, a comma, and the date, all the line.
  const nameComma = NAME_COMMA_DATE.exec(text.trim());
  if (nameComma?.[1] && nameComma[2]) {
    const dated = findDate(nameComma[2]);
    const name = nameComma[1];
    if (dated && FULL_DAY.test(dated.iso) && dated.match === nameComma[2].trim() && onePerson(name))
      return { kind: 'meta', date: dated.iso, authors: [name] };
  }
  const verdict: Extract<Verdict, { kind: 'meta' }> = { kind: 'meta' };
  // "18 hr ago" alone: the byline's date, counted from the day the page was saved (no date to read).
  if (RELATIVE_TIME_ALONE.test(text.trim())) return verdict;
  // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": the byline's times, their year left out (no date to read).
  if (
    text
      .trim()
      .split(/;\s*/)
      .every((part) => YEARLESS_STAMP.test(part.trim()))
  )
    return verdict;
  // ("By Joshua Tauberer. April 2012; revised August 2014.": a semicolon parts fields too.)
  // (A dot between words needs no spaces: "David Hartshorne•Updated on Jul 4, 2024 •28 min read"; between figures, it is a date's: "Oct• 29•12".)
  // ("Will Leitch/November 18, 2016": a slash against a name, then the date.)
  // ("15th Dec 2025•backlinks•agents, ai, ocaml": a bullet set against a year and a word, or two words, parts them too;
  // the "#" a page copy keeps before it is no field.)
  const parts = text
    .replace(/^#{1,6}\s+/, '')
    .split(GAP)
    .map((part) => part.split(FIELD_SPLIT).filter(Boolean));
  // ("20. October 2009 – 15:48 by Rolf Luehrs": the date's time of day, then the writer, in one field.)
  const fields = parts.flat().map((field) => field.replace(TIME_BEFORE_WRITER, ''));
  /** The fields a gap set apart from the byline's first: a page's own words beside it ("View In Digital Edition"). */
  const afterGap = new Set(parts.slice(1).flat());
  let outletNamed = false;
  // "Politics / January 11, 2024": the section's name before the date.
  const section = (fields[0] ?? '').trim();
  const person = onePerson(section);
  // (Set off by a slash or a bar, as a section's label is; "The Big Story - Nov 19, 2019" is a teaser.)
  const labelled = /^[^|/]+\s[|/]\s[^|/]+$/.test(text) && !/^(?:the|a|an)\s/i.test(section);
  if (fields.length === 2 && labelled && !person && SECTION_AFTER_DATE.test(section)) {
    const dated = dateField(fields[1] as string);
    if (dated && !dated.authors) return { kind: 'meta', date: dated.iso, category: section };
  }
  // "Politik · Jochen Bittner, Tina Hildebrandt": the section's name, one word, then the writers
  // (two or more, each a whole name: "Science · Climate Change" is a breadcrumb).
  if (fields.length === 2 && /\s·\s/.test(text) && /^\p{Lu}\p{Ll}+$/u.test(section) && !person) {
    const writers = parseNameList((fields[1] as string).trim());
    const named = (name: string): boolean => /\s/.test(name) && PERSON_NAME.test(name) && !NOT_A_NAME_WORD.test(name);
    if (writers && writers.length >= 2 && writers.every(named)) return { kind: 'meta', authors: writers, category: section };
  }
  const timed = fields.some((field) => TIME_OF_DAY.test(field.trim()));
  let labels = 0;
  let bareName: string[] | null = null;
  // A field with a digit that reads as no date ("Oct• 29•12") after a named author: the byline's
  // date in a form not read, which does not unmake the byline.
  let unreadDate = false;
  /** A field was an email address, as a byline gives its writer's. */
  let emailed = false;
  // The byline named its writers and their roles after a lead ("By: Jane Doe, Director of …"): a short field after them says more of them.
  let namedByLead = false;
  // …or named them alone, their role in the next field: "By João Pedro Azevedo — Chief Statistician & Deputy Director, UNICEF (…)".
  let roleMayFollow = false;
  for (const field of fields) {
    const role = field.trim();
    // (No figures in it: "Staff Writer 2019-11-18T23:30:00Z Health" carries the date, read below.)
    if (
      roleMayFollow &&
      /^\p{Lu}/u.test(role) &&
      ROLE.test(role) &&
      !/[.!?]$|\d/.test(role) &&
      role.split(/\s+/).length <= ROLE_FIELD_MAX_WORDS
    ) {
      roleMayFollow = false;
      continue;
    }
    roleMayFollow = false;
    const category = CATEGORY_LEAD.exec(field);
    if (category?.[1]) {
      verdict.category ??= category[1].trim();
      continue;
    }
    const dated = dateField(field, timed);
    if (dated) {
      verdict.date ??= dated.iso;
      if (dated.authors) verdict.authors ??= dated.authors;
      if (dated.category) verdict.category ??= dated.category;
      continue;
    }
    const lead = authorLead(field);
    // "Posted by John H. Cochrane at 11:01 PM", "Posted by Jane Doe on May 5, 2020": the time or date after the name.
    // ("By Howard Gleckman, with Paul Magnusson and Stan Crock, in Washington": co-writers after "with", the place after "in".)
    const named = lead
      ? field
          .slice(lead[0].length)
          .replace(/,?\s+in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\.?$/u, '')
          .replace(/,\s+with\s+/, ' and ')
          // ("by John Wallingford + BIO": the button that opens the writer's bio.)
          .replace(/\s+\+\s*bio$/i, '')
          .replace(COMMENT_COUNT, '')
          // ("By Kyle Howells 15 min read", "by Jacob Trussell—10 min read": the reading time after the name.)
          .replace(/(?:\s+|\s*[—–]\s*)\d+\s*min(?:ute)?s?(?:\s+read)?$/i, '')
          // ("By Tomson Highway and From Masculindians": the book the piece is taken from.)
          .replace(/,?\s+(?:and\s+)?[Ff]rom\s+\p{Lu}.*$/u, '')
          // ("… by the Honorable Philip Ruddock, MP. Minister for Immigration and Multicultural Affairs": letters after the
          // name end it, and the office after them is no second name.)
          .replace(/,\s*(?:MP|MEP|MLA|MSP|MPP|MHA|TD|QC|KC|OBE|CBE|MBE)\b\.?(?:\s.*)?$/u, '')
          // ("By Rachel Brazil0", "Jane Doe1,2": an affiliation's mark set against the name.)
          .replace(/(\p{Ll})\d+(?:,\d+)*(?=$|\s|,)/gu, '$1')
          // ("By Brigit Katz smithsonian.com", "Finian Cunningham. Sputnik International": the site after the name.)
          .replace(/\.?\s+[\w-]+\.(?:com|org|net|co\.uk|news)$/i, '')
          .replace(/\.\s+(\p{Lu}[^.]*)$/u, (whole, outlet: string) => (OUTLET.test(outlet) ? '' : whole))
          // ("By Brian Truitt, USA TODAY": the outlet in capitals after a name that is not.)
          .replace(/,\s*\p{Lu}[\p{Lu}\d&.'’ -]*\p{Lu}$/u, (whole: string, at: number, all: string) =>
            /\p{Ll}/u.test(all.slice(0, at)) ? '' : whole,
          )
      : '';
    // ("Par Jean Dupont, le 15 septembre 2009", "von Hans Müller, am 3. März 2020": the word a language sets before a day.)
    const after = TIME_OR_DAY_AFTER.exec(named);
    const when = after?.[1] ? (TIME_OF_DAY.test(after[1].trim()) ? { iso: null } : dateField(after[1])) : null;
    // ("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT": the section it was filed in, before the date.)
    const written = (when && after ? named.slice(0, after.index) : named).replace(FILED_IN, '');
    const names = lead
      ? (writersBeforeOutlet(written) ?? parseNameList(written) ?? firstNameAlone(lead[0], written) ?? nameRunIntoRole(written))
      : null;
    if (names) {
      verdict.authors ??= names;
      namedByLead = ROLE.test(written);
      roleMayFollow = true;
      if (when?.iso) verdict.date ??= when.iso;
      continue;
    }
    // "By HNN Staff", "By the Editorial Board": a byline that names no person.
    // ("CHQ Staff | 10/17/18": a desk's name beside the date, without "By".)
    if ((lead && DESK_WORD.test(field)) || STAFF.test(field.trim())) continue;
    // "by European Space Agency": an organisation that signs the piece.
    const signer = named.trim();
    if (lead && ORGANISATION_NAME.test(signer) && ORGANISATION.test(signer) && signer.split(/\s+/).length <= ORGANISATION_MAX_WORDS) {
      verdict.authors ??= [signer];
      continue;
    }
    // "Updated November 18 at 4:46 PM": a later time beside the date, its year left out.
    // (So is "Mis à jour le 08 mai 2019 à 09h03".)
    if (/^(?:updated|modified|last updated|mis à jour)\b.*\d/i.test(field.trim())) continue;
    // (Tags written as slugs or hashtags beside the date: "Published: 2025.12.17 | artificial-intelligence | create".)
    if (
      LABEL.test(field.trim()) ||
      HASHTAGS.test(field.trim()) ||
      /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/.test(field.trim()) ||
      // ("agents, ai, aoah, llms, ocaml, web": tags in lower case, commas between.)
      /^[a-z0-9-]+(?:,\s*[a-z0-9-]+){2,}$/.test(field.trim())
    ) {
      labels++;
      continue;
    }
    // "December 19, 2025 · RECORDABLES": the section's name in capitals beside the date.
    if (verdict.date && SECTION_IN_CAPITALS.test(field.trim())) {
      verdict.category ??= field.trim();
      continue;
    }
    // "Saibal Dasgupta / TNN / Updated: …": a news agency's initials beside the name.
    if (/^\p{Lu}{2,5}$/u.test(field.trim())) {
      labels++;
      continue;
    }
    // "April 5, 2018 | 6:00 PM": the time of day beside the date; "… / 2 days": the post's age; "January 14, 2005 | Page 3":
    // the page of the printed paper it ran on.
    if (TIME_OF_DAY.test(field.trim()) || AGE.test(field.trim()) || PRINTED_PAGE.test(field.trim())) continue;
    // "Mike Cason | mcason@al.com": the writer's address beside the name.
    if (EMAIL.test(field.trim())) {
      emailed = true;
      continue;
    }
    // "by Jon Bruner | @JonBruner | +Jon Bruner | Comment | …": the writer's handles beside the name (a "+" for a
    // Google+ profile), and the link to the comments (above).
    if (verdict.authors && (/^@\w{2,}$/.test(field.trim()) || /^\+\s?\p{Lu}/u.test(field.trim()))) continue;
    // "Catherine Shu @catherineshu": the writer's name beside their handle.
    const handled = /^(.+?)\s+@\w{2,}$/.exec(field.trim());
    if (handled?.[1] && PERSON_NAME.test(handled[1]) && !NOT_A_NAME_WORD.test(handled[1])) {
      verdict.authors ??= [handled[1]];
      continue;
    }
    // "By Amy Kuperinsky | NJ Advance Media for NJ.com": the writer's outlet beside the name.
    // ("Pete Evans · CBC News · Posted: …": after a name alone, too.)
    // ("BRIAN TRUITT \u00a0 USA TODAY": a paper's name in capitals, its last word a paper's.)
    // ("May 2023 · Technology and Policy Research Initiative Newsletter": the periodical beside the date.)
    if (
      (((verdict.authors || bareName) &&
        (OUTLET.test(field.trim()) || (OUTLET_END.test(` ${field.trim()}`) && CAPITALISED_NAME.test(field.trim())))) ||
        (verdict.date && isOutletName(field))) &&
      field.trim().split(/\s+/).length <= OUTLET_MAX_WORDS
    ) {
      outletNamed = true;
      continue;
    }
    // "Last updated March 3, 2025 by Erik Demaine. — Accessibility": a link of the page's foot after the byline's fields.
    if ((verdict.authors || verdict.date) && field === fields.at(-1) && FOOT_LINK.test(field.trim())) continue;
    // "By A. J. Neal \u00a0\u00a0 View In Digital Edition": a link of the page's set apart from the named writer by a gap.
    if (verdict.authors && afterGap.has(field) && PAGE_LINK.test(field.trim())) continue;
    // ("By: Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Moving Industry".)
    if (namedByLead && field.trim().split(/\s+/).length <= SIGNED_NOTE_MAX_WORDS && !/[.!?]$/.test(field.trim())) continue;
    if (verdict.authors && !unreadDate && /\d/.test(field) && field.trim().split(/\s+/).length <= UNREAD_DATE_MAX_WORDS) {
      unreadDate = true;
      continue;
    }
    // "Chris Davies - Nov 19, 2019, 10:31 pm CST": a name alone beside the date (kept only if a date comes).
    // ("Niko Matsakis on behalf of Vision Doc group": the writer, for a team.)
    const signed = field.trim().replace(/\s+on behalf of\s+\S.*$/i, '');
    // ("Le Monde | 20.06.2011 à 13h32 | Par Collectif": a paper's name, its article first, beside the date.)
    if (PAPER_WITH_ARTICLE.test(signed)) {
      outletNamed = true;
      continue;
    }
    const bare = parseNameList(signed);
    if (bare?.length === 1 && PERSON_NAME.test(bare[0] as string) && !NOT_A_NAME_WORD.test(signed) && !bareName) {
      bareName = bare;
      continue;
    }
    // "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader": the writers and their paper, a byline by itself.
    const reporting = writersBeforeOutlet(signed);
    if (reporting && !verdict.authors) {
      verdict.authors = reporting;
      continue;
    }
    // "26 Febrero, 2015 • Artículos, Asuntos globales, Latinoamérica • Vistas: 4851": after the date, the sections the
    // piece is filed in, capitalised labels of a word or three with commas between, and its count of views.
    if (verdict.date && ((FILED_UNDER.test(field.trim()) && !LINK_LABEL_START.test(field.trim())) || VIEW_COUNT.test(field.trim()))) {
      labels++;
      continue;
    }
    return null;
  }
  // (A name alone is a byline beside its date, the writer's address or the paper's name: "Pete Evans · CBC News".)
  if (bareName && (verdict.date || emailed || (outletNamed && nameBesideOutlet))) verdict.authors ??= bareName;
  else if (bareName) return null;
  if (!verdict.date && !verdict.authors && !verdict.category)
    return fields.length > 0 && fields.every((field) => /\d/.test(field) && field.replace(TIME, '').trim() === '') ? verdict : null;
  return labels > 0 && !verdict.date && !verdict.authors ? null : verdict;
}
