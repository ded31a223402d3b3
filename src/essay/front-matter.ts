import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { BriefdeckError } from '../errors.js';
import { ROLE_LINE, withoutNoteMarks, withoutOffice } from './authors.js';
import { splitLines } from './blocks.js';
import { findDate } from './dates.js';
import { decodeEntities } from './html.js';

/**
 * Front matter of Jekyll, Hugo, Eleventy and note-taking apps: YAML between `---` lines or
 * simple TOML between `+++` lines. Each value keeps the line it was found on. The block's lines
 * are blanked, not removed, so the line numbers of the rest stay true.
 */
export interface FrontMatter {
  title?: { value: string; line: number };
  subtitle?: { value: string; line: number };
  authors?: { value: string[]; line: number };
  date?: { value: string; line: number };
  publication?: { value: string; line: number };
  category?: { value: string; line: number };
  /** The page's address (`source`, `url`), to tell a site named as author from a person. */
  url?: { value: string; line: number };
}

type Field = keyof FrontMatter;

/** A link's label where a summary should be: "Read more...", "Continue reading →". */
const LINK_LABEL = /^(?:read more|continue reading|more)\s*(?:\.{3}|…|→|»|>)?$/i;

/**
 * Keys read for each field, best first (compared in lower case without `_` and `-`, so
 * `post_author`, `postAuthor` and `post-author` are one key): a later key only fills a field no earlier key filled.
 * A page's printed headline beats its `title` (often an SEO title); a publication date beats
 * `date` (often the last edit); `created` is when a note app saved the page, not a date of the essay,
 * unless it is a count of seconds, a CMS's record (below).
 */
const KEYS: Array<[Field, string[]]> = [
  // (WordPress exports write `post_title`, `post_date`, `post_excerpt`.)
  // (And in French, German, Spanish, Portuguese and Italian sites' front matter: `titre`, `titel`, `título`, `titolo`.)
  [
    'title',
    ['headline', 'postheader', 'displaytitle', 'title', 'posttitle', 'name', 'subject', 'titre', 'titel', 'titulo', 'título', 'titolo'],
  ],
  [
    'subtitle',
    // (`lead` and `subhead` as some sites' front matter names the standfirst: Laws.Africa's, Abhi Nemani's.)
    [
      'subtitle',
      'dek',
      'deck',
      'standfirst',
      'lede',
      'lead',
      'subhead',
      'subheading',
      // (In German, French and Spanish sites' front matter: `einleitung`, `untertitel`, `chapo`, `sous-titre`, `entradilla`.)
      'einleitung',
      'untertitel',
      'unterzeile',
      'soustitre',
      'chapo',
      'chapeau',
      'subtitulo',
      'entradilla',
      'description',
      // (`desc`, as short: azdavis.net's "An email sent to my city council in support of more housing.")
      'desc',
      'excerpt',
      'postexcerpt',
      'summary',
      'abstract',
      'teaser',
      'short',
      // (`résumé`, `resumen`, `resumo`, `zusammenfassung`, `riassunto`: a summary's key in the deck's other languages.)
      'résumé',
      'resume',
      'resumen',
      'resumo',
      'zusammenfassung',
      'riassunto',
    ],
  ],
  [
    'authors',
    [
      'authors',
      'author',
      'postauthor',
      'postauthors',
      'articleauthor',
      'by',
      'byline',
      'creators',
      'creator',
      'writers',
      'writer',
      // (German, French, Spanish: `autorin: Cecilia Rikap, Aline Blankertz`, `auteur`, `autores`.)
      'autor',
      'autorin',
      'autoren',
      'autorinnen',
      'verfasser',
      'verfasserin',
      'auteur',
      'auteurs',
      'autrice',
      'autora',
      'autores',
    ],
  ],
  // (Any way of naming the day of publication: `publishedDate`, `publication_date`, `published_on`, Dublin Core's `issued`.
  // Hugo's `publishDate` only after `date`: it says when the page may go out, `date` is the day the page prints.)
  [
    'date',
    [
      'published',
      'publishedat',
      'publisheddate',
      'publishedon',
      'publicationdate',
      'datepublished',
      'pubdate',
      'issued',
      'date',
      'publishdate',
      'postdate',
      'postedon',
      'postedat',
      // (German, French, Spanish: `datum`, `datepublication`, `fecha`.)
      'datum',
      'veroeffentlicht',
      'datepublication',
      'fecha',
    ],
  ],
  ['publication', ['publication', 'publisher', 'newslettername', 'sitename', 'site', 'blog', 'journal', 'magazine', 'outlet']],
  ['category', ['category', 'categories']],
  ['url', ['source', 'url', 'link', 'canonical', 'canonicalurl', 'originalurl']],
];

/** `[[Jane Doe]]` or `[[people/jane-doe|Jane Doe]]` (wiki links of note apps), `[Jane Doe](https://…)` → the shown text. */
function unlink(text: string): string {
  return text
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .trim();
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return unlink(value).trim() || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

/** How a site writes a name in its files' names and addresses: `jane-doe`, `audrey.guillon`, `piotr`. */
const SLUG = /^[\p{Ll}\d]+(?:[-_.][\p{Ll}\d]+)*$/u;
/** A path to a file or folder of the site's, not an address: parts between slashes, no space, no scheme. */
const SITE_PATH = /^[^\s:]*\/[^\s:]*$/;
/** A page's file ending, or an index page's whole name: what a path's last part says of the file, not of the writer. */
const FILE_ENDING = /(?:^index)?\.(?:md|markdown|html?|ya?ml|json|toml)$/i;

/**
 * A writer named by the path to their own page in the site's files, as a Jekyll collection or a Hugo taxonomy lists
 * them (`_authors/carolyn-reynolds.md`, `/authors/jane-doe/`, `authors/jane-doe/index.md`): its slug, `carolyn-reynolds`.
 */
function ownPageSlug(name: string): string {
  if (!SITE_PATH.test(name)) return name;
  const parts = name.split('/').filter((part) => part && !/^index\.[^.]+$/i.test(part));
  const slug = (parts.at(-1) ?? '').replace(FILE_ENDING, '');
  return SLUG.test(slug) ? slug : name;
}

/**
 * `jane-doe` → `Jane Doe`, `piotr` → `Piotr`, `audrey.guillon` → `Audrey Guillon` (beta.gouv.fr's "prénom.nom"), `j.doe` →
 * `J. Doe`: a slug is all a page gave, and a slug is not how a name is written.
 */
function readableName(name: string): string {
  const cleaned = ownPageSlug(
    name
      .replace(/\s*<[^>]*>\s*/g, ' ')
      .replace(/^@/, '')
      .trim(),
  );
  if (SLUG.test(cleaned) && /\p{L}/u.test(cleaned)) {
    return cleaned
      .split(/[-_.]/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1) + (part.length === 1 && /\p{L}/u.test(part) ? '.' : ''))
      .join(' ');
  }
  return cleaned;
}

/** A site's account rather than a writer: WordPress's "admin", a CMS's "guest" or "editor". */
const SITE_ACCOUNT = /^(?:admin|administrator|webmaster|root|editor|guest|user|anonymous|unknown)$/i;

/** A label of a few words before a colon, over the names it introduces. */
const AUTHORS_LABEL = /^[^:,]{1,60}:\s+(?=\S)/;

/** What follows a bar after a name: the writer's team or institution. */
const AFTER_BAR = /\s+\|\s+.*$/;

/** "A and B", "A, B and C", "A & B" → the names; a list is taken as it is. */
export function authorList(value: unknown): string[] {
  const entries = Array.isArray(value) ? value : [value];
  return (
    entries
      .map((entry) => (entry && typeof entry === 'object' && 'name' in entry ? (entry as { name: unknown }).name : entry))
      .map(scalarText)
      .filter((name): name is string => name !== null)
      // (A label over the names goes: "Integrity Institute collaborators: Alex Rosenblatt, …".)
      .map((name) => name.replace(AUTHORS_LABEL, ''))
      // (So does the team or institution after a bar: "Nick Eng | DSSG".)
      .map((name) => name.replace(AFTER_BAR, ''))
      .flatMap((name) => (Array.isArray(value) ? [name] : name.split(/\s*(?:,\s*and\s+|,|;|&|\band\b)\s*/i)))
      .map(readableName)
      // (So does a mark pointing to a note on the writer: "Camerino Eleazar Márquez Madrid*".)
      .map(withoutNoteMarks)
      // (An office or degree before the name is none of it: "Prof. Dr. Marc Debus".)
      .map(withoutOffice)
      // ("author: Josh Aas, ISRG Executive Director": the role after the comma is no second author;
      // "author: admin", a site's account, is nobody.)
      .filter((name) => /\p{L}/u.test(name) && !ROLE_LINE.test(name) && !SITE_ACCOUNT.test(name))
  );
}

/** An ISO date (`YYYY-MM-DD`) of a front matter value: ISO with time and zone, or a written date. */
function isoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (iso) return iso[0];
  // "09-29-2022", month first; "26-06-2015", day first, as its first number past 12 says; "2022/09/29" and
  // "September 29, 2022" as findDate reads them.
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(value);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const [month, day] = first <= 12 ? [first, second] : [second, first];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return `${numeric[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return findDate(value)?.iso ?? null;
}

/** Front matter keys and values, each with its 1-based line in the file. */
type Entries = Array<{ key: string; value: unknown; line: number }>;

/**
 * The YAML with each line that goes on a flow collection (`[` … `]`, `{` … `}`) or a quoted string
 * and starts no further in than the line that opened it moved in past that line; null when no line
 * moved. The YAML spec wants those lines indented, but js-yaml (gray-matter: Gatsby, Eleventy,
 * Astro) reads them anyway, and sites write front matter for it: `specs: [` / `"508 compliance",` /
 * `]`; `teaser: "Workshop fees to increase …` / `with organization sustainability"`. Only spaces
 * are added, so every line keeps its number.
 */
function indentContinuedLines(yamlText: string): string | null {
  let depth = 0;
  let quote: '"' | "'" | null = null;
  let openerIndent = 0;
  let moved = false;
  const lines = splitLines(yamlText).map((line) => {
    const continued = depth > 0 || quote !== null;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (!continued) openerIndent = indent;
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i];
      if (quote === '"' && char === '\\') i += 1;
      else if (quote !== null) {
        if (char === quote) quote = null;
      } else if (char === '#' && (i === 0 || line[i - 1] === ' ')) break;
      // A quote opens a string at the start of a value only: "it's" in a plain value is an apostrophe.
      else if ((char === '"' || char === "'") && /(?:^|[:[{,-])\s*$/.test(line.slice(0, i))) quote = char;
      else if (char === '[' || char === '{') depth += 1;
      else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
    }
    if (!continued || line.trim() === '' || indent > openerIndent) return line;
    moved = true;
    return `${' '.repeat(openerIndent + 2 - indent)}${line}`;
  });
  return moved ? lines.join('\n') : null;
}

/** A top-level key and a plain value, one that opens with no quote, bracket or YAML sign, holding ": ". */
const PLAIN_VALUE_WITH_COLON = /^([A-Za-z_][\w.-]*):[ \t]+([^\s"'[{|>&*!%@`#][^\n]*?:[ \t][^\n]*?)[ \t]*$/;

/**
 * The YAML with each top-level plain value that holds ": " put in double quotes; null when none
 * was. YAML reads "title: Ten Years: Lessons Learned" as a mapping inside a value and fails, but
 * the writer meant a title, as every reader of the page sees it. Each line keeps its number.
 */
function quoteValuesWithColons(yamlText: string): string | null {
  let changed = false;
  const lines = splitLines(yamlText).map((line) => {
    const match = PLAIN_VALUE_WITH_COLON.exec(line);
    if (!match) return line;
    changed = true;
    return `${match[1]}: "${(match[2] as string).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return changed ? lines.join('\n') : null;
}

function yamlEntries(yamlText: string, path: string): Entries {
  let counter = new LineCounter();
  // maxAliasCount bounds alias expansion: a "billion laughs" document fails instead of filling memory.
  // A key written twice is how Jekyll's own reader takes it: the last one counts, no error.
  const options = { prettyErrors: false, uniqueKeys: false } as const;
  let doc = parseDocument(yamlText, { ...options, lineCounter: counter });
  const error = doc.errors[0];
  const indented = error ? indentContinuedLines(yamlText) : null;
  if (indented !== null) {
    const retryCounter = new LineCounter();
    const retry = parseDocument(indented, { ...options, lineCounter: retryCounter });
    if (retry.errors.length === 0) [doc, counter] = [retry, retryCounter];
  }
  // (Then a colon inside a plain value, the commonest slip of a hand-written title: "title: The First Ten Years: Lessons Learned".)
  const quoted = doc.errors.length > 0 ? quoteValuesWithColons(yamlText) : null;
  if (quoted !== null) {
    const retryCounter = new LineCounter();
    const retry = parseDocument(quoted, { ...options, lineCounter: retryCounter });
    if (retry.errors.length === 0) [doc, counter] = [retry, retryCounter];
  }
  if (doc.errors.length > 0 && error) {
    const position = counter.linePos(error.pos[0]);
    throw new BriefdeckError(`invalid YAML front matter: ${error.message.split('\n')[0]}`, {
      file: path,
      line: position.line + 1, // the YAML starts on the file's second line
      column: position.col,
      hint: 'Fix the YAML between the two `---` lines at the top of the file, or remove it.',
    });
  }
  if (!isMap(doc.contents)) return [];
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (caught) {
    throw new BriefdeckError(`invalid YAML front matter: ${(caught as Error).message}`, {
      file: path,
      line: 2,
      hint: 'Fix the YAML between the two `---` lines at the top of the file, or remove it.',
    });
  }
  return doc.contents.items.flatMap((pair) => {
    if (!isScalar(pair.key)) return [];
    const key = String(pair.key.value);
    // +1: the YAML starts on the file's second line; linePos is 1-based already.
    return [{ key, value: data[key], line: counter.linePos(pair.key.range?.[0] ?? 0).line + 1 }];
  });
}

/** Hugo's TOML front matter, as far as a page's metadata needs it: `key = "text"`, `key = ["a", "b"]`, dates. */
function tomlEntries(lines: readonly string[]): Entries {
  const entries: Entries = [];
  lines.forEach((line, i) => {
    const match = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$/.exec(line);
    if (!match?.[1] || match[2] === undefined) return;
    const raw = match[2];
    const strings = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
    const value = raw.startsWith('[') ? strings : (strings[0] ?? raw);
    entries.push({ key: match[1], value, line: i + 2 });
  });
  return entries;
}

/** A name of an organisation, not a person: "American Enterprise Institute", "GOV.UK Team", "The Editors". */
/** Words that make a name an organisation's: "European Space Agency", "Center for Drug Evaluation and Research". */
export const ORGANISATION =
  /\b(?:institute|institution|foundation|center|centre|university|college|association|council|agency|department|ministry|office|inc|ltd|llc|corporation|company|team|staff|editors|editorial|press|society|network|initiative|committee|commission|bureau|government|coalition|alliance|partnership|trust|fund|federation|union|organi[sz]ation|programme|program)\b/i;

function fields(entries: Entries): FrontMatter {
  const front: FrontMatter = {};
  let organisation: { value: string; line: number } | undefined;
  const byKey = new Map(entries.map((entry) => [entry.key.toLowerCase().replace(/[-_]/g, ''), entry]));
  for (const [field, keys] of KEYS) {
    for (const key of keys) {
      const entry = byKey.get(key);
      if (!entry || front[field]) continue;
      const { value, line } = entry;
      if (field === 'authors') {
        const names = authorList(value);
        // A clipper or a CMS may give the site as the author ("[[American Enterprise Institute - AEI]]"):
        // an organisation is the publication, and the piece names no person.
        // (A brand written as one word with an inner capital, "GovFresh", is no person either.)
        const people = names.filter((name) => !ORGANISATION.test(name) && !/^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(name));
        if (people.length > 0) front.authors = { value: people, line };
        else if (names[0]) organisation ??= { value: names[0], line };
        continue;
      }
      const raw = Array.isArray(value) ? scalarText(value[0]) : scalarText(value);
      // Templates often write quotes and dashes in titles as character references ("&#8217;", "&#147").
      const text = raw && decodeEntities(raw);
      // ("description: undefined": a template's empty value written out; "summary: Read more...", a link's label.)
      if (!text || /^(?:undefined|null|none|n\/a)$/i.test(text.trim()) || (field === 'subtitle' && LINK_LABEL.test(text.trim()))) continue;
      if (field === 'date') {
        const iso = isoDate(text);
        if (iso) front.date = { value: iso, line };
      } else if (field === 'url' || !/^https?:\/\//i.test(text)) {
        // A web address is where the page came from, never its title or publication.
        // (A field's value is Markdown: a summary may hold a heading's marks, "excerpt: >" / "## Peux-tu te présenter ?".)
        front[field] = {
          value: field === 'url' ? text : withoutInlineTags(withoutEmphasis(text.replace(/^[ \t]*#{1,6}[ \t]+/gm, ''))),
          line,
        };
      }
    }
  }
  if (organisation && !front.publication) front.publication = organisation;
  // (Any other key that names a moment of the post, "occurred_at: 2018-04-28", "posted_date", dates it when no key
  // above did; not a record of its making or editing: "created_at", "updated_at", "last_modified".)
  if (!front.date) {
    for (const [key, { value, line }] of byKey) {
      if (!/(?:date|at|on)$/.test(key) || /^(?:created|updated|modified|edited|last|expir|review|start|end)/.test(key)) continue;
      const text = scalarText(Array.isArray(value) ? value[0] : value);
      const iso = text ? isoDate(text) : null;
      if (iso) {
        front.date = { value: iso, line };
        break;
      }
    }
  }
  // (A CMS's record of when the post was made, moved with it into a static site as seconds since 1970:
  // Drupal's "created: 1429789064". A note app writes the day it saved a page as a date, which stays unread.)
  const created = byKey.get('created');
  if (!front.date && created && /^\d{9,10}$/.test(String(created.value).trim()))
    front.date = { value: new Date(Number(created.value) * 1000).toISOString().slice(0, 'YYYY-MM-DD'.length), line: created.line };
  return front;
}

/** Emphasis marks written in a field's value as in the text: "Reporting on the March *AI and The Carpentries* community discussion sessions". */
const EMPHASIS = /(\*\*|__|\*|_|`)(?=\S)([^*_`\n]*?\S)\1(?![\p{L}\d])/gu;
const withoutEmphasis = (text: string): string => (/[*_`]/.test(text) ? text.replace(EMPHASIS, '$2') : text);

/** Inline HTML a template writes into a field's value: "Data Carpentry Instructor Certification <br>for Software Carpentry Instructors". */
const INLINE_TAG = /\s*<\/?(?:br|wbr|em|strong|i|b|u|span|small|sup|sub|mark|a)\b[^<>]*>\s*/gi;
/** (A line break, or a tag with a space beside it, parts words; a tag inside a word, "<em>Re</em>think", does not.) */
const withoutInlineTags = (text: string): string =>
  text.includes('<') ? text.replace(INLINE_TAG, (tag) => (/^\s|\s$|^<w?br\b/i.test(tag) ? ' ' : '')).trim() : text;

/** Splits front matter off the top of the text; returns the text with those lines blanked. */
export function splitFrontMatter(
  text: string,
  path: string,
  /** The text's lines (`splitLines(text)`), when the caller has them already. */
  lines: readonly string[] = splitLines(text),
): { body: string; front: FrontMatter; lines: number } {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return metadataHeader(lines, text);
  const close = lines.findIndex((line, i) => i > 0 && (fence === '---' ? /^(---|\.\.\.)\s*$/ : /^\+\+\+\s*$/).test(line));
  if (close < 0) return { body: text, front: {}, lines: 0 };
  const inner = lines.slice(1, close);
  const entries = fence === '---' ? yamlEntries(inner.join('\n'), path) : tomlEntries(inner);
  const blanked = lines.map((line, i) => (i <= close ? '' : line));
  return { body: blanked.join('\n'), front: fields(entries), lines: close + 1 };
}

/** A metadata header's first line names the post: "Title: Where is the World headed to?". */
const METADATA_FIRST = /^[A-Za-z][\w-]{0,30}\s*:\s*\S/;
/** …of which one names the title, the date or the writer (Kirby's "Type: article" / "Template: article" / "Title: Kenya"). */
const METADATA_KNOWN = /^(?:title|date|author|authors)$/i;
/** A field of a metadata header: "Key: value". */
const METADATA_FIELD = /^([A-Za-z][\w -]{0,30}?)\s*:\s*(.*?)\s*$/;
/** Fields a metadata header holds at least, unless its one field is the title ("Title: …" over a blank line, Pelican's least). */
const METADATA_MIN_FIELDS = 2;

/**
 * Pelican's and MultiMarkdown's metadata: "Key: value" lines at the top of the file, without
 * fences, down to the first blank line ("Title: …" / "Date: 2021-10-03 14:51" / "Author: …").
 */
function metadataHeader(lines: readonly string[], text: string): { body: string; front: FrontMatter; lines: number } {
  const none = { body: text, front: {}, lines: 0 };
  // (Nikola writes each field as a reStructuredText comment, ".. title: …", in an HTML comment or not.)
  const commented = lines[0]?.trim() === '<!--';
  const first = commented ? 1 : 0;
  const unmarked = (line: string): string => linkCommentField(line) ?? line.replace(NIKOLA_FIELD, '');
  if (!METADATA_FIRST.test(unmarked(lines[first] ?? ''))) return none;
  const end = commented ? lines.findIndex((line, i) => i > 0 && line.trim() === '-->') : lines.findIndex((line) => line.trim() === '');
  const header = lines.slice(first, end < 0 ? lines.length : end);
  const entries: Entries = [];
  for (const [i, raw] of header.entries()) {
    // (A Nikola field with no value, ".. tags: ", is left empty: no field is written.)
    if (NIKOLA_EMPTY.test(raw) || LINK_COMMENT_EMPTY.test(raw)) continue;
    const line = unmarked(raw);
    const field = METADATA_FIELD.exec(line);
    if (field?.[1] && field[2] !== undefined) entries.push({ key: field[1].trim(), value: field[2], line: first + i + 1 });
    else if (/^\s/.test(line) && entries.length > 0) (entries.at(-1) as { value: unknown }).value += ` ${line.trim()}`;
    else return none;
  }
  const titleAlone = entries.length === 1 && /^title$/i.test(entries[0]?.key ?? '');
  if ((entries.length < METADATA_MIN_FIELDS && !titleAlone) || end < 0 || !entries.some(({ key }) => METADATA_KNOWN.test(key))) return none;
  const last = commented ? end + 1 : end;
  return { body: lines.map((line, i) => (i < last ? '' : line)).join('\n'), front: fields(entries), lines: last };
}
/**
 * A field written as a Markdown link reference that no reader sees, a comment: "[#]: author: (Jane Doe
 * https://example.org/users/jdoe)" (the LCTT translation project's header), "[//]: # (author: Jane Doe)". Read as
 * "author: Jane Doe"; an address after the value is the writer's page, not their name.
 */
function linkCommentField(line: string): string | null {
  const field = LINK_COMMENT_KEYED.exec(line) ?? LINK_COMMENT_TITLED.exec(line);
  return field?.[1] && field[2] !== undefined ? `${field[1]}: ${field[2].replace(/\s+https?:\/\/\S+$/, '').trim()}` : null;
}
/** "[#]: key: (value)". */
const LINK_COMMENT_KEYED = /^\[(?:#|\/\/|comment)\]:\s*([A-Za-z][\w-]{0,30}):\s*\((.*)\)\s*$/;
/** "[//]: # (key: value)". */
const LINK_COMMENT_TITLED = /^\[(?:#|\/\/|comment)\]:\s*(?:#|<>)\s*\(\s*([A-Za-z][\w-]{0,30})\s*:\s*(.*?)\)\s*$/;
/** Such a field left empty: "[#]: translator: ( )". */
const LINK_COMMENT_EMPTY = /^\[(?:#|\/\/|comment)\]:\s*[A-Za-z][\w-]{0,30}:\s*\(\s*\)\s*$/;
/** Nikola's field mark: ".. title: …". */
const NIKOLA_FIELD = /^\.\.\s+(?=[A-Za-z])/;
/** A Nikola field left empty: ".. tags: ", ".. link:". */
const NIKOLA_EMPTY = /^\.\.\s+[A-Za-z][\w-]*\s*:\s*$/;

/** The site a web address names, without `www.` and the top-level domain: `theatlantic`. */
export function siteName(url: string): string | null {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return null;
  const parts = host.replace(/^www\./, '').split('.');
  return parts.length >= 2 ? (parts.at(-2) ?? null) : (parts[0] ?? null);
}
