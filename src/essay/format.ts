import type { EssayFormat } from '../types.js';

/**
 * Plain text copied from a page, or Markdown? Decided by the content, whatever the file's
 * extension: people save Markdown as `.txt` and page copies as `.md`. Markdown shows itself by
 * syntax a page copy does not have; each kind of sign counts once, so one stray `**` or a line
 * starting with `#` does not turn a page copy into Markdown.
 */

interface Sign {
  name: string;
  /** Global: its matches are counted. */
  pattern: RegExp;
  weight: number;
  /** Matches needed before the sign counts: a page copy may hold one `*…*` or a quoted `<a>`. */
  times: number;
  /** Whether the text's matches count, when more than their number decides (see ATX headings). */
  when?: (text: string) => boolean;
}

/**
 * Four short lines or more set line under line, each starting with a capital or a figure and ending
 * with none of a sentence's stops (not a list's items, nor prose wrapped short, nor a stylesheet,
 * nor a poem's lines each broken with a tag, "Di asfalto e di volontà tenace<br />": a page copy has no tags).
 */
const MENU_LINES = /(?:^(?!\d+[.)]\s)[\p{Lu}\d][^\n]{0,38}[^\n.,;:!?{}>]\n){4,}/gmu;

/** A heading's text after its "#"s, and no command or code under it ("# Mini-SGLang" / "python -m …"). */
const ATX_TEXT = ' +[^\\s\\p{Ll}].*$(?!\\r?\\n(?:\\$ |\\.\\/|\\p{Ll}[\\w.-]*\\s+--?\\w))';
/** A line starting with "#" and a space, as Markdown heads a part. */
const ATX_HEADING = new RegExp(`^#{1,6}${ATX_TEXT}`, 'gmu');
/** The same, of a part's level ("##" to "######"). */
const ATX_SUBHEADING = new RegExp(`^#{2,6}${ATX_TEXT}`, 'mu');
/** The same on the text's first line, as Markdown heads its title. */
const ATX_FIRST_LINE = /^\uFEFF?(?:[ \t]*\r?\n)*#{1,6} +[^\s\p{Ll}]/u;

/**
 * "#" headings are proof of Markdown as Markdown uses them: two or more, a part's "##", or the title
 * on the first line. One "#" line further down is a weak sign: a page copy's "# 15th Dec 2025•backlinks•…"
 * under its text.
 */
const atxAsMarkdown = (text: string): boolean =>
  (text.match(ATX_HEADING)?.length ?? 0) >= 2 || ATX_SUBHEADING.test(text) || ATX_FIRST_LINE.test(text);

/** A strong sign alone is conclusive; weak ones (worth 1) must agree. */
const MARKDOWN_SCORE = 3;

const SIGNS: readonly Sign[] = [
  // (A line at the margin may go on a flow list or map, as js-yaml reads it: `specs: [` / `"508 compliance",` / `]`.)
  {
    name: 'front matter',
    pattern:
      /^\uFEFF?(?:---[ \t]*\r?\n(?:[ \t]*[\w-]+[ \t]*:.*\r?\n|[ \t]*(?:-|#).*\r?\n|[ \t]+\S.*\r?\n|["'[\]{}].*\r?\n|[ \t]*\r?\n)*?---[ \t]*(?:\r?\n|$)|\+\+\+[ \t]*\r?\n[\s\S]*?\n\+\+\+[ \t]*(?:\r?\n|$))/g,
    weight: 3,
    times: 1,
  },
  // Pelican's, Kirby's or MultiMarkdown's metadata: "Key: value" lines at the top, one of them a title, a date or a writer,
  // down to a blank line ("Type: article" / "Template: article" / "Title: Kenya" / "Date: 2014-12-01 10:03" / …);
  // Nikola's, each line a reStructuredText comment (".. title: …" / ".. date: …"), in an HTML comment or not.
  {
    name: 'a metadata header',
    pattern:
      /^\uFEFF?(?:<!--[ \t]*\r?\n)?(?=(?:(?:\.\.[ \t]+)?[A-Za-z][\w-]{0,30}[ \t]*:.*\r?\n)*?(?:\.\.[ \t]+)?(?:title|date|author)[ \t]*:[ \t]*\S)(?:(?:\.\.[ \t]+)?[A-Za-z][\w-]{0,30}[ \t]*:.*\r?\n){3,}(?:[ \t]*|-->[ \t]*)\r?\n/gi,
    weight: 3,
    times: 1,
  },
  // (Not a line a page copy starts with "#": a table's "#" column, "#\tCompany\tYear"; a code comment, "# initialize git",
  // or one over the command it explains, "# Mini-SGLang" / "python -m minisgl --model …".)
  { name: 'ATX headings', pattern: ATX_HEADING, weight: 3, times: 1, when: atxAsMarkdown },
  { name: 'an ATX heading', pattern: ATX_HEADING, weight: 1, times: 1, when: (text) => !atxAsMarkdown(text) },
  { name: 'inline links', pattern: /\[[^\]\n]+\]\((?:https?:\/\/|\/|\.{0,2}\/|#|mailto:)[^)\s]*(?:\s+"[^"]*")?\)/g, weight: 3, times: 1 },
  { name: 'link definitions', pattern: /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+/gm, weight: 3, times: 1 },
  { name: 'excerpt marker', pattern: /<!--\s*more\s*-->|<\/?excerpt\s*\/?>/gi, weight: 3, times: 1 },
  { name: 'strong emphasis', pattern: /(?:^|[\s(])(?:\*\*[^*\n]+\*\*|__[^_\n]+__)(?=[\s.,;:!?)]|$)/gm, weight: 1, times: 2 },
  { name: 'emphasis', pattern: /(?:^|\s)(?:_[^_\s][^_\n]*_|\*[^*\s][^*\n]*\*)(?=[\s.,;:!?]|$)/gm, weight: 1, times: 3 },
  { name: 'HTML', pattern: /<(?:p|div|br|img|figure|strong|em|span|sup|iframe|a(?=\s+href))\b[^>]*>/gi, weight: 1, times: 3 },
  { name: 'fenced code', pattern: /^(?:```|~~~)/gm, weight: 1, times: 2 },
  { name: 'template tags', pattern: /\{\{[<%]|\{%\s|\{::/g, weight: 1, times: 1 },
  // A sign of a page copy, against: a menu's entries, line under line, which Markdown would run
  // into one paragraph. Then one "#" line is no longer proof: "# Your Wi-Fi SSID and password" is
  // a listing's comment in a page copy under "Skip to content" / "Derek Seaman's Tech Blog" / "Home" / ….
  { name: 'but menu lines of a page copy', pattern: MENU_LINES, weight: -2, times: 1 },
];

export interface FormatDecision {
  format: EssayFormat;
  /** The signs of Markdown found, then a page copy's against them, for `briefdeck outline` to say why. */
  signs: string[];
}

export function detectFormat(text: string): FormatDecision {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const matched = SIGNS.filter((sign) => (sample.match(sign.pattern)?.length ?? 0) >= sign.times && (sign.when?.(sample) ?? true));
  // (Front matter opens no page copy: a copy's short lines, a poem's or a list of slogans set line under
  // line ("Short-form. Fast fashion.  " / "Raise, ship, flip, repeat."), weigh nothing against it.)
  const found = matched.some((sign) => sign.name === 'front matter') ? matched.filter((sign) => sign.weight > 0) : matched;
  // (A page copy's sign is said only against a sign of Markdown: alone, it decides nothing.)
  const signs = found.some((sign) => sign.weight > 0) ? found : [];
  const score = signs.reduce((sum, sign) => sum + sign.weight, 0);
  return { format: score >= MARKDOWN_SCORE ? 'markdown' : 'text', signs: signs.map((sign) => sign.name) };
}
