import { bioSubject, copyrightHolder, namesAlone, PERSON_NAME, parseNameList, ROLE_LINE, writersAlone } from '../authors.js';
import { type Block, blockKey, blockLines, makeBlock } from '../blocks.js';
import { isCommentHeader } from '../comments.js';
import { findDate, WEEKDAY_NAME, withinMonth } from '../dates.js';
import { siteName } from '../front-matter.js';
import { alphabeticalRuns } from '../listings.js';
import { isBylineLabel, tagList } from '../rules/byline.js';
import type { Verdict } from '../rules/types.js';
import { classify } from '../rules.js';
import { adjacent, inTitleCase, isBoxHeading, isHeadingShaped, isProse, isText, SENTENCE_MIN_WORDS, words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { endsLikeSentence, endsWithColon, escapeRegExp, inCapitals, matchKey } from '../text.js';
import { dividedAtFirstLevel, mainTextStart, menuRowLead } from './title.js';

/** A standfirst is a sentence or two: a longer block under the title is the essay's first paragraph. */
const SUBTITLE_MAX_WORDS = 45;
/** A blog's excerpt marker, where the excerpt its lists show ends: "<!--more-->", "<!-- more -->", "</excerpt>". */
const EXCERPT_MARKER = /^(?:<!--\s*more\s*-->|<\/?excerpt\s*\/?>)$/i;
/** Between the title and the byline, only the standfirst stands: it may run to two long sentences. */
const DEK_ABOVE_BYLINE_MAX_WORDS = 60;
/** …and one paragraph of this many words at most, when the text starts under the byline: a summary set over it. */
const LONG_DEK_MAX_WORDS = 120;
/** A publication's name in a page's header: a few words ("The Peninsula", "Foreign Affairs"). */
const PUBLICATION_MAX_WORDS = 6;
/** A copyright line names its holder in a few words. */
export const COPYRIGHT_MAX_WORDS = 12;
/** The label of a page's list of tags or topics. */
const TAGS_LABEL = /^(tags|topics|related topics|filed under|categories|keywords|subjects?)\s*:?$/i;
/** A standfirst set as a heading is a sentence: longer than a section heading usually is. */
const DEK_HEADING_MIN_WORDS = 8;
/** A speech's opening: thanks to the host or the audience, a greeting. */
const SPEECH_OPENING =
  /^(?:thank you(?: (?:very|so) much)?(?:,|\s+(?:for|to)\b)|thanks (?:for|to)\b|good (?:morning|afternoon|evening)\b|ladies and gentlemen\b|(?:mr\.?|madam|madame) (?:president|chair(?:man|woman)?|speaker)\b)/i;
/** A time of day: "1:20 p.m.", "10:05AM". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)/i;
/** A byline a few blocks below the current one marks what lies between as the standfirst… */
const BYLINE_LOOKAHEAD = 3;
/** …not counting the labels between, a word or two each: the page's tags ("RAP" / "NHS"), a field's name ("Author")… */
const LABEL_MAX_WORDS = 2;
/** …a few of them: more are a menu's. */
const LABELS_PASSED_MAX = 3;

/** A byline (writers or a date) within BYLINE_LOOKAHEAD blocks from `from`, a few labels passed over, with running text under it. */
function bylineWithin(state: EssayState, from: number): boolean {
  for (let i = from, seen = 0, labels = 0; i < state.blocks.length && seen < BYLINE_LOOKAHEAD; i++) {
    const hint = state.hints[i];
    // (A byline with no running text under it closes the page, "Written by:" / "Jane Smith": it heads nothing.)
    if (hint?.kind === 'meta' && (hint.date || hint.authors)) return proseAfter(state, i);
    const block = state.blocks[i] as Block;
    if (words(block) > LABEL_MAX_WORDS || endsLikeSentence(block.plain) || ++labels > LABELS_PASSED_MAX) seen++;
  }
  return false;
}

/** A paragraph of running text stands somewhere after block `i`. */
function proseAfter(state: EssayState, i: number): boolean {
  for (let j = i + 1; j < state.blocks.length; j++) if (isProse(state.blocks[j] as Block)) return true;
  return false;
}

/** A duration alone, as a byline's reading time prints it without its label: "4 Minuten", "6 min", "12 minutes". */
const BARE_DURATION = /^\d{1,3}\s*(?:minutes?|minuten|minutos?|minuti|mins?\.?|Min\.)$/i;
/** The codes of the languages a page most often offers itself in, as a language switch prints them. */
const LANGUAGE_CODE = /^(?:EN|DE|FR|ES|IT|NL|PT|PL|RU|ZH|JA|AR|TR|SV|DA|FI|NO|CS|EL|HU|RO|UK|KO|HE)$/;

/** A byline within BYLINE_LOOKAHEAD blocks from `from` names the writers. */
function namesWriters(state: EssayState, from: number): boolean {
  for (let i = from; i < Math.min(state.blocks.length, from + BYLINE_LOOKAHEAD); i++) {
    const hint = state.hints[i];
    if (hint?.kind === 'meta' && hint.authors?.length) return true;
  }
  return false;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Two dates a day apart: one a time stamp in UTC, the other the day the page prints. */
function dayApart(a: string, b: string): boolean {
  if (a.length !== 10 || b.length !== 10) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) === DAY_MS;
}

/** A label over a date that says the piece was revised then… */
const UPDATE_LABEL = /^(?:last )?(?:updated|modified|revised|edited)\s*(?:on)?\s*:?$/i;
/** …and one over the date it first came out. */
const FIRST_DATE_LABEL = /^(?:original(?:ly published)?|published|posted|first published|created)\s*(?:on)?\s*:?$/i;

/** Whether the byline on `line` names a writer beside its date, or says one wrote it ("by Amanda · Dec 20, 2025"). */
function namesWriter(state: EssayState, line: number): boolean {
  const at = state.blocks.findIndex((block) => block.lines.start === line);
  const hint = state.hints[at];
  return (hint?.kind === 'meta' && !!hint.authors?.length) || /\b(?:by|von|par|por|door|di)\s+\S/i.test(state.blocks[at]?.plain ?? '');
}

function applyMeta(state: EssayState, hint: Extract<Verdict, { kind: 'meta' }>, line: number): void {
  const { meta, front } = state;
  // (A front matter's time stamp a day off the byline's date is the same day in another time zone: "Wed, 21 Jan 2026 01:00:50 +0000" / "20 Jan 2026".)
  const shifted = !!hint.date && !!meta.date && meta.date === front.date?.value && dayApart(meta.date, hint.date);
  // (The day of a month already known, "Dec 2025" after the title, says more.)
  if (hint.date && (!meta.date || shifted || withinMonth(meta.date, hint.date))) [meta.date, meta.lines.date] = [hint.date, line];
  if (hint.authors && meta.authors.length === 0) [meta.authors, meta.lines.authors] = [hint.authors, line];
  if (hint.category && !meta.category) [meta.category, meta.lines.category] = [hint.category, line];
}

/**
 * The front matter's fields, but not a site named as the author (a note app saves the site as
 * `author: "[[The Economist]]"`): an author whose words are the site's name, or the publication.
 */
function readFrontMatter(state: EssayState): void {
  const { front, meta } = state;
  if (front.subtitle) [meta.subtitle, meta.lines.subtitle] = [front.subtitle.value, front.subtitle.line];
  if (front.publication) [meta.publication, meta.lines.publication] = [front.publication.value, front.publication.line];
  if (front.category) [meta.category, meta.lines.category] = [front.category.value, front.category.line];
  if (front.date) [meta.date, meta.lines.date] = [front.date.value, front.date.line];
  // A clipper may fill `published` with a date found anywhere on the page; the address's own
  // year and month (".../act/2014-09/...", "/2014/09/") are the site's, and win when years apart.
  const dated = front.url ? /[/_-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/_-]|$)/.exec(front.url.value) : null;
  if (dated && front.url && meta.date && meta.date.slice(0, 4) !== dated[1]) {
    [meta.date, meta.lines.date] = [[dated[1], dated[2], dated[3]].filter(Boolean).join('-'), front.url.line];
  }
  if (front.authors) {
    const site = front.url ? siteName(front.url.value) : null;
    const squeeze = (text: string): string => matchKey(text).replace(/^the /, '').replace(/ /g, '');
    const people = front.authors.value.filter(
      (name) =>
        !(site && squeeze(name) === site) &&
        !(meta.publication && squeeze(name) === squeeze(meta.publication)) &&
        !organisationInText(state, name),
    );
    if (people.length > 0)
      [meta.authors, meta.lines.authors] = [people.map((name) => spacedNameInText(state, fullNameInText(state, name))), front.authors.line];
  }
}

/**
 * A first name alone, as a slug gives it (`authors: [piotr]`), is the full name the text writes
 * with it: "our Board member Piotr Debowski will walk you through …".
 */
function fullNameInText(state: EssayState, name: string): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return name;
  const written = new RegExp(`\\b${escapeRegExp(name)}\\s+(\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?)\\b`, 'u');
  for (const block of state.blocks) {
    const surname = written.exec(block.plain)?.[1];
    if (surname && PERSON_NAME.test(`${name} ${surname}`) && !state.vocabulary.has(surname.toLowerCase())) return `${name} ${surname}`;
  }
  return name;
}

/** A slug that ran a name's words together is long: a first name alone ("Piotr") is read by fullNameInText. */
const RUN_TOGETHER_MIN_CHARS = 10;
/** Words a name runs together, at most. */
const RUN_TOGETHER_MAX_WORDS = 4;

/**
 * A slug that ran a name's words together (`authors: [janedoesmith]`, read "Janedoesmith") is the name as the text
 * writes it, its words capitalised and spaced: "Jane Doe Smith". (Words the text writes in lower case are no name's:
 * "open source werken" is a phrase of the text, not the community's name.)
 */
function spacedNameInText(state: EssayState, name: string): string {
  if (name.length < RUN_TOGETHER_MIN_CHARS || !/^\p{Lu}\p{Ll}+$/u.test(name)) return name;
  const key = name.toLowerCase();
  for (const block of state.blocks) {
    if (!block.plain.toLowerCase().replace(/\s+/g, '').includes(key)) continue;
    const words = block.plain.split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
    for (let i = 0; i < words.length; i++)
      for (let n = 2; n <= RUN_TOGETHER_MAX_WORDS && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (run.join('').toLowerCase() === key && run.every((word) => /^\p{Lu}/u.test(word))) return run.join(' ');
      }
  }
  return name;
}

/** What an organisation has and a person does not: "Open Ownership’s Executive Director", "… team", "… principles". */
const ORGANISATION_HAS =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:director|ceo|president|chair|board|trustees|team|staff|members|principles|mission|programme|program|secretariat|network|partners)\b/iu;

/** The text writes `name` as an organisation's ("Open Ownership’s Executive Director"): a site's name given as the author. */
export function organisationInText(state: EssayState, name: string): boolean {
  const pattern = new RegExp(`\\b${escapeRegExp(name)}(?=['’]s\\s)`, 'g');
  return state.blocks.some((block) =>
    [...block.plain.matchAll(pattern)].some((m) => ORGANISATION_HAS.test(block.plain.slice((m.index ?? 0) + name.length))),
  );
}

/** A writer's handle, no name: one word with a figure in it ("Jr2514", "user_123"). */
const HANDLE = /^(?=\S*\d)[\p{L}\d_.-]+$/u;

/**
 * "… writes Will Marshall", "By Jane Doe and John Roe", "Joshua Renken considers the pros and cons of …": the authors a
 * standfirst names. (Opening the standfirst, only with the verbs of a writer weighing a subject, not those of a
 * newsmaker's statement: "Boris Johnson warns …" is news about him.)
 */
function authorsInStandfirst(text: string): string[] | null {
  const match =
    /(?:,|\.|—|–)\s*(?:writes|argues|says|explains|contends|warns|suggests)\s+([^,.;]+?)\.?$/i.exec(text) ??
    /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?:considers|pays tribute to|reflects on|explores|examines|looks at|weighs|assesses|asks whether)\s/u.exec(
      text.trim(),
    ) ??
    /^by\s+([^,.;]+?)\.?$/i.exec(text) ??
    // "A guest post from Tony Bowden about his efforts to …" (OpenSanctions).
    /^(?:[Aa]n?\s+)?(?:[Gg]uest\s+)?(?:post|essay|piece|column|article|op-ed|blog post)\s+(?:by|from)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?=\s+\p{Ll}|[,.;:]|$)/u.exec(
      text.trim(),
    );
  const names = match?.[1] ? parseNameList(match[1]) : null;
  return names?.every((name) => PERSON_NAME.test(name)) ? names : null;
}

/** How far above the title a byline printed over it may stand (a kicker, a date between). */
const BYLINE_ABOVE_REACH = 4;
/** …and a byline's name this far, unless a date stands near it: the page's menus lie beyond. */
const NAME_ABOVE_REACH = 12;
/** Blocks between a byline's names and its date: names, roles, then the date. */
const NAME_DATE_REACH = 6;
/** A name over the title is a byline when a date stands this close to it: a menu has no dates. */
const NAME_TO_DATE_REACH = 2;

/**
 * A name printed above the title beside the date ("Molly Wood" / "Ideas" / "11.14.2019 09:00 AM"
 * / title), as some magazines set their header. Only when no byline was found under the title.
 */
function authorsAboveTitle(state: EssayState): void {
  const { blocks, hints } = state;
  const dated = (j: number): boolean => hints[j]?.kind === 'meta' && !!hints[j]?.date;
  for (let i = state.titleIndex - 1; i >= 0 && i >= state.titleIndex - BYLINE_ABOVE_REACH; i--) {
    if (hints[i]) continue;
    const nearDate = Array.from({ length: NAME_TO_DATE_REACH * 2 + 1 }, (_, k) => i - NAME_TO_DATE_REACH + k).some(dated);
    const names = nearDate ? writersAlone(blocks[i] as Block, state.vocabulary) : null;
    if (names) {
      [state.meta.authors, state.meta.lines.authors] = [names, (blocks[i] as Block).lines.start];
      state.decide(i, { kind: 'meta' });
      return;
    }
  }
}

/** The opening paragraphs that may say who wrote the piece. */
const OPENING_BLOCKS = 6;

/** A newsletter introducing a guest's piece: "The first essay comes from Jahara Matisek, a Lieutenant Colonel …". */
const GUEST_ESSAY =
  /\b(?:essay|piece|post|article|column|op-ed|guest post)\s+(?:comes|is|was)\s+(?:from|by)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){2,4})(?=[,.;:(]|$)/u;

/** A newsletter's introduction, lists included, runs this many blocks before the guest's piece. */
const GUEST_ESSAY_REACH = 15;

/** "The paper is authored by Dr Rufus Pollock, founder of …": the opening names the author. */
const WRITTEN_BY =
  /\b(?:is|was|are|were|has been|have been)\s+(?:written|authored|co-authored|co-written)\s+by\s+(?:(?:dr|prof|professor)\.?\s+)?([^,.;:()]+)/i;

/**
 * A host's note that the piece is a guest's, at the top of the text: "The following is a guest post from Dr. Jared Scherz,
 * founder at UFeud …", "This is a guest post by …". The guest wrote it, whoever the byline names (the host who posted it).
 */
const GUEST_POST_NOTE =
  /^(?:[Tt]he following|[Tt]his|[Tt]oday['’]s post|[Bb]elow)\s+is\s+an?\s+guest\s+(?:post|essay|piece|article|column|blog post|contribution)\s+(?:from|by)\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){2,4})(?=[,.;:(]|$)/u;
/** The host's note stands in the text's first blocks. */
const GUEST_POST_NOTE_REACH = 2;

/**
 * The writers the text's first `reach` blocks name, as `named` reads a block (its name or names, or nothing), made the
 * essay's authors; whether any were.
 */
function authorsNamedInOpening(state: EssayState, reach: number, named: (block: Block, i: number) => string | undefined): boolean {
  const end = Math.min(state.blocks.length, state.bodyStart + reach);
  for (let i = state.bodyStart; i < end; i++) {
    const block = state.blocks[i] as Block;
    const name = named(block, i)?.trim();
    const names = name ? parseNameList(name) : null;
    if (names?.length) {
      [state.meta.authors, state.meta.lines.authors] = [names, block.lines.start];
      return true;
    }
  }
  return false;
}

/** The guest named by the host's note over the text, over the byline's name. */
const guestOfHost = (state: EssayState): boolean =>
  authorsNamedInOpening(state, GUEST_POST_NOTE_REACH, (block) => GUEST_POST_NOTE.exec(block.plain.trim())?.[1]);

/** The author named in the opening: "written by …", or a newsletter's guest. */
const authorsInOpening = (state: EssayState): boolean =>
  authorsNamedInOpening(
    state,
    GUEST_ESSAY_REACH,
    (block, i) => ((i < state.bodyStart + OPENING_BLOCKS ? WRITTEN_BY.exec(block.plain) : null) ?? GUEST_ESSAY.exec(block.plain))?.[1],
  );

/** A picture's caption between a byline's lines is a sentence. */
const BYLINE_CAPTION_MAX_WORDS = 20;

/** How far into the text a date line alone may stand and still be the post's (under a picture, its caption, share buttons). */
const DATE_INTO_TEXT = 6;

/**
 * No byline above the text gave the date or the writers: a byline line among the text's first
 * blocks does, each giving what is still missing (a date under the standfirst and picture,
 * "13.11.2019, 23:06"; "by Daniel Burstein, Senior Director, …" under the opening and a share button).
 */
function bylineAtTextStart(state: EssayState): void {
  const { meta } = state;
  for (let i = state.bodyStart; i < Math.min(state.blocks.length, state.bodyStart + DATE_INTO_TEXT); i++) {
    const hint = state.hints[i];
    if (state.isDecided(i) || hint?.kind !== 'meta') continue;
    const date = !meta.date && hint.date ? hint.date : null;
    const authors = meta.authors.length === 0 && hint.authors?.length ? hint.authors : null;
    if (!date && !authors) continue;
    const line = (state.blocks[i] as Block).lines.start;
    if (date) [meta.date, meta.lines.date] = [date, line];
    if (authors) [meta.authors, meta.lines.authors] = [authors, line];
    state.decide(i, { kind: 'meta' });
    if (meta.date && meta.authors.length > 0) return;
  }
}

/** How far above the text a date the page repeats may stand and still be the post's: over the title, the byline and the standfirst. */
const REPEATED_DATE_REACH = 12;

/**
 * No byline gave a date: the date alone on a line that the page prints again and again (under
 * the title, in a header bar, at the foot), which the repeats pass took for a label, nearest above the text.
 */
function repeatedDate(state: EssayState): void {
  for (let i = state.bodyStart - 1; i >= 0 && i >= state.bodyStart - REPEATED_DATE_REACH; i--) {
    const hint = state.hints[i];
    if (state.decisions[i]?.pass !== 'repeats' || hint?.kind !== 'meta' || !hint.date || hint.authors?.length) continue;
    [state.meta.date, state.meta.lines.date] = [hint.date, (state.blocks[i] as Block).lines.start];
    return;
  }
}

/** A note saying where the text came out first: "Reprinted from the … Bulletin, July 1995", "Originally published in … on 3 May 2019". */
const PUBLICATION_NOTE = /\b(?:reprinted (?:with permission )?from|(?:originally|first) (?:published|appeared|ran) (?:in|on|at|by))\b/i;
/** Such a note is a sentence or two. */
const PUBLICATION_NOTE_MAX_WORDS = 40;

/**
 * No byline or header gave a date: the date of a note saying where the text came out ("Reprinted
 * from the Middle East Studies Association Bulletin, July 1995", MESA), the first such note's.
 */
function dateOfPublicationNote(state: EssayState): void {
  for (const block of state.blocks) {
    if (words(block) > PUBLICATION_NOTE_MAX_WORDS || !PUBLICATION_NOTE.test(block.plain)) continue;
    // (A note of an update gives two dates, and the page's is the update's: "… originally published in April 2020 and was updated in April 2024".)
    if (/\b(?:updated|revised)\b/i.test(block.plain)) continue;
    const found = findDate(block.plain);
    if (!found) continue;
    [state.meta.date, state.meta.lines.date] = [found.iso, block.lines.start];
    return;
  }
}

/** A post-meta line's fields: "April 25, 2008 – 5:01 pm", "By Semantic Overload", "Posted in debate, …", "Tagged …". */
const POST_META_FIELDS = /\s+[|·]\s+/;
/** The field that files the post: "Posted in debate, discussion", "Filed under Politics", "Tagged content provider, …", "Categories: …". */
const FILED_FIELD = /^(?:posted in|filed (?:in|under)|tagged(?: with)?|categor(?:y|ies)\s*:|tags?\s*:)\s+\S/i;
/** The field that names the writer: "By Semantic Overload". */
const BY_FIELD = /^by\s+(\S.*)$/i;

/**
 * A page whose header gives neither date nor writer: a blog's post-meta line under the text gives both, with where the
 * post is filed ("April 25, 2008 – 5:01 pm | By Semantic Overload | Posted in debate, … | Tagged …", as blog themes
 * print it after the post), the first such line below the text's start. (A line of another post, in a list of
 * related posts, does not say where it is filed.)
 */
function postMetaBelow(state: EssayState): void {
  for (let i = state.bodyStart; i < state.blocks.length; i++) {
    const fields = (state.blocks[i] as Block).plain.trim().split(POST_META_FIELDS);
    if (fields.length < 3 || !fields.some((field) => FILED_FIELD.test(field))) continue;
    // (The date opens its field: "April 25, 2008 – 5:01 pm", not a date inside a category's name.)
    const date = fields.map((field) => findDate(field)).find((found, k) => found && fields[k]?.startsWith(found.match));
    const names = fields.map((field) => BY_FIELD.exec(field)?.[1]).find((name) => name !== undefined);
    const authors = names ? parseNameList(names) : null;
    if (!date || !authors?.length || !authors.every((name) => PERSON_NAME.test(name))) continue;
    const line = (state.blocks[i] as Block).lines.start;
    [state.meta.date, state.meta.lines.date] = [date.iso, line];
    [state.meta.authors, state.meta.lines.authors] = [authors, line];
    return;
  }
}

/** "Follow Wendy Koch on Twitter", "On Twitter: Follow Wendy Koch and get more …": the writer's follow link. */
const FOLLOW_AUTHOR =
  /^(?:[Oo]n (?:[Tt]witter|X|[Bb]luesky|[Mm]astodon|[Tt]hreads|[Ll]inked[Ii]n)\s*:\s*)?[Ff]ollow\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:on|and|at|for)\b/u;

/** A page that names its writer only in a follow link under the text: that name. */
function authorsToFollow(state: EssayState): void {
  for (const block of state.blocks) {
    const name = FOLLOW_AUTHOR.exec(block.plain)?.[1];
    if (name && PERSON_NAME.test(name) && parseNameList(name)?.length === 1) {
      [state.meta.authors, state.meta.lines.authors] = [[name], block.lines.start];
      return;
    }
  }
}

/** A letter's closing: "Respectfully,", "Sincerely,", "Kind regards,", "Cheers,". */
const CLOSING_SALUTATION =
  /^(?:(?:yours )?sincerely|respectfully(?: yours)?|yours(?: truly| faithfully)?|(?:kind |best |warm |warmest )?regards|warmly|cheers|best wishes|with gratitude),$/i;
/** Lines from a letter's closing down to the name that signs it, a blank line between at most. */
const SIGNATURE_REACH = 2;

/**
 * A page that names its writer only in the signature under the text, after a letter's closing
 * ("Respectfully," / "Dalton Caldwell"): that name, a full one. The first closing is the writer's:
 * readers sign their comments below it.
 */
function authorsSigning(state: EssayState): void {
  const { blocks } = state;
  const at = blocks.findIndex((block) => CLOSING_SALUTATION.test(block.plain.trim()));
  const closing = blocks[at];
  const signature = blocks[at + 1];
  if (!closing || !signature || signature.lines.start > closing.lines.end + SIGNATURE_REACH) return;
  // (The name's line may carry a note under it: "John Call" / "[Contact information redacted from public version …]".)
  const [nameLine = ''] = blockLines(signature);
  const names = namesAlone(makeBlock('paragraph', [{ text: nameLine, line: signature.lines.start }]));
  if (names?.length === 1 && /\s/.test(names[0] as string)) [state.meta.authors, state.meta.lines.authors] = [names, signature.lines.start];
}

/** Block `i` stands right under a label of a word or two ending with its colon, as its value: "Edition:" / "Africa". */
function underLabel(blocks: readonly Block[], i: number): boolean {
  const above = blocks[i - 1];
  return !!above && adjacent(above, blocks[i] as Block) && endsWithColon(above.plain) && words(above) <= SELECTOR_LABEL_MAX_WORDS;
}
/** A selector's label is a word or two: "Edition:", "Select language:". */
const SELECTOR_LABEL_MAX_WORDS = 2;

/** A site's masthead, its name, stands in the page's first lines. */
const MASTHEAD_MAX_LINE = 10;

/** Lines of a menu stand line under line, a few words each, three at least. */
const MENU_RUN_MIN = 3;
const MENU_ITEM_MAX_WORDS = 4;

/** How many blocks around block `i` (itself included) are `member`s set line under line with it, no blank line between. */
function runAround(blocks: readonly Block[], i: number, member: (j: number) => boolean): number {
  let [first, last] = [i, i];
  while (member(first - 1) && adjacent(blocks[first - 1] as Block, blocks[first] as Block)) first--;
  while (member(last + 1) && adjacent(blocks[last] as Block, blocks[last + 1] as Block)) last++;
  return last - first + 1;
}

/** Block `i` is one of a run of menu entries set line under line ("Sections" / "Politics" / "Brexit" / "Conservatives" / …). */
function inMenuRun(blocks: readonly Block[], i: number): boolean {
  const entry = (j: number): boolean => {
    const block = blocks[j];
    return !!block && block.kind !== 'rule' && words(block) <= MENU_ITEM_MAX_WORDS;
  };
  return entry(i) && runAround(blocks, i, entry) >= MENU_RUN_MIN;
}

/**
 * Words before a site's name that name it as one: "Subscribe to Prospect", "More from Gizmodo", "Return to the
 * Peninsula"; in the deck's languages too: "Suivre l'Opinion", "À propos de l'Opinion".
 */
const SITE_CUES =
  "subscribe to|support|about|follow|donate to|sign up for|return to|back to|more from|welcome to|the best of|suivre|à propos de|s['’]abonner à|abonnez-vous à|folgen sie|über|acerca de|síguenos en";
/** What a site offers after its name: "Vox homepage", "The Verge main menu", "Dorf on Law on Facebook". */
const SITE_OFFERS =
  'home ?page|main menu|on (?:twitter|facebook|x|instagram|linkedin|youtube)|newsletters?|podcasts?|app|store|shop|socials';

/**
 * A test of lines that name `name` as a publication: its copyright line ("© 2024 Foreign Policy"), a link to it or its
 * offers ("Subscribe to Prospect", "More from Gizmodo", "Return to the Peninsula"), its staff or its newsletter.
 * (Made once for a name, then asked of many lines.)
 */
function publicationNamer(name: string): (text: string) => boolean {
  const bare = escapeRegExp(name.trim().replace(/^the\s+/i, ''));
  const held = new RegExp(`\\b${bare}\\b`, 'i');
  // (The name may be a handle or in quotation marks, "Follow @azizonomics", "Follow “azizonomics”"; of a name already
  // read, "Join Prospect", "Contact …" and "Read …" say so too.)
  const before = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SITE_CUES}|join|contact|read)\\s+(?:the\\s+)?[@“"‘']?${bare}(?![\\p{L}\\p{N}])`, 'iu');
  const after = new RegExp(
    `\\b${bare}(?:['’]s)?\\s+(?:${SITE_OFFERS}|magazine|staff|editors?|editorial|is an?|members?|subscribers?|online)\\b`,
    'i',
  );
  return (text) => (/©|\(c\)|copyright/i.test(text) && held.test(text)) || before.test(text) || after.test(text);
}

/** A site's address as its name: "davidbau.com", "slatestarcodex.com". */
const DOMAIN_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/i;

/** Block `i` is a site's address alone, which the rules take for a link home: it may be the publication's name ("AlbertMohler.com"). */
const siteAddress = (state: EssayState, i: number): boolean => {
  const hint = state.hints[i];
  return hint?.kind === 'chrome' && hint.reason === 'navigation' && DOMAIN_NAME.test((state.blocks[i] as Block).plain.trim());
};

/**
 * The page's first line is its masthead: the publication's name, when it is a site's address or the
 * page names it as a publication elsewhere ("azizonomics" … "Follow @azizonomics"; "Dorf on Law" …
 * "Dorf on Law on Facebook"), or prints it alone again in its footer (a logo's text). Written in
 * capitals there ("DORF ON LAW"), the name is taken as another line writes it. Read when no line
 * nearer the title is the publication; a name in small letters is still a name here.
 */
function mastheadPublication(state: EssayState): void {
  const { blocks, hints, meta } = state;
  const block = blocks[0];
  if (!block || state.titleIndex <= 0 || (hints[0] && !siteAddress(state, 0)) || state.isDecided(0) || block.kind === 'rule') return;
  const text = block.plain.trim();
  // (A line opening with "A" or "An" describes the site, its motto: "A Political and Literary Forum".)
  if (
    words(block) > PUBLICATION_MAX_WORDS ||
    text.length < 3 ||
    endsLikeSentence(text) ||
    !/^[\p{L}\p{N}]/u.test(text) ||
    /^an?\s/i.test(text)
  )
    return;
  const key = matchKey(text);
  const footer = (j: number): boolean => j >= blocks.length * FOOTER_SHARE && matchKey((blocks[j] as Block).plain) === key;
  const names = publicationNamer(text);
  const namedAt = blocks.findIndex((other, j) => j > 0 && (names(other.plain) || footer(j)));
  if (!DOMAIN_NAME.test(text) && namedAt < 0) return;
  // (A menu's row names the site before its links: "Jeff Kaufman Posts RSS ◂◂RSS Contact".)
  const lead = menuRowLead(text);
  if (lead === '') return;
  let name = lead ?? text;
  if (text === text.toUpperCase() && namedAt > 0) {
    const written = new RegExp(escapeRegExp(text), 'i').exec((blocks[namedAt] as Block).plain)?.[0];
    if (written && written !== written.toUpperCase()) name = written;
  }
  [meta.publication, meta.lines.publication] = [name, block.lines.start];
  state.decide(0, { kind: 'meta' });
}

/**
 * Lines above the title are page chrome, except the publication's name: a short line the page
 * names again elsewhere ("The Peninsula" … "Return to the Peninsula"), and the byline fields
 * printed there. Returns a date found far above the title, and the writers named above it, for
 * want of a byline under it: a byline under the title beats a teaser's above it ("by Geoff
 * Harris" in a box of other posts over the article).
 */
function readKicker(state: EssayState): { farDate: FarDate | null; writers: Writers | null } {
  const { blocks, hints, meta } = state;
  const titleIndex = state.titleIndex;
  const stripThe = (text: string): string => matchKey(text).replace(/^the /, '');
  // (Not a page's tags: a tag holding a word of the menus proves nothing.)
  const tags = alphabeticalRuns(state);
  const mentions = blocks.flatMap((other, j) =>
    (hints[j]?.kind === 'chrome' || state.role(j)?.kind === 'chrome') && !tags.has(j) ? [{ j, key: ` ${stripThe(other.plain)} ` }] : [],
  );
  // A name, not a word of the menus ("More", "Video", "Policy"): a single word is a name only when
  // a sentence writes it with its capital ("… told Salon", "Prospect hosted …"), or a number alone never.
  const commonWord = (text: string): boolean => {
    const word = text.trim();
    if (/\s/.test(word)) return false;
    if (!/\p{L}/u.test(word)) return true;
    const named = new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}\\b`, 'u');
    return !blocks.some((other) => isProse(other) && named.test(other.plain));
  };
  const bylineNames = new Set(hints.flatMap((hint) => (hint?.kind === 'meta' ? (hint.authors ?? []).map(matchKey) : [])));
  // The closest such line above the title wins; the rest above it is chrome.
  for (let i = titleIndex - 1; i >= 0 && !meta.publication; i--) {
    const block = blocks[i] as Block;
    const name = stripThe(block.plain);
    const candidate =
      (!hints[i] || siteAddress(state, i)) &&
      !state.isDecided(i) &&
      words(block) <= PUBLICATION_MAX_WORDS &&
      /^\p{Lu}/u.test(block.plain) &&
      !endsLikeSentence(block.plain) &&
      name.length >= 3 &&
      !commonWord(block.plain) &&
      // (A name the page's bylines give as a writer's is a columnist's in the menus ("Adam Feuerstein"), not the publication's.)
      !bylineNames.has(blockKey(block)) &&
      // (Nor the value a selector's label shows, right under it: "Edition:" / "Africa".)
      !underLabel(blocks, i);
    // (Below the masthead, a line the page prints again may be a menu's label printed twice, "Politics", "Breaking
    // News", "Stock Market": there the page must name it as a publication, in its copyright line or a link to it.)
    const inMasthead = block.lines.start <= MASTHEAD_MAX_LINE && !inMenuRun(blocks, i);
    // (The test of naming lines is made once for the line, and only when a line below the masthead must be read.)
    const names = candidate && !inMasthead ? publicationNamer(block.plain) : null;
    const named = (j: number): boolean => inMasthead || (names?.((blocks[j] as Block).plain) ?? false);
    if (candidate && mentions.some(({ j, key }) => j !== i && key.includes(` ${name} `) && named(j))) {
      [meta.publication, meta.lines.publication] = [block.plain, block.lines.start];
      state.decide(i, { kind: 'meta' });
      fullerName(state, i, name);
    }
  }
  if (!meta.publication) mastheadPublication(state);
  let farDate: FarDate | null = null;
  let writers: Writers | null = null;
  const dateNear = (i: number): boolean =>
    hints.slice(Math.max(0, i - NAME_DATE_REACH), i + NAME_DATE_REACH + 1).some((hint) => hint?.kind === 'meta' && !!hint.date);
  for (let i = 0; i < Math.max(0, titleIndex); i++) {
    if (state.isDecided(i)) continue;
    const block = blocks[i] as Block;
    const hint = hints[i];
    if (hint?.kind === 'meta') {
      const far = titleIndex - i > BYLINE_ABOVE_REACH;
      if (far && hint.date && !meta.date) farDate ??= { date: hint.date, line: block.lines.start };
      // (Nor a name far above with no date near it: a menu's entry read as a name, "Financial Aid", "Top Dentists".)
      const farName = titleIndex - i > NAME_ABOVE_REACH && !dateNear(i);
      if (hint.authors && !farName) writers ??= { names: hint.authors, line: block.lines.start };
      applyMeta(state, { ...hint, date: far ? undefined : hint.date, authors: undefined }, block.lines.start);
      state.decide(i, { kind: 'meta' });
      continue;
    }
    state.remove(i, hint?.kind === 'chrome' ? hint.reason : 'outside-article');
  }
  return { farDate, writers };
}

/**
 * The publication found at block `at` may be the page's short name for itself ("The Foundation" in
 * its menu) under its full name higher up, which ends alike and which the page names as a
 * publication elsewhere ("Baltic Security Foundation" / … / "Copyright (c) Baltic Security
 * Foundation"): the full name is the publication's.
 */
function fullerName(state: EssayState, at: number, name: string): void {
  const { blocks, meta } = state;
  for (let i = at - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    const key = matchKey(block.plain);
    if (state.isDecided(i) || words(block) > PUBLICATION_MAX_WORDS || !key.endsWith(` ${name}`) || endsLikeSentence(block.plain)) continue;
    const names = publicationNamer(block.plain);
    if (!blocks.some((other, j) => j !== i && /©|\(c\)|copyright/i.test(other.plain) && names(other.plain))) continue;
    [meta.publication, meta.lines.publication] = [block.plain, block.lines.start];
    state.decide(i, { kind: 'meta' });
    return;
  }
}

/** Writers a byline names, and its line. */
interface Writers {
  names: string[];
  line: number;
}

/** A date printed well above the title, in the page's masthead: today's date on many sites ("Wednesday, November 20, 2019"). */
interface FarDate {
  date: string;
  line: number;
}

/**
 * A name the text itself uses as a publication's is no author: "… how to cover this at Silver
 * Bulletin", "Silver Bulletin is a reader-supported publication" (a newsletter's sender).
 */
function authorNotPublication(state: EssayState): void {
  const { meta } = state;
  if (meta.authors.length !== 1) return;
  const author = meta.authors[0] as string;
  const name = escapeRegExp(author);
  const asPublication = new RegExp(
    `\\b(?:at|subscribe to|subscribing to|support|supporting|reading|read)\\s+${name}\\b|^${name}\\s+is\\s+an?\\s+(?:[\\w-]+\\s+){0,3}(?:publication|newsletter|magazine|blog|site)\\b`,
  );
  // (Both branches hold the name as it is written: a block without it is not scanned.)
  if (!state.blocks.some((block) => block.plain.includes(author) && asPublication.test(block.plain))) return;
  meta.publication ??= meta.authors[0] as string;
  meta.authors = [];
}

/**
 * A newsletter named after its writer is no publication: "Casey Newton" by Casey Newton is
 * dropped, and "Bill McKibben from The Crucial Years" is "The Crucial Years".
 */
function publicationNotAuthor(state: EssayState): void {
  const { meta } = state;
  if (!meta.publication) return;
  const isAuthor = (name: string): boolean => meta.authors.some((author) => matchKey(author) === matchKey(name));
  const from = /^(.+?)\s+from\s+(.+)$/i.exec(meta.publication);
  if (from?.[1] && from[2] && isAuthor(from[1])) meta.publication = from[2];
  else if (isAuthor(meta.publication)) [meta.publication, meta.lines.publication] = [null, undefined];
}

/** A company's legal form or kind after its name, which the publication's name goes without. */
export const COMPANY_FORM =
  /[,\s]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|pty\.?|co\.|corp\.?|corporation|plc|gmbh|holdings|group|media|publications|publishing|interactive)$/i;
/**
 * "The New York Times Company": the word ends a publication's name too ("Fast Company"), so two
 * words must be left; and a partners' firm keeps it ("Dow Jones & Company").
 */
const COMPANY_WORD = /(?<!&|\band)\s+company$/i;

/** A footer's links copied onto the copyright's line: "© Copyright 2020 Harper's Magazine Foundation Do Not Sell My Personal Information". */
const FOOTER_LINKS_AFTER =
  /\s+(?:do not sell (?:or share )?my (?:personal )?(?:info|information|data)|privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)|cookie (?:policy|settings|preferences)|accessibility|sitemap|contact us)(?:\s.*)?$/i;

/**
 * The publication a copyright's holder names: the company without its legal form, its parent
 * or a stamp printed before it, or footer links after it ("Aeon Media Group Ltd" → "Aeon", "CNET, a Red Ventures company"
 * → "CNET", "-Thu Dec 15 06:14:35 EST 2016 National Geographic Society" → "National Geographic Society").
 */
function publicationOfHolder(holder: string): string {
  let name = holder
    .replace(FOOTER_LINKS_AFTER, '')
    .replace(/,?\s+an?\s+[\p{L}\s&.-]+\s+company$/iu, '')
    .replace(/^[^\p{L}]*(?:\p{L}{3}\s+){1,2}\d{1,2}\s+[\d:]+\s+\p{Lu}{2,4}\s+(?:19|20)\d\d\s+/u, '')
    .trim();
  // ("Aeon Media Group Ltd": each form in turn, while a name is left.)
  while (COMPANY_FORM.test(name) && /\p{L}{2}/u.test(name.replace(COMPANY_FORM, ''))) name = name.replace(COMPANY_FORM, '').trim();
  if (COMPANY_WORD.test(name) && name.replace(COMPANY_WORD, '').trim().split(/\s+/).length >= 2)
    name = name.replace(COMPANY_WORD, '').trim();
  return name;
}

/** A copyright sign and a name alone, as a picture's credit is set: "© Kak", "© Reuters". */
const PICTURE_COPYRIGHT = /^(?:©|\(c\))\s*(?!.*\b(?:19|20)\d\d\b)(?!.*\b(?:rights|copyright)\b)[^|·•]{1,40}$/i;
/** The page's last part, by its blocks, where its footer stands. */
export const FOOTER_SHARE = 0.75;

/** A line's opening that names what follows as the site: "Follow Grist", "More from Vanity Fair", "Suivre l'Opinion". */
const NAMING_CUE = new RegExp(`^(?:${SITE_CUES})\\s+`, 'iu');
/** A line that is a site's name and what it offers: "Vox homepage", "The Verge main menu", "Dorf on Law on Facebook". */
const NAMED_SUFFIX = new RegExp(`^(.{2,60}?)\\s+(?:${SITE_OFFERS})[.:]?$`, 'iu');
/**
 * A writer's role at the site, in a bio: "Bess Levin is a politics correspondent at Vanity Fair". (A press
 * role only: a fellow or a director "at" a place is the writer's institution, not the site that prints them.)
 */
const ROLE_AT =
  /\bis (?:an? |the )?(?:[\p{Ll}-]+ ){0,4}(?:editor|writer|reporter|correspondent|columnist|contributor|producer|critic)s? (?:at|for|of) (?:the )?/u;
/** Words that open no site's name: "Follow Us", "Subscribe to Our Newsletter", "About the Author", "More Great Stories". */
const NOT_A_NAME =
  /^(?:us|me|our|my|your|this|these|that|all|more|the authors?|authors?|stories|free|today|now|here|email|e-mail|newsletter|updates|news)\b/iu;
/** Words of a site's name: each capitalized or a figure, small words between ("Campaign for America's Future"). */
const NAME_WORD = /^[@“"‘']?[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*[”"’']?$/u;
const NAME_JOINER = /^(?:of|for|and|&|on|the|de|du|des|la|le|der|die|das|für)$/iu;
/** A site's name is a few words. */
const NAMED_MAX_WORDS = 6;

/** The name opening `text`: its capitalized words, small words between them, without a trailing joiner or mark. */
function nameOpening(text: string): string | null {
  const taken: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const bare = word.replace(/[,.;:!?)]+$/, '');
    if (NAME_WORD.test(bare)) taken.push(bare);
    else if (taken.length > 0 && NAME_JOINER.test(bare)) taken.push(bare);
    else break;
    // (A word closed by a mark ends the name: "Follow Grist, and …", "Vanity Fair.")
    if (bare !== word || taken.length >= NAMED_MAX_WORDS) break;
  }
  while (taken.length > 0 && NAME_JOINER.test(taken.at(-1) as string)) taken.pop();
  const name = taken
    .join(' ')
    .replace(/^[@“"‘']|[”"’']$/g, '')
    .replace(/['’]s$/, '');
  return name.length >= 2 && !NOT_A_NAME.test(name) ? name : null;
}

/**
 * Without a publication in the header: the name the page's own lines give the site, in two lines
 * or more ("Follow Grist", "Support Grist's nonprofit mission"; "Vox homepage", "Vox main menu";
 * "… is a politics correspondent at Vanity Fair", "More from Vanity Fair"). Read after a
 * copyright's holder, which names the publisher itself.
 */
function publicationNamedByPage(state: EssayState): void {
  const { meta } = state;
  if (meta.publication) return;
  const writers = new Set(meta.authors.map(matchKey));
  /** By the name's key: the ways it is written, and the distinct lines naming it (a menu printed twice names it once). */
  const named = new Map<string, { written: string[]; lines: Set<string>; line: number }>();
  for (const block of state.blocks) {
    // (A bio runs on past its first sentence, which names the site: "Will Knight is a senior writer for WIRED, …. He was …".
    // Only the opening a naming line may have is read: a long paragraph is not scanned to its end.)
    const plain = block.plain.trim();
    const text = plain.length > NAMING_LINE_MAX_CHARS ? firstSentence(plain.slice(0, NAMING_LINE_MAX_CHARS + 1)) : plain;
    if (text.length > NAMING_LINE_MAX_CHARS) continue;
    const names: string[] = [];
    const cue = NAMING_CUE.exec(text);
    if (cue) names.push(nameOpening(text.slice(cue[0].length)) ?? '');
    const suffixed = NAMED_SUFFIX.exec(text)?.[1];
    // (The whole line before the suffix is the name: not "Sign up for our newsletter".)
    if (suffixed && nameOpening(suffixed) === suffixed) names.push(suffixed);
    const role = ROLE_AT.exec(text);
    if (role) names.push(nameOpening(text.slice(role.index + role[0].length)) ?? '');
    for (const name of names) {
      const key = matchKey(name).replace(/^the /, '');
      if (!key || writers.has(matchKey(name))) continue;
      const entry = named.get(key) ?? { written: [], lines: new Set<string>(), line: block.lines.start };
      entry.written.push(name);
      entry.lines.add(matchKey(text));
      named.set(key, entry);
    }
  }
  let best: { written: string[]; lines: Set<string>; line: number } | null = null;
  for (const entry of named.values()) if (entry.lines.size >= 2 && (!best || entry.lines.size > best.lines.size)) best = entry;
  if (!best) return;
  // (As the page writes it in small letters too: "Support Mises" over "MISES STORE".)
  const name = best.written.find((written) => written !== written.toUpperCase()) ?? (best.written[0] as string);
  [meta.publication, meta.lines.publication] = [name, best.line];
}

/** A text's first sentence: to its first stop followed by a capital. */
const firstSentence = (text: string): string => /^.*?[.!?](?=\s+\p{Lu})/u.exec(text)?.[0] ?? text;

/** A line naming the site is short: a link, a label, a bio's sentence or two. */
const NAMING_LINE_MAX_CHARS = 300;

/** Without a publication in the header: the holder of a copyright line ("© 2024 Policy Review"). */
function publicationFromCopyright(state: EssayState): void {
  const { meta } = state;
  if (meta.publication) return;
  // (A writer holding the copyright, "Copyright John H. Cochrane", is no publication.)
  const writers = new Set(
    [...meta.authors, ...state.hints.flatMap((hint) => (hint?.kind === 'meta' ? (hint.authors ?? []) : []))].map(matchKey),
  );
  for (const [i, block] of state.blocks.entries()) {
    // (A bare "© Kak", no year, no rights reserved, above the page's last part is a picture's credit, not the site's notice.)
    if (PICTURE_COPYRIGHT.test(block.plain.trim()) && i < state.blocks.length * FOOTER_SHARE) continue;
    const holder = copyrightHolder(block.plain);
    // (Or the writer and the place, "© 2023 Andrew Leach, Edmonton, AB".)
    const person = holder !== null && (writers.has(matchKey(holder)) || writers.has(matchKey(holder.split(',')[0] ?? '')));
    const name = holder && !person ? publicationOfHolder(holder) : '';
    // (A name starts with a letter or a figure: ", Trademark and Patent Information" is the rest of a line of links.)
    if (name && /^[\p{L}\d]/u.test(name) && words(block) <= COPYRIGHT_MAX_WORDS && name.length >= 3) {
      [meta.publication, meta.lines.publication] = [name, block.lines.start];
      return;
    }
  }
}

/**
 * An italic paragraph under the title that is a standfirst, to beat a front matter's description: not an editor's
 * note ("The following opinion piece originally appeared in …"), a writer's bio set over the text ("Chinwe Ekene
 * Ezeigbo was a Policy and Research Consultant …") or a link's call ("See the simulation in PolicyEngine").
 */
function printedDek(block: Block): boolean {
  const text = block.plain.trim();
  return !EDITORS_NOTE.test(text) && !bioSubject(text) && !LINK_CALL.test(text) && classify(block, false) === null;
}
const EDITORS_NOTE =
  /\b(?:originally (?:appeared|published|ran)|first (?:appeared|published)|(?:is|was) (?:re)?published (?:here )?with permission|cross-?posted)\b/i;
const LINK_CALL = /^(?:see|read|watch|listen|view|click|download|explore|try|visit|check out)\b/i;

/** A label in capitals and a bar before a line's text: "COMMENTARY | ", "OPINION | ". */
const LABEL_BEFORE_BAR = /^\p{Lu}[\p{Lu}\p{N} &'’-]{1,30}\s+\|\s+(?=\S)/u;

/** Lines of page furniture ("View in browser") a picture's credit may stand under its byline past. */
const FURNITURE_UNDER_BYLINE = 2;

/** The block above block `i`, past FURNITURE_UNDER_BYLINE lines of page furniture at most (a caption is none). */
function pastFurniture(state: EssayState, i: number): number {
  const furniture = (j: number): boolean => {
    const role = state.role(j);
    return role?.kind === 'chrome' && role.reason !== 'caption';
  };
  let above = i - 1;
  while (above > 0 && above > i - 1 - FURNITURE_UNDER_BYLINE && furniture(above)) above--;
  return above;
}

/**
 * Needs: title. Reads everything above the body: the front matter's fields, the kicker and
 * chrome above the title, then below it the byline fields, the standfirst and chrome, up to the
 * first running text. Sets `bodyStart`.
 */
export const header: Pass = {
  name: 'header',
  run(state) {
    const { blocks, hints, meta } = state;
    readFrontMatter(state);
    // A date in the masthead is the day the page was printed more often than the post's: the
    // byline's date under the title wins, and the masthead's stands only when there is none.
    const { farDate: mastheadDate, writers: kickerWriters } = readKicker(state);
    let i = state.titleIndex + 1;
    let sawMeta = false;
    /** First-level headings divide the text (asked once, not for each heading of the header). */
    const divided = dividedAtFirstLevel(blocks);
    /** The line of the date read under an "Updated:" label, while it is the date. */
    let updatedAt: number | null = null;
    // Under a "Tags" label, the short lines down to the text are the tags.
    let inTags = false;
    /** The last line of writers' names set line under line right under the title, read as the byline. */
    let namesUnderTitle = -1;
    for (; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const hint = hints[i];
      if (state.isDecided(i)) continue;
      // A speech's first words, its thanks or greeting, open the text: no standfirst ("Thanks for that terrific
      // introduction, Dr. Runge.", under the Surgeon General's title).
      if (block.kind === 'paragraph' && SPEECH_OPENING.test(block.plain)) break;
      // The title printed again under itself, as a picture's caption or a link: said already.
      if (block.kind !== 'rule' && meta.title && blockKey(block) === matchKey(meta.title)) {
        state.remove(i, 'outside-article');
        continue;
      }
      // Names alone, a writer to a line, set right under a title that has the date right over it, with
      // no blank line between ("2021-04-20" / "Rosyjskie zamachy w Czechach – …" / "Mateusz Gniazdowski" /
      // "Martyna Wasiuta", OSW): the byline. (Without the date, a line under the title is as often a label: "Key Takeaways".)
      const lineAbove = blocks[i - 1];
      const titleLine = meta.lines.title ?? 0;
      const dateOverTitle = meta.lines.date !== undefined && meta.lines.date < titleLine && titleLine - meta.lines.date <= 1;
      const setUnder =
        lineAbove !== undefined &&
        lineAbove.lines.end + 1 === block.lines.start &&
        ((i - 1 === state.titleIndex && meta.authors.length === 0 && dateOverTitle) || i - 1 === namesUnderTitle);
      // (A byline the rules read already, "By Eric Levitz", is read below.)
      const writers = setUnder && hint?.kind !== 'meta' ? writersAlone(block, state.vocabulary) : null;
      // (Not when a byline the rules know stands just below: "Packing Tips Guide" / "Post Tags" / "No Categories" / "By: Benjamin Johnson, …".)
      const bylineBelow = (): boolean =>
        hints.slice(i + 1, i + 1 + BYLINE_BELOW_REACH).some((below) => below?.kind === 'meta' && !!below.authors?.length);
      if (writers?.length === 1 && !bylineBelow()) {
        if (meta.authors.length === 0) meta.lines.authors = block.lines.start;
        meta.authors = [...meta.authors, ...writers];
        state.decide(i, { kind: 'meta' });
        namesUnderTitle = i;
        continue;
      }
      // Under such a byline, a short label over other people's names credits them, not as writers
      // ("Współpraca" / "Mateusz Seroka, Piotr Żochowski": cooperation): no heading, no standfirst.
      const credited = blocks[i + 1];
      if (
        namesUnderTitle === i - 1 &&
        credited !== undefined &&
        !state.isDecided(i + 1) &&
        words(block) <= CREDIT_LABEL_MAX_WORDS &&
        !endsLikeSentence(block.plain) &&
        writersAlone(credited, state.vocabulary) !== null
      ) {
        state.remove(i, 'caption');
        state.remove(i + 1, 'caption');
        i++;
        continue;
      }
      // (A byline ends the tags: "Tags:" / "Philosophy" / "12/19/2025" / "•" / "David Gordon".)
      if (inTags && hint?.kind === 'meta') inTags = false;
      if (TAGS_LABEL.test(block.plain) || (inTags && !isText(block)) || (sawMeta && unlabelledTags(state, i))) {
        inTags = true;
        state.remove(i, 'navigation');
        continue;
      }
      if (hint?.kind === 'meta') {
        // A date under "Updated:" yields to one under "Original:" or "Published:": the piece's date
        // is when it came out ("Updated:" / "Mar 6, 2018" / "Original:" / "Dec 21, 2016").
        const label = blocks[i - 1]?.plain.trim() ?? '';
        if (hint.date && updatedAt !== null && meta.lines.date === updatedAt && FIRST_DATE_LABEL.test(label))
          [meta.date, meta.lines.date] = [hint.date, block.lines.start];
        // A date in the byline under the title beats one printed over the title without a writer, often the site's
        // today ("Sa, 19. Okt 2019" in the menus / … / title / "Von Tomas Spahn" / "Fr, 18. Oktober 2019").
        const inByline = !!hint.authors?.length || (meta.lines.authors !== undefined && block.lines.start - meta.lines.authors <= 1);
        const overTitle = meta.lines.date !== undefined && meta.lines.date < (meta.lines.title ?? 0);
        if (hint.date && inByline && overTitle && !namesWriter(state, meta.lines.date as number))
          [meta.date, meta.lines.date] = [hint.date, block.lines.start];
        applyMeta(state, hint, block.lines.start);
        if (hint.date && meta.lines.date === block.lines.start && UPDATE_LABEL.test(label)) updatedAt = block.lines.start;
        state.decide(i, { kind: 'meta' });
        sawMeta = true;
        continue;
      }
      if (hint?.kind === 'chrome') {
        state.remove(i, hint.reason);
        continue;
      }
      if (block.kind === 'rule') continue;
      // A box's heading of other articles ("Lesen Sie auch", "Read more") is no standfirst.
      if (isBoxHeading(block)) {
        state.remove(i, 'related');
        continue;
      }
      // A line set right against a photo credit is the photo's caption, not the standfirst.
      if (creditBelow(state, i)) {
        state.remove(i, 'caption');
        continue;
      }
      // A heading in sentence case right under the title, before any text, is the standfirst set
      // as a heading ("## We must find a way to steward AI, then …, writes Will Marshall"); as
      // printed, it beats a front matter description.
      const subtitleFromFront = !meta.subtitle || meta.subtitle === state.front.subtitle?.value;
      // (Not a first-level heading of several, which divide the text: "# A city must have an intragovernmental data team
      // to become truly smart" / … / "# Filling the blank of smart data governance" under a front matter's title.)
      if (
        block.kind === 'heading' &&
        subtitleFromFront &&
        !(block.level === 1 && divided) &&
        !sawText(state, i) &&
        words(block) >= DEK_HEADING_MIN_WORDS &&
        !inTitleCase(block.plain)
      ) {
        [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
        state.decide(i, { kind: 'subtitle' });
        continue;
      }
      // A byline set as a comment's header is ("Daniel Honan on November 8, 2012, 12:00 AM"), right under the title: the rules
      // leave such a line alone anywhere else, as a comment's.
      const timed = rightUnderTitle(state, i) && !hint ? timedByline(state, block) : null;
      if (timed) {
        applyMeta(state, timed, block.lines.start);
        state.decide(i, { kind: 'meta' });
        sawMeta = true;
        continue;
      }
      const bare = meta.authors.length === 0 ? bareByline(state, i) : null;
      if (bare) {
        [meta.authors, meta.lines.authors] = [bare, block.lines.start];
        state.decide(i, { kind: 'meta' });
        sawMeta = true;
        continue;
      }
      // (A byline set out as labels over their values starts with its label: "Author:" / "Practical Horseman Editorial Staff" / "Publish date:" / …)
      const next = blocks[i + 1]?.plain.trim() ?? '';
      const bylineAhead =
        !sawMeta &&
        (bylineWithin(state, i + 1) ||
          (next.endsWith(':') && isBylineLabel(next)) ||
          (meta.authors.length === 0 && bareByline(state, i + 1) !== null));
      // A name alone between the title and a byline that names the writer is a picture's credit: "Du wirst nicht glauben, …"
      // / "Nenad Stojkovic" / "Eine neue Studie enthüllt …" / "Autor Mark Newton:" (RESET).
      if (bylineAhead && namesWriters(state, i + 1) && namesAlone(block, state.vocabulary)) {
        state.remove(i, 'caption');
        continue;
      }
      // (The standfirst set in italics right under the title, as printed, beats a front matter's description, a site's
      // teaser as often: "Read our latest thinking on AI …" over "*Open models will make AI safer …*".)
      const emphasisedDek =
        state.format === 'markdown' &&
        block.emphasised === true &&
        i === state.titleIndex + 1 &&
        (!meta.subtitle || (meta.subtitle === state.front.subtitle?.value && printedDek(block)));
      // (A longer paragraph over the byline is the standfirst too when the text runs on under the byline.)
      const textUnderByline = bylineAhead && mainTextStart(state) > i + 1;
      const dekMaxWords = !bylineAhead ? SUBTITLE_MAX_WORDS : textUnderByline ? LONG_DEK_MAX_WORDS : DEK_ABOVE_BYLINE_MAX_WORDS;
      if ((bylineAhead || emphasisedDek) && words(block) <= dekMaxWords && words(block) >= SENTENCE_MIN_WORDS && block.kind !== 'heading') {
        if (!meta.subtitle || emphasisedDek) {
          [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
          state.decide(i, { kind: 'subtitle' });
        } else {
          state.remove(i, 'outside-article');
        }
        continue;
      }
      if (isText(block)) {
        // A sentence or two set apart from the text by page furniture (share buttons) is the standfirst.
        const next = state.blocks.findIndex((other, j) => j > i && other.kind !== 'rule');
        // A short sentence between the byline's lines is a picture's caption: "Updated Nov 19, 6:55 AM;Posted …" /
        // "The Doobie Brothers perform at the Beacon." / "By Troy L. Smith, Cleveland.com".
        const nextHint = next > 0 ? hints[next] : null;
        if (sawMeta && words(block) <= BYLINE_CAPTION_MAX_WORDS && nextHint?.kind === 'meta' && nextHint.authors?.length) {
          state.remove(i, 'caption');
          continue;
        }
        // (Not an excerpt marker: the paragraph over "<!--more-->" opens the text, as the blog prints it.)
        const excerptMarker = next > 0 && EXCERPT_MARKER.test((blocks[next] as Block).plain.trim());
        // (Nor a note of thanks under it, "We thank … for their leadership in starting this open letter.": the text's.)
        const below = next > 0 ? (hints[next]?.kind === 'chrome' ? hints[next] : state.role(next)) : null;
        // (Nor, in Markdown, a paragraph over an embed or a picture's markup: a post opens there and shows its video.)
        const furniture =
          !excerptMarker &&
          below?.kind === 'chrome' &&
          below.reason !== 'end-matter' &&
          !(state.format === 'markdown' && below.reason === 'markup');
        // (An editor's introduction names the writer: "Jon Lasser began the Bastille Linux Project … In today's
        // editorial, he shares his concerns …", three sentences over the copyright notice.)
        const introducesWriter = meta.authors.some((name) => name.includes(' ') && ` ${blockKey(block)} `.includes(` ${matchKey(name)} `));
        // (But the writer's bio, which says who they are and not what the piece is, goes to the about slide: "Harvey Seifter,
        // a classically trained musician, is the Executive Director of Orpheus Chamber Orchestra. …" over the text.)
        if (!meta.subtitle && furniture && introducesWriter && isWritersBio(block.plain, meta.authors)) {
          state.decide(i, { kind: 'bio' });
          continue;
        }
        const dekMax = introducesWriter ? LONG_DEK_MAX_WORDS : SUBTITLE_MAX_WORDS;
        if (!meta.subtitle && furniture && words(block) <= dekMax && block.kind !== 'item') {
          [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
          state.decide(i, { kind: 'subtitle' });
          continue;
        }
        break;
      }
      // A name alone right under the date, the text following ("June 19, 2019" / "Andrea Middleton"): the byline's other half.
      const named = meta.authors.length === 0 && dateJustAbove(state, i) ? writersAlone(block, state.vocabulary) : null;
      if (named) {
        [meta.authors, meta.lines.authors] = [named, block.lines.start];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      // A name alone right under the byline that named the writers is a picture's credit, its illustrator's
      // or photographer's ("By Rowan Jacobsen" / "Natalya Balnova" / text): no heading, and none of the writers.
      // (Page furniture may stand between: "By Brad Wilcox • 13 Jan 2026" / "View in browser" / "Scott Menchin".)
      // (Not a name over a role of its own, when the byline's name had one too: writers listed each with their
      // role, "Authors" / "Colin Manning" / "Postdoctoral Research Associate …" / "Hayley J. Fowler" / "Professor of …".)
      const above = pastFurniture(state, i);
      const listedWithRole = listedWriter(state, i);
      if (listedWithRole) {
        meta.authors = [...meta.authors, listedWithRole];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      if (
        meta.authors.length > 0 &&
        state.role(above)?.kind === 'meta' &&
        (above === i - 1 || !inCapitals(block.plain)) &&
        !meta.authors.some((author) => matchKey(author) === blockKey(block)) &&
        writersAlone(block, state.vocabulary)?.length === 1
      ) {
        state.remove(i, 'caption');
        continue;
      }
      // The writer's role under their name, the byline printed again under a video or a picture
      // ("By Jordana Cepelewicz" / "Math Editor" / "December 18, 2025"): the byline's, no heading.
      // The writer's affiliation set right under the name, no blank line between: "Donald R. Hopkins" /
      // "The Carter Center, Atlanta, Georgia, USA". The byline's, no heading.
      const nameLine = blocks[i - 1];
      if (
        nameLine &&
        meta.lines.authors === nameLine.lines.start &&
        nameLine.lines.end + 1 === block.lines.start &&
        words(block) <= AFFILIATION_MAX_WORDS &&
        AFFILIATION.test(block.plain.trim())
      ) {
        state.decide(i, { kind: 'meta' });
        continue;
      }
      const nameAbove = hints[i - 1];
      if (nameAbove?.kind === 'meta' && nameAbove.authors?.length && words(block) <= ROLE_MAX_WORDS && ROLE_LINE.test(block.plain)) {
        state.remove(i, 'outside-article');
        continue;
      }
      // The last of a run of tags set line under line ("Markets" / "Policy" / "South Korea") is a tag too, not the first heading;
      // so is the last entry of a menu ("Source Code" / "Other Formats" / "MS Word"): one line of furniture above it after a byline, two without.
      // (A language switch's link among the byline's lines, a language's code alone: "Autor Mark Newton:" / "EN" / "Übersetzung …".
      // Not in the text, where two capitals are as often a picture's credit: "ES", the Evening Standard.)
      if (sawMeta && LANGUAGE_CODE.test(block.plain.trim())) {
        state.remove(i, 'navigation');
        continue;
      }
      // A reading time among the byline's lines, a duration alone: "29.04.2020" / "4 Minuten".
      if (sawMeta && BARE_DURATION.test(block.plain.trim())) {
        state.remove(i, 'counter');
        continue;
      }
      const lastTag = block.kind !== 'heading' && words(block) <= TAG_MAX_WORDS && tagsJustAbove(state, i, sawMeta ? 1 : TAG_RUN_MIN);
      // (A line telling the time, "Price as of August 10, 2022, 1:20 p.m. ET", is a widget's, not a heading.)
      // (Not a line right over the byline, still to come: the dek between the title and the byline, "Wanted: Jubilee 2010" /
      // "Dismantling protection" / "Jagdish Bhagwati, Professor, …" / "Published: June 2002".)
      const below = hints[i + 1];
      const overByline = !sawMeta && below?.kind === 'meta' && !!below.authors?.length;
      if (isHeadingShaped(block) && nextTextAfter(state, i + 1) && !lastTag && !CLOCK_TIME.test(block.plain) && !overByline) break;
      if (!sawMeta && !meta.subtitle && words(block) >= 3 && block.kind !== 'heading') {
        [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
        state.decide(i, { kind: 'subtitle' });
        continue;
      }
      state.remove(i, 'outside-article');
    }
    if (meta.authors.length === 0 && kickerWriters) [meta.authors, meta.lines.authors] = [kickerWriters.names, kickerWriters.line];
    state.bodyStart = promoBoxEnd(state, i);
    // (The standfirst the page printed over the byline, printed again over the text, is said already.
    // A front matter's description that the text opens with is the text's.)
    const first = blocks[state.bodyStart];
    const printed = meta.subtitle && meta.subtitle !== state.front.subtitle?.value;
    if (first && printed && blockKey(first) === matchKey(meta.subtitle ?? '')) {
      state.remove(state.bodyStart, 'outside-article');
      state.bodyStart++;
    }
    // (So is the byline printed again over the text: " CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB", Makronom.)
    const byline = meta.authors.length > 0 ? blocks.find((block) => block.lines.start === meta.lines.authors) : undefined;
    const next = blocks[state.bodyStart];
    if (byline && next && next !== byline && next.kind !== 'heading' && blockKey(next) === blockKey(byline)) {
      state.remove(state.bodyStart, 'outside-article');
      state.bodyStart++;
    }
    // (A name the text uses as a publication's is none of the writers: the others may find them.)
    authorNotPublication(state);
    // (Also over a writer known only by a handle, "Jr2514", when the standfirst names them: "Joshua Renken considers …".)
    const handleOnly = meta.authors.length === 1 && HANDLE.test(meta.authors[0] ?? '');
    if ((meta.authors.length === 0 || handleOnly) && meta.subtitle) {
      const named = authorsInStandfirst(meta.subtitle);
      if (named) [meta.authors, meta.lines.authors] = [named, meta.lines.subtitle ?? 0];
    }
    guestOfHost(state);
    if (meta.authors.length === 0) authorsAboveTitle(state);
    if (meta.authors.length === 0) authorsInOpening(state);
    if (meta.authors.length === 0) authorsToFollow(state);
    if (meta.authors.length === 0) authorsSigning(state);
    if (!meta.date && mastheadDate) [meta.date, meta.lines.date] = [mastheadDate.date, mastheadDate.line];
    if (!meta.date || meta.authors.length === 0) bylineAtTextStart(state);
    if (!meta.date) repeatedDate(state);
    if (!meta.date) dateOfPublicationNote(state);
    if (!meta.date && meta.authors.length === 0) postMetaBelow(state);
    // (A section's label set before the standfirst with a bar: "COMMENTARY | Agentic government is not …".)
    if (meta.subtitle) meta.subtitle = meta.subtitle.replace(LABEL_BEFORE_BAR, '');
    publicationNotAuthor(state);
    publicationNotSection(state);
    publicationFromCopyright(state);
    publicationNamedByPage(state);
    publicationNotChrome(state);
  },
};

/**
 * A name the chrome rules read as a line of the page's furniture is no publication's, however it
 * was found: a picture's credit ("AP Photo"), a menu's entry, a cookie banner's button. It would
 * stand on the title slide and under every slide.
 */
function publicationNotChrome(state: EssayState): void {
  const { meta } = state;
  if (!meta.publication) return;
  const verdict = classify(makeBlock('paragraph', [{ text: meta.publication, line: meta.lines.publication ?? 1 }]), false);
  // (A site's address is a link home to the rules, and the publication's name here: "AlbertMohler.com".)
  if (verdict?.kind === 'chrome' && !DOMAIN_NAME.test(meta.publication.trim()))
    [meta.publication, meta.lines.publication] = [null, undefined];
}

/**
 * A section's name is no site's: set aside before the copyright's holder and the page's own lines
 * are read, which may yet name the site.
 */
function publicationNotSection(state: EssayState): void {
  const { meta } = state;
  if (meta.publication && SECTION_NAME.test(meta.publication.trim())) [meta.publication, meta.lines.publication] = [null, undefined];
}

/** A section of a site, the label of a menu or a kicker, not the site: "Breaking News", "Books", "COMMENTARY", "Opinion". */
const SECTION_NAME =
  /^(?:the )?(?:breaking news|news|latest news|books?|commentary|opinions?|politics|business|sports?|culture|arts?|technology|tech|science|health|world|local|video|podcasts?|features?|analysis|reviews?|editorials?|columns?|columnists|blogs?|home|latest|top stories|trending|lifestyle|entertainment|travel|food|education|economy|markets|environment|climate)$/i;

/** A box of a promotion at the top of the text is a heading and a line or two. */
const PROMO_BOX_MAX_BLOCKS = 3;
const PROMO_BOX_MAX_WORDS = 20;

/**
 * Where the body starts, past a promotion's box set right under the byline: a few short lines
 * closed by a "Read More" link ("Business Bargain Hunter's top picks" / "The very best Black
 * Friday deals and sales." / "Read More"), then the text. The box is another page's teaser.
 */
function promoBoxEnd(state: EssayState, start: number): number {
  for (let j = start; j < state.blocks.length && j <= start + PROMO_BOX_MAX_BLOCKS; j++) {
    const block = state.blocks[j] as Block;
    if (/^read more\W*$/i.test(block.plain.trim())) {
      if (j === start || !state.blocks[j + 1] || !isProse(state.blocks[j + 1] as Block)) return start;
      for (let k = start; k <= j; k++) state.remove(k, 'related');
      return j + 1;
    }
    if (words(block) > PROMO_BOX_MAX_WORDS || state.isDecided(j)) return start;
  }
  return start;
}

/**
 * A writer listed under the byline's writer with a role of their own, as the byline's writer was: block `i` is a name
 * alone over a role line, and the byline's last name line stands over one too ("Colin Manning" / "Postdoctoral Research
 * Associate in Climate Science, Newcastle University" / "Hayley J. Fowler" / "Professor of Climate Change Impacts, …").
 */
function listedWriter(state: EssayState, i: number): string | null {
  const { meta } = state;
  const [block, below] = [state.blocks[i] as Block, state.blocks[i + 1]];
  if (meta.authors.length === 0 || meta.lines.authors === undefined || !below || !ROLE_LINE.test(below.plain.trim())) return null;
  const named = writersAlone(block, state.vocabulary);
  if (named?.length !== 1 || meta.authors.some((author) => matchKey(author) === blockKey(block))) return null;
  const bylineAt = state.blocks.findIndex((other) => other.lines.start === meta.lines.authors);
  const underByline = state.blocks[bylineAt + 1];
  // (The byline's writer over a role line too, and this name two blocks under a role line: one list.)
  const roleAbove = state.blocks[i - 1];
  if (bylineAt < 0 || i - bylineAt > LISTED_WRITERS_REACH || !underByline || !ROLE_LINE.test(underByline.plain.trim())) return null;
  if (!roleAbove || !ROLE_LINE.test(roleAbove.plain.trim())) return null;
  return named[0] as string;
}
/** Blocks from the byline's name a list of writers with their roles may reach: four writers, each over a role. */
const LISTED_WRITERS_REACH = 8;

/** A caption is a sentence or two; longer text over a credit is the text. */
const CAPTION_MAX_WORDS = 40;

/** Block `index` is set against the photo credit under it ("Toni L. Sandys / The Washington Post / Getty Images"). */
function creditBelow(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  const below = state.blocks[index + 1];
  const hint = state.hints[index + 1];
  if (!below || words(block) > CAPTION_MAX_WORDS || block.kind === 'heading') return false;
  // A credit that says what it is ("Photograph: Tim Robberts/Getty Images") stands alone under its picture;
  // a bare one ("Toni L. Sandys / The Washington Post / Getty Images") ends the caption above it. (The label may
  // be bracketed: "[Photo: jayk7/Getty Images]".)
  // (Nor does a whole caption with its labelled credit after it: "US troops in Afghanistan. Photo: wikimedia.commons.org".)
  const labelled =
    /^[([]?(?:photo(?:graph)?|image|illustration|picture|credit|source)s?\b/i.test(below.plain) ||
    /[.!?]\s+(?:photo(?:graph)?|image|illustration|picture|credit|foto)s?\s*:/i.test(below.plain);
  const credit = hint?.kind === 'chrome' && hint.reason === 'caption' && words(below) <= CREDIT_MAX_WORDS && !labelled;
  return credit && below.lines.start <= block.lines.end + 2;
}

/** Labels a list of tags without its label holds at least: more than a byline's fields. */
const UNLABELLED_TAGS_MIN = 5;

/**
 * Under the byline, before the text, a list of the piece's categories and tags without a label, as a blog theme
 * prints its meta row: "Aziz Economic History, Economics, Federal Reserve, Inflation, Wall Street cantillon effect, …"
 * (the writer's name glued to the first). Not a list of names, which is the byline's.
 */
function unlabelledTags(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  if (block.kind !== 'paragraph' || sawText(state, index) || endsLikeSentence(block.plain)) return false;
  return block.plain.split(',').length >= UNLABELLED_TAGS_MIN && tagList(block.plain) && parseNameList(block.plain) === null;
}

/** A credit names a photographer and an agency or two. */
const CREDIT_MAX_WORDS = 12;

/** A tag is a word or a few. */
const TAG_MAX_WORDS = 4;

/**
 * The `run` blocks right above block `index`, each on the line right before the next, are short
 * labels taken for page furniture, here or by the repeats pass as a menu's (a label the page prints twice).
 */
function tagsJustAbove(state: EssayState, index: number, run: number): boolean {
  for (let k = index - 1; k >= index - run; k--) {
    const above = state.blocks[k];
    const pass = state.decisions[k]?.pass;
    const role = state.role(k);
    if (
      above === undefined ||
      above.lines.end + 1 !== (state.blocks[k + 1] as Block).lines.start ||
      role?.kind !== 'chrome' ||
      (pass !== 'header' && !(pass === 'repeats' && role.reason === 'navigation')) ||
      words(above) > TAG_MAX_WORDS
    )
      return false;
  }
  return true;
}

/** Short labels of page furniture set line under line, this many, are a menu or a list of tags without a byline above to show it. */
const TAG_RUN_MIN = 2;

/** The block above block `index` is a byline's date on its own (its hint has a date and no author). */
function dateJustAbove(state: EssayState, index: number): boolean {
  // (Past the byline's separators and a label between, each on a line of its own: "12/19/2025" / "•" / "Friday Philosophy" / "•".)
  let above = index - 1;
  while (above >= 0 && index - above <= BYLINE_FIELDS_SPREAD && bylineFiller(state, above)) above--;
  const hint = state.hints[above];
  return hint?.kind === 'meta' && !!hint.date && !hint.authors?.length && state.role(above)?.kind === 'meta';
}

/** Blocks under a names-only line where a byline the rules read ("By: …") makes it no byline. */
const BYLINE_BELOW_REACH = 3;
/** A credit's label over names is a word or two: "Współpraca", "Illustrations", "Edited by". */
const CREDIT_LABEL_MAX_WORDS = 2;
/** A writer's role under their name is a few words: "Math Editor", "Senior Fellow, Economic Studies". */
const ROLE_MAX_WORDS = 8;
/** An affiliation under a name: an institution and its place, each part capitalised, set apart by commas. */
const AFFILIATION =
  /^(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}&.'’-]*))*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)+$/u;
/** …a dozen words at most. */
const AFFILIATION_MAX_WORDS = 12;

/** Lines a byline's fields may be spread over, separators and labels between. */
const BYLINE_FIELDS_SPREAD = 4;
/** A separator alone ("•", "|"), or a label the page repeats, set between a byline's fields. */
const bylineFiller = (state: EssayState, i: number): boolean =>
  !/[\p{L}\p{N}]/u.test((state.blocks[i] as Block).plain) ||
  (state.decisions[i]?.pass === 'repeats' && words(state.blocks[i] as Block) <= TAG_MAX_WORDS);

/** The label over the name of an editor, a reviewer, a photographer: "Edited by", "Fact checked by:". */
const OTHER_HAND =
  /^(?:edited|reviewed|fact[- ]?checked|medically reviewed|photo(?:graph)?s?|illustrat(?:ed|ions?)|translated|produced)(?: by)?:?$/i;

/** Short lines set against each other, this many or more, are a list. */
const LIST_MIN_LINES = 3;

/** How far below a bare name a byline that names the writers may still stand. */
const BARE_BYLINE_LOOKAHEAD = 8;

/**
 * A line of names alone under the title ("Richard (R.J.) Eskow"), with page furniture or nothing
 * after it: a heading would have text under it.
 */
function bareByline(state: EssayState, index: number): string[] | null {
  const block = state.blocks[index];
  if (!block || state.hints[index] || state.isDecided(index)) return null;
  // (Under the label of another hand, "Edited by" / "Lauren Mastbaum", a name is no writer's; nor
  // one of a list's lines, short lines set right against each other, three at least: "Hawaiian
  // Adventure" / "America’s Great Desert National Parks" / "Southern Charm" under "TABLE OF CONTENTS".)
  if (OTHER_HAND.test(state.blocks[index - 1]?.plain.trim() ?? '')) return null;
  const short = (k: number): boolean => {
    const other = state.blocks[k];
    return !!other && !state.hints[k] && state.role(k)?.kind !== 'title' && isHeadingShaped(other) && !isProse(other);
  };
  if (runAround(state.blocks, index, short) >= LIST_MIN_LINES) return null;
  // Names just over the text may be its first heading, unless set apart from a role as a byline
  // is ("Manoj Jain and Jagpreet Chhatwal  |  Guest Columnists") or set right under the title
  // ("Need a Change? 7 Vital Tips on How to Rent a Car" / "Andrei Zakhareuski" / text).
  // (Under the title, the words of a label the text uses, "Key Takeaways", make no name: none of its words may be the text's.)
  // (…or under the title's standfirst, one sentence: "Memory Safety for Skeptics" / "If you're tired of hearing
  // about memory safety, this article is for you." / "Andrew Lilley Brinker" / text.)
  if (nextTextAfter(state, index + 1) && !/\s[|·•]\s/.test(block.plain)) {
    // (Not a name the text goes on to name, a caption's or a heading's: "Kyle Busch" over a table of his points.)
    const dek = state.blocks[index - 1];
    const underDek = !!dek && rightUnderTitle(state, index - 1) && !state.hints[index - 1] && oneSentence(dek) && !namedBelow(state, index);
    const underTitle =
      (rightUnderTitle(state, index) || underDek) && !block.plain.split(/\s+/).some((word) => state.vocabulary.has(word.toLowerCase()));
    if (!underTitle) return null;
  }
  // (Not when a byline that names the writers follows: "Dive Deeper" / "Speed Read" / "By Mamokete Modiba, …".)
  for (let j = index + 1; j < Math.min(state.blocks.length, index + 1 + BARE_BYLINE_LOOKAHEAD); j++) {
    const hint = state.hints[j];
    if (hint?.kind === 'meta' && hint.authors?.length) return null;
  }
  return writersAlone(block, state.vocabulary);
}

/** A comment header's shape, a name and a date with its time of day ("Daniel Honan on November 8, 2012, 12:00 AM"), read as a byline. */
function timedByline(state: EssayState, block: Block): Extract<Verdict, { kind: 'meta' }> | null {
  if (!isCommentHeader(block.plain)) return null;
  const date = findDate(block.plain);
  if (!date || date.iso.length < 'YYYY-MM-DD'.length) return null;
  const before = block.plain.slice(0, block.plain.indexOf(date.match)).trimEnd().split(/\s+/);
  while (before.length && WEEKDAY_NAME.test(before.at(-1) as string)) before.pop();
  const name = before.join(' ').replace(/\s+(?:on|at)?\s*[,|·•-]?\s*$/i, '');
  const authors = name ? writersAlone(makeBlock('paragraph', [{ text: name, line: block.lines.start }]), state.vocabulary) : null;
  return authors ? { kind: 'meta', date: date.iso, authors } : null;
}

/** Blocks below a name read for it again. */
const NAMED_BELOW_REACH = 200;

/** Block `index`'s words stand again inside one of the blocks below it (not at its start, where a bio names its subject). */
function namedBelow(state: EssayState, index: number): boolean {
  const name = (state.blocks[index] as Block).plain.trim();
  const end = Math.min(state.blocks.length, index + 1 + NAMED_BELOW_REACH);
  for (let i = index + 1; i < end; i++) if ((state.blocks[i] as Block).plain.indexOf(name) > 0) return true;
  return false;
}

/** A standfirst of one sentence, short: "If you're tired of hearing about memory safety, this article is for you." */
const oneSentence = (block: Block): boolean =>
  block.kind === 'paragraph' &&
  words(block) <= SUBTITLE_MAX_WORDS &&
  endsLikeSentence(block.plain) &&
  !/[.!?…]\s+\p{Lu}/u.test(block.plain);

/** Nothing but chrome stands between the title and block `index`. */
function rightUnderTitle(state: EssayState, index: number): boolean {
  if (state.titleIndex < 0 || index <= state.titleIndex) return false;
  for (let i = state.titleIndex + 1; i < index; i++) if (state.role(i)?.kind !== 'chrome' && state.blocks[i]?.kind !== 'rule') return false;
  return true;
}

/** Running text stands between the title and block `index`. */
function sawText(state: EssayState, index: number): boolean {
  for (let i = state.titleIndex + 1; i < index; i++) if (state.role(i)?.kind !== 'chrome' && isText(state.blocks[i] as Block)) return true;
  return false;
}

function nextTextAfter(state: EssayState, from: number): boolean {
  for (let i = from; i < state.blocks.length; i++) {
    const block = state.blocks[i] as Block;
    const hint = state.hints[i];
    if (state.role(i)?.kind === 'chrome' || hint?.kind === 'chrome' || block.kind === 'rule') continue;
    return isText(block);
  }
  return false;
}

/** A sentence that speaks of the piece the reader is about to read: "In today's editorial, he shares …", "In this essay". */
const OF_THE_PIECE =
  /\b(?:today['’]s|this|the following|the present)\s+(?:\w+\s+)?(?:editorial|article|essay|piece|post|column|interview|report|paper)\b|\b(?:here|below),?\s+(?:he|she|they)\b/i;

/** A bio of one of the writers: its subject is one of them, and it says nothing of the piece. */
function isWritersBio(text: string, authors: readonly string[]): boolean {
  const subject = bioSubject(text);
  return subject !== null && authors.some((author) => matchKey(author) === matchKey(subject)) && !OF_THE_PIECE.test(text);
}
