import MarkdownIt, { type Token } from 'markdown-it';
import type { RemovalReason } from '../types.js';
import { type Block, GLYPH_ITEM, makeBlock, markListItem } from './blocks.js';
import { htmlText, MARKDOWN_LINK } from './html.js';
import { matchKey } from './text.js';

/** The parser of Markdown essays (exported for the tests, which compare it with markdown-it's own inline rule). */
export const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
// A link or a picture is read for its text, never followed or shown: one to a "file:" or "javascript:" address is a link
// all the same ("![-)][1]" over "[1]: file:///C:/Users/…/icon_smile.gif", a smiley a blog export left), not text.
md.validateLink = () => true;

/**
 * The characters at which one of markdown-it's inline rules can match, as configured above (no
 * linkify): a newline, an escape, a backtick, "~", "*", "_", "[" (an image's "![" too), "<", "&".
 * Content without any is all text: the inline parser would give it as one text token, after
 * reading it a character at a time, and the post-processing rules leave that token as it is.
 */
const INLINE_MARKUP = /[\n\\`~*_[<&]/;
/** A caption set as a paragraph of its own under its picture is a line: this many words at most. */
const CAPTION_UNDER_IMAGE_MAX_WORDS = 20;

// Markdown's core rule 'inline', with that text token made directly for content without markup
// (most paragraphs of an essay): that reading was about a fifth of markdownBlocks' time on a long essay.
md.core.ruler.at('inline', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    // (The block rules give every inline token an empty list of children.)
    token.children ??= [];
    const children = token.children;
    if (token.content !== '' && !INLINE_MARKUP.test(token.content)) {
      const text = new state.Token('text', '', 0);
      text.content = token.content;
      children.push(text);
    } else state.md.inline.parse(token.content, state.md, state.env, children);
  }
});

/** Inline HTML that only formats text: dropped, its text kept. */
const FORMATTING_TAGS = new Set(
  'a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(' '),
);

/** The opening of a post embedded from a social network: Twitter/X, Instagram, TikTok, Reddit, Bluesky, Mastodon, Threads. */
const EMBEDDED_POST =
  /^\s*<(?:blockquote|div)\b[^>]*\bclass=["'][^"']*\b(?:twitter-tweet|instagram-media|tiktok-embed|reddit-card|bluesky-embed|mastodon-embed|text-post-media)\b/i;
/** Elements that embed a picture, a player or a frame: markup, whatever their attributes. */
const EMBEDDED_TAGS = new Set('audio canvas embed iframe img object picture source svg track video'.split(' '));
/** A custom element that holds a note set inline: Distill's <d-footnote>, an <x-sidenote>. */
const NOTE_ELEMENT = /^[a-z]+(?:-[a-z]+)*-(?:footnote|sidenote|note)s?$/;
/**
 * Elements that hold blocks, not words: a paragraph's stray "</p>", a figure's "</figure>", markup wherever they stand
 * in a sentence, bare as they are. (A tag a sentence may name, "<script>", "<body>", is none of them.)
 */
const BLOCK_TAGS = new Set(
  'article aside blockquote center dd div dl dt figure footer header li main nav ol p section table tbody td th thead tr ul'.split(' '),
);
/**
 * Elements set inline whose text is not the sentence's, dropped as a note set inline is: a figure's caption
 * ("…][1]<figcaption>Twitter is over capacity</figcaption></figure>"), a button's label ("<button …>Kurzfassung als PDF</button>").
 */
const ASIDE_TAGS = new Set(['figcaption', 'button']);
/** A tag with attributes or closed on itself ("<div class='x'>", "<hr/>"), unlike "<script>" named in a sentence. */
const TAG_WITH_ATTRIBUTES = /^<[a-z][a-z0-9-]*(?:\s+[a-z_:][^>]*|\s*\/)>$/i;

/**
 * Template syntax of static-site generators: Hugo shortcodes, Liquid tags, kramdown extensions and
 * attribute lists, and Pandoc's (Quarto's) attributes after an image or a span: "{width=300}",
 * "{#fig-case1 fig-alt="A line drawing of an elephant."}", "{.callout-note}".
 */
export const TEMPLATE =
  /\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}|\{::[^}]*\}|\{:[^}]*\}|\{\{[\s\S]*?\}\}|\{[#.][\w:-]+(?:\s[^{}\n]*)?\}|\{[\w-]+=[^{}\n]*\}/g;
/** An excerpt marker or another comment. */
const COMMENT = /<!--[\s\S]*?-->|<\/?excerpt\s*\/?>/gi;
/** A footnote mark in running text: `[^1]`, `[^note]`. */
const FOOTNOTE_MARK = /\[\^[^\]\s]+\](?!:)/g;
/**
 * A Pandoc citation in brackets: "[@hobbesLeviathan2008a]", "[-@milkman2021]", "[@hayekRoadSerfdom2001 p .79]",
 * "[see @a2001; @b2002]". Pandoc prints it as its author and year in brackets, which is what the reader of the page saw.
 */
const CITATION = /\[((?:[^[\]]*?[\s;])?-?@[A-Za-z_][\w:.#$%&+?<>~/-]*\d[^[\]]*)\](?!\()/g;
/** One cited key in a citation, its prefix and locator around it: "see @a2001 p. 3", "-@milkman2021". */
const CITED = /^(.*?)(-?)@([A-Za-z0-9_][\w:.#$%&+?<>~/-]*)(.*)$/;

/** "hayekRoadSerfdom2001" → "Hayek 2001", "milkman2021a" → "Milkman 2021a": a key's author and year, as Pandoc prints them. */
function keyText(key: string, authorShown: boolean): string {
  // (The author's name ends where the title's first capital starts: "olsonLogicCollectiveAction1971".)
  const name = /^[A-Za-z][a-z]*/.exec(key)?.[0] ?? key;
  const year = /(\d{4}[a-z]?)(?![\d])/.exec(key)?.[1] ?? '';
  const author = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
  return [authorShown ? author : '', year].filter(Boolean).join(' ') || key;
}

/** A bracketed Pandoc citation as Pandoc prints it: "[@hayekRoadSerfdom2001 p. 79]" → "(Hayek 2001, p. 79)". */
function citationText(inner: string): string {
  const cites = inner.split(';').map((part) => {
    const match = CITED.exec(part.trim());
    if (!match) return part.trim();
    const [, prefix = '', suppress = '', written = '', rest = ''] = match;
    // (A key ends before the punctuation after it: "@a2001, p. 3", "@b2002.")
    const key = written.replace(/[.:,/-]+$/, '');
    const locator = `${written.slice(key.length)}${rest}`.replace(/^[\s.,:]+/, '').trim();
    return [prefix.trim(), [keyText(key, suppress !== '-'), locator].filter(Boolean).join(', ')].filter(Boolean).join(' ');
  });
  return `(${cites.join('; ')})`;
}

/**
 * The body with its Pandoc citations printed as Pandoc prints them, line numbers kept: a citation written over two
 * lines ("[see" / "@niskanenPeculiarEconomicsBureaucracy1968]") is printed on its first, the line breaks after it.
 * (A key holds a figure, its year: "[@types/node]" in a sentence about packages is no citation.)
 */
function printedCitations(body: string): string {
  return body.replace(
    CITATION,
    (match: string, inner: string) => citationText(inner.replace(/\s+/g, ' ')) + '\n'.repeat(match.split('\n').length - 1),
  );
}

/** A footnote's own text: `[^1]: …`. */
const FOOTNOTE = /^\[\^[^\]]+\]:/;

interface Line {
  text: string;
  line: number;
}

interface Inline {
  /** The text by line; a hard break starts a new piece (`pieces`), a soft break a new line. */
  pieces: Line[][];
  boldLead?: string;
  /** Each piece: all its text is bold or emphasised. */
  emphasised: boolean[];
  /** The paragraph is only images and links to them. */
  imagesOnly: boolean;
  /** The paragraph opens with an image on a line of its own: the text under it is the picture's caption when emphasised. */
  underImage?: boolean;
}

/** Bold marks round punctuation alone, which markdown-it leaves as text: "begun**.**", "__,__". */
const MARKED_PUNCTUATION = /(\*\*|__)(\p{P}+)\1/gu;
/**
 * Asterisks of bold the parser could not pair, left as text: against a space or the line's end on one side at least
 * ("**  " over "Honestly, I could not be happier for this kid** (and yes …", an export's bold split at a break). Not
 * between two words' letters or digits: "2**10".
 */
const STRAY_BOLD = /(?<=^|[\s\p{P}])\*{2,}|\*{2,}(?=[\s\p{P}]|$)/gu;
/**
 * The same of underscores, one to three, unpaired at a word's edge: "_We urge caution … _". Not inside a word,
 * "snake_case", nor a blank to fill in, "____".
 */
const STRAY_UNDERSCORES = /(?<![_\p{L}\p{N}])_{1,3}(?![_\s])|(?<![_\s])_{1,3}(?![_\p{L}\p{N}])/gu;
/**
 * A link the parser could not read, left as text: its label stands for it. "[before](\"The UK's delivery problem\")", a
 * reference shortcode's title left where its address should be.
 */
const UNREAD_LINK = /\[([^[\]]+)\]\((?:[^()\s]*|"[^"]*"|'[^']*')\)/g;
/**
 * A note's mark pasted from a word processor, its opening bracket escaped so that the parser reads no link:
 * "[\\[1]](https://…/#_ftn1)", and the note's own "[\\[1]](https://…/#_ftnref1) Según la OPS/OMS, …". It reads as the
 * mark it shows, "[1]", which the note rules know.
 */
const PASTED_NOTE_MARK = /\[(\[\d{1,3}\])\]\([^()\s]*#_ftn(?:ref)?\d{1,3}\)/g;
/** A code span that is a link and nothing else. */
const WHOLE_LINK = new RegExp(`^${MARKDOWN_LINK.source}$`);
/**
 * …or the end of one whose "[" the source lost, its address left in the sentence: "5. An](https://twitter.com/…) on
 * Twitter". (Not a whole link or image the parser left as text, "![](https://…)", nor the end of a card's link that opens
 * its paragraph, "](https://…/p/eliminating-contrails)[Hannah Ritchie](…)": passes after this one read those.)
 */
const LINK_END = /(?<=[^\s[\]])(?<!!?\[[^[\]]*)\]\((?:https?:\/\/|www\.)[^()\s]*\)/g;
/**
 * A tag with attributes the parser could not read as HTML, left as text: `<img src="…" height="80%"; style="…" />`,
 * `<a title="…" mce\_href="…">`. Prose never writes one.
 */
const UNREAD_TAG = /<[a-z][a-z0-9]*(?:\s+[a-z_:][\w:.\\-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)\s*;?)+\s*\/?>/gi;

/**
 * A text token's words without the marks the parser left in it as text: bold round a stop alone, which CommonMark cannot
 * open there ("has not begun**.**"), stray bold and underscores, links and tags it could not read. (Each pattern runs
 * only on text holding its first character.)
 */
function withoutUnreadMarks(text: string): string {
  const unmarked = /\*\*|__/.test(text) ? text.replace(MARKED_PUNCTUATION, '$2').replace(STRAY_BOLD, '') : text;
  // (Not in text that holds an address, where an underscore is the address's own: an image the parser left as text.)
  const unscored = unmarked.includes('_') && !unmarked.includes('://') ? unmarked.replace(STRAY_UNDERSCORES, '') : unmarked;
  const unlinked = unscored.includes('](')
    ? unscored.replace(PASTED_NOTE_MARK, '$1').replace(UNREAD_LINK, '$1').replace(LINK_END, '')
    : unscored;
  return unlinked.includes('<') ? unlinked.replace(UNREAD_TAG, ' ') : unlinked;
}

/**
 * Plain text of an inline token: markup, images, inline HTML and footnote marks dropped; soft
 * breaks kept as line boundaries. A hard break (two trailing spaces, a backslash) ends a piece:
 * pages saved as Markdown put one paragraph or heading on each such line.
 */
function inlineText(token: Token, firstLine: number, dropStruck = false): Inline {
  const pieces: Line[][] = [[]];
  const emphasised: boolean[] = [];
  let line = firstLine;
  let current = '';
  let boldDepth = 0;
  let boldLead: string | undefined;
  let boldBuffer = '';
  let seenText = false;
  let plainInPiece = false;
  let textInPiece = false;
  let emphasisDepth = 0;
  let images = 0;
  let words = false;
  const endLine = (): void => {
    (pieces.at(-1) as Line[]).push({ text: current, line });
    current = '';
  };
  const endPiece = (): void => {
    endLine();
    emphasised.push(textInPiece && !plainInPiece);
    pieces.push([]);
    plainInPiece = false;
    textInPiece = false;
  };
  /** Inside an inline note element (<d-footnote>…</d-footnote>): its text is a note's, not the sentence's. */
  let inNote = 0;
  /** Inside struck-through words (`~~are near me~~`), which a heading withdraws: not its title's. */
  let struck = 0;
  let previous: Token | undefined;
  for (const child of token.children ?? []) {
    if (inNote > 0 && child.type !== 'html_inline' && child.type !== 'softbreak' && child.type !== 'hardbreak') continue;
    if (dropStruck && (child.type === 's_open' || child.type === 's_close')) {
      struck = Math.max(0, struck + (child.type === 's_open' ? 1 : -1));
      continue;
    }
    if (struck > 0 && child.type === 'text') continue;
    // (A note's mark whose note is also written, "[^jacobs]" over "[^jacobs]: …", is read as a link to a reference: its
    // text, "^jacobs", is a mark all the same.)
    if (child.type === 'text' && previous?.type === 'link_open' && /^\^[^\s\]]+$/.test(child.content)) {
      previous = child;
      continue;
    }
    previous = child;
    switch (child.type) {
      case 'text':
      case 'code_inline': {
        // (A footnote mark opens with "[^": text without one is kept as it is, not scanned.)
        // (A link set in a code span, "`[VIM](http://cran.r-project.org/…)`", an R blog's package: its label.)
        const written = child.type === 'code_inline' ? (WHOLE_LINK.exec(child.content)?.[1] ?? child.content) : child.content;
        const marked = written.includes('[^') ? written.replace(FOOTNOTE_MARK, '') : written;
        const content = child.type === 'text' ? withoutUnreadMarks(marked) : marked;
        if (content.trim()) {
          textInPiece = true;
          words = true;
          if (emphasisDepth === 0 && boldDepth === 0) plainInPiece = true;
        }
        if (boldDepth > 0 && !seenText) boldBuffer += content;
        if (content.trim() && boldDepth === 0) seenText = true;
        current += content;
        break;
      }
      case 'softbreak':
        endLine();
        line += 1;
        break;
      case 'hardbreak':
        endPiece();
        line += 1;
        break;
      case 'strong_open':
        boldDepth += 1;
        break;
      case 'strong_close':
        boldDepth -= 1;
        if (boldDepth === 0 && !seenText && boldBuffer.trim()) {
          boldLead = boldBuffer.trim();
          seenText = true;
        }
        break;
      case 'em_open':
        emphasisDepth += 1;
        break;
      case 'em_close':
        emphasisDepth -= 1;
        break;
      case 'image':
        images += 1;
        break;
      case 'html_inline': {
        // Formatting tags are markup, and so are components of MDX (<Sidenote>, <Cite />: HTML has no
        // capitalised elements), custom elements (<d-cite key=…>), closing tags, and any tag written
        // with attributes or closed on itself: prose never spells those out by accident. Each is
        // set apart by a space; embedded content (<img …>, <iframe …>) counts as an image. A bare
        // tag is the author's text ("the payload is <script>…"), shown as written.
        const raw = /^<\/?([a-z][a-z0-9-]*)/i.exec(child.content)?.[1];
        const name = raw?.toLowerCase();
        const closing = child.content.startsWith('</');
        if (name && (NOTE_ELEMENT.test(name) || ASIDE_TAGS.has(name))) inNote = Math.max(0, inNote + (closing ? -1 : 1));
        if (name && EMBEDDED_TAGS.has(name)) images += 1;
        else if (
          name === 'br' ||
          (raw && /^\p{Lu}/u.test(raw)) ||
          (name &&
            !FORMATTING_TAGS.has(name) &&
            (name.includes('-') || BLOCK_TAGS.has(name) || ASIDE_TAGS.has(name) || TAG_WITH_ATTRIBUTES.test(child.content)))
        )
          current += /\s$/.test(current) ? '' : ' ';
        else if (!name || !FORMATTING_TAGS.has(name)) current += child.content;
        break;
      }
      default:
        break;
    }
  }
  endLine();
  emphasised.push(textInPiece && !plainInPiece);
  const result: Inline = { pieces, emphasised, imagesOnly: images > 0 && !words };
  if (boldLead) result.boldLead = boldLead;
  const [first, second] = token.children ?? [];
  if (first?.type === 'image' && (second?.type === 'softbreak' || second?.type === 'hardbreak')) result.underImage = true;
  return result;
}

/** A piece's lines, template syntax taken out, blank ones dropped. */
function cleanLines(lines: readonly Line[]): Line[] {
  // (Template syntax opens with "{", a comment or an excerpt marker with "<": a line with neither is not scanned.)
  // (A space where the syntax stood only between two words: "[Swarmwise](…){.extern}, but" reads "Swarmwise, but".)
  const clean = (text: string): string =>
    text.includes('{')
      ? text.replace(TEMPLATE, (syntax: string, at: number) =>
          /\S/.test(text.charAt(at - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(at + syntax.length)) ? ' ' : '',
        )
      : text;
  const uncomment = (text: string): string => (text.includes('<') ? text.replace(COMMENT, ' ') : text);
  // (Pushed, not mapped then filtered: `map` gives arrays with holes or without, as it runs optimised
  // or not, and code optimised for one kind was left on meeting the other.)
  const cleaned: Line[] = [];
  for (const part of lines) {
    const text = uncomment(clean(part.text));
    if (text.trim() !== '') cleaned.push({ ...part, text });
  }
  // (Bold marks escaped into the text, a page turned into Markdown twice: "***\*\*Satya and Pranay are … \*\****"
  // reads "**Satya and Pranay are …**". Marks around a piece are never the author's words.)
  const first = cleaned[0];
  if (first && LITERAL_MARKS_OPEN.test(first.text)) cleaned[0] = { ...first, text: first.text.replace(LITERAL_MARKS_OPEN, '') };
  const last = cleaned.at(-1);
  if (last && endsWithMark(last.text) && LITERAL_MARKS_CLOSE.test(last.text))
    cleaned[cleaned.length - 1] = { ...last, text: last.text.replace(LITERAL_MARKS_CLOSE, '') };
  return cleaned;
}

/** Two or more emphasis marks at a piece's start or end that Markdown left as text (escaped). */
const LITERAL_MARKS_OPEN = /^\s*[*_]{2,}(?=\S)/;
const LITERAL_MARKS_CLOSE = /(?<=\S)[*_]{2,}\s*$/;

/**
 * Whether the text's last character before any trailing spaces is an emphasis mark: only then can
 * LITERAL_MARKS_CLOSE match (`trimEnd` takes off what its `\s*$` does). The regex, which has no
 * anchor at its start, is otherwise tried at every character of a piece: 25 ms of a 10 MB essay.
 */
function endsWithMark(text: string): boolean {
  const last = text.trimEnd().at(-1);
  return last === '*' || last === '_';
}

/** Characters: a line this long on average is a paragraph, not a hard-wrapped line of one (wrapped at 72–80). */
const LINE_PARAGRAPH_MIN_CHARS = 120;
/** Share of such a piece's lines that end a sentence; the others are its headings. */
const LINE_PARAGRAPH_SHARE = 0.6;
const SENTENCE_END = /[.!?…:]["”’)\]]*\s*$/;

/**
 * A piece that is paragraphs one to a line with no blank line between (an email turned into
 * Markdown): long lines that each end a sentence. Each line is then a piece of its own; in a list
 * item, the lines after the first not indented under it are paragraphs run on to it by
 * Markdown's lazy continuation.
 */
function lineParagraphs(parts: readonly Line[], source: readonly string[], inItem: boolean): Array<{ parts: Line[]; item: boolean }> {
  const whole = [{ parts: [...parts], item: inItem }];
  if (parts.length < 2) return whole;
  // The lines that end no sentence are headings and list lines among the paragraphs ("2. Surge Ratio").
  const sentences = parts.filter((part) => SENTENCE_END.test(part.text));
  const mean = sentences.reduce((sum, part) => sum + part.text.length, 0) / Math.max(1, sentences.length);
  const paragraphLike =
    sentences.length >= 2 && sentences.length >= parts.length * LINE_PARAGRAPH_SHARE && mean >= LINE_PARAGRAPH_MIN_CHARS;
  if (!paragraphLike) return whole;
  return parts.map((part, k) => ({ parts: [part], item: inItem && (k === 0 || /^\s/.test(source[part.line - 1] ?? '')) }));
}

/** A tag and nothing else: "<hr>", "</div>", "<br/>". */
const LONE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*\s*\/?>$/;
/** Invisible format characters a rich-text editor leaves: the zero-width joiner, the word joiner, the byte-order mark. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Elements that never close: they open no depth. */
const VOID_TAGS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi;

/** Whether a line ends in a tag that leaves nothing open: a closing tag, a void one (`<br>`, `<img …>`) or a self-closed one. */
function endsInClosedTag(line: string): boolean {
  const last = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>\s*$/i.exec(line);
  return last !== null && (last[1] === '/' || last[3] === '/' || VOID_TAGS.has((last[2] ?? '').toLowerCase()));
}

/**
 * In an HTML block's lines [start, end), the first line after the element it opens with has
 * closed (every tag opened so far closed, the last line ending in a tag that leaves nothing open:
 * "</p>", "<br>", "<img …>"), when that line holds no tag at its start; else `end`.
 */
function markdownAfterElement(source: readonly string[], start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end - 1; i++) {
    const line = source[i] ?? '';
    for (const [, closing, name = '', selfClosing] of line.matchAll(TAG)) {
      if (selfClosing || VOID_TAGS.has(name.toLowerCase())) continue;
      depth += closing ? -1 : 1;
    }
    const next = (source[i + 1] ?? '').trimStart();
    if (depth <= 0 && endsInClosedTag(line) && next !== '' && !next.startsWith('<')) return i + 1;
  }
  return end;
}

/** The body with the lines of `spans` ([first, last], 1-based) blank, line numbers kept. */
function blankLines(body: string, spans: ReadonlyArray<[number, number]>): string {
  const lines = body.split('\n');
  for (const [first, last] of spans) for (let line = first; line <= last; line++) lines[line - 1] = '';
  return lines.join('\n');
}

/**
 * Blocks of the body's lines [start, end), read as Markdown of their own, their line numbers
 * shifted to the body's. (Only those lines are read: blanking the others kept the numbers, but
 * read the body up to them again for each such element.)
 */
function blocksOfLines(source: readonly string[], start: number, end: number, shift = start): Block[] {
  const lines = source.slice(start, end);
  return markdownBlocks(lines.join('\n'), lines).map((block) => ({
    ...block,
    lines: { start: block.lines.start + shift, end: block.lines.end + shift },
    lineStarts: block.lineStarts.map((at) => ({ offset: at.offset, line: at.line + shift })),
  }));
}

/**
 * A line of code: ends on a brace or a semicolon, opens on a keyword or a prompt, or holds an operator no prose writes,
 * or a key's number ("pub 4096R/0x4E2C6E8793298290", "Key fingerprint = 63CB 1DF1 …").
 */
const CODE_LINE =
  /[{};]\s*$|^\s*(?:def|function|class|import|from|return|if|for|while|var|let|const|public|private|package|#include|\$|>>>|<\?|\/\/|#!)(?:\s|\(|$)|=>|==|!=|&&|\|\||\(\)|::|->|<\/?[a-z][\w-]*[\s>]|\b0x[\da-fA-F]{6,}\b|\b[\dA-F]{4}(?: [\dA-F]{4}){3}/;
/** An indented block is prose when most of its lines run as sentences do: this many words or more… */
const PROSE_LINE_MIN_WORDS = 8;
/** …in this share of its lines at least. */
const PROSE_LINES_SHARE = 0.6;

/** An indented block's lines that read as running text, not code: long lines of words, no line of code among them. */
function indentedProse(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length === 0 || filled.some((line) => CODE_LINE.test(line))) return false;
  const prose = filled.filter((line) => line.trim().split(/\s+/).length >= PROSE_LINE_MIN_WORDS && /\p{L}{2,}/u.test(line));
  return prose.length / filled.length >= PROSE_LINES_SHARE;
}

/**
 * An indented block under a footnote's definition, blank lines and indented lines between: the footnote's next
 * paragraph ("[^3]: All my work … is available on GitHub." / "" / "    Cass uses a Kaiser Family Foundation estimate …").
 */
function underFootnote(source: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const line = source[i] ?? '';
    if (line.trim() === '' || /^(?: {4}|\t)/.test(line)) continue;
    return /^ {0,3}\[\^[^\]]+\]:/.test(line);
  }
  return false;
}

/**
 * An element opening an HTML block whose class names a pull quote ("<blockquote class=\"pullquote\" markdown=\"1\">",
 * "<aside class='pull-quote'>"): display, not the text's run (its words are said in the text, or are a quotation set
 * beside it).
 */
const PULL_QUOTE_ELEMENT = /^\s*<(?:blockquote|aside|div|p|figure)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:pull-?quote|pullout|pull-out)\b/i;

/** Lines of the source span [start, end) that hold anything, as chrome blocks. */
function chromeLines(source: readonly string[], start: number, end: number, reason: RemovalReason): Block[] {
  const blocks: Block[] = [];
  for (let i = start; i < end; i++) {
    const text = source[i] ?? '';
    if (text.trim()) blocks.push(makeBlock('paragraph', [{ text, line: i + 1 }], { chrome: reason }));
  }
  return blocks;
}

/**
 * A template tag that starts a line and ends one, lines apart: a Hugo shortcode's "{{< … >}}", a Liquid or Nunjucks
 * tag's "{% image … %}" (Eleventy: "{% image" / "  \"/images/….webp\"," / "  \"The deadline for …\"," / "%}").
 */
const SPREAD_TEMPLATE =
  /^[ \t]*\{\{[<%](?:(?![%>]\}\})[^\n])*\n(?:(?:(?![%>]\}\})[^\n])*\n){0,8}(?:(?![%>]\}\})[^\n])*[%>]\}\}[ \t]*$|^[ \t]*\{%(?:(?!%\})[^\n])*\n(?:(?:(?!%\})[^\n])*\n){0,8}(?:(?!%\})[^\n])*%\}[ \t]*$/gm;
/**
 * A code listing set by the site's template rather than a fence, each tag alone on its line: Hugo's
 * "{{< highlight R >}}" … "{{< /highlight >}}", Jekyll's "{% highlight ruby %}" … "{% endhighlight %}". Its lines are code.
 */
const HIGHLIGHT_OPEN = /^[ \t]*(?:\{\{[<%][ \t]*highlight\b[^\n]*?[%>]\}\}|\{%-?[ \t]*highlight\b[^\n]*?-?%\})[ \t]*$/gm;
const HIGHLIGHT_CLOSE = /^[ \t]*(?:\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[%>]\}\}|\{%-?[ \t]*endhighlight[ \t]*-?%\})[ \t]*$/gm;
/**
 * The template's listings as fences, line for line, so that the parser reads their lines as code. (Only where opening
 * and closing tags pair up: a fence left open would run to the end of the text.)
 */
function highlightFences(body: string): string {
  if (!body.includes('highlight')) return body;
  const opens = body.match(HIGHLIGHT_OPEN)?.length ?? 0;
  const closes = body.match(HIGHLIGHT_CLOSE)?.length ?? 0;
  if (opens === 0 || opens !== closes) return body;
  return body.replace(HIGHLIGHT_OPEN, '~~~~~~').replace(HIGHLIGHT_CLOSE, '~~~~~~');
}
/** A Blade directive of a Laravel or Jigsaw site opening a call: "@include('_partials.image', [". */
const BLADE_CALL = /^[ \t]*@(?:include\w*|extends|component|section|yield|push|stack|each|slot|livewire)\s*\(/gm;
/** Lines a Blade call's arguments may run over. */
const BLADE_CALL_MAX_LINES = 40;

/**
 * Blade calls ("@include('_partials.image', [ 'name' => …, 'caption' => '<ul>…</ul>' ])") as
 * [first, last] line spans, 1-based: from the directive to the line that closes its parenthesis
 * (quoted text skipped), at most BLADE_CALL_MAX_LINES lines.
 */
function bladeCalls(body: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // (Lines counted on from the call before, not from the body's start for each.)
  let counted = 0;
  let line = 1;
  for (const match of body.matchAll(BLADE_CALL)) {
    const index = match.index ?? 0;
    for (; counted < index; counted++) if (body.charCodeAt(counted) === 10) line++;
    const open = index + match[0].length - 1;
    let depth = 0;
    let quote = '';
    let lines = 0;
    let end = -1;
    for (let i = open; i < body.length && lines < BLADE_CALL_MAX_LINES; i++) {
      const c = body[i];
      if (c === '\n') lines++;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '(' || c === '[') depth++;
      else if ((c === ')' || c === ']') && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) continue;
    spans.push([line, line + lines]);
  }
  return spans;
}

/** A link's or image's destination that holds template tags: "({{ site.url }}{{ page.hero-image }})", "({% post_url 2019-05-15-release %})". */
const TEMPLATED_DESTINATION = /\]\(([^()\n]*\{[{%][^()\n]*)\)/g;

/** A destination with spaces in it, and no title: "(mailto: team@carpentries.org)", "(http://www.flmnh.ufl.edu /museum-voices/…)", "( )". */
const SPACED_DESTINATION = /\]\(([^()"'\n]*\s[^()"'\n]*)\)/g;
/** The same with the link's label, when it holds no bracket: "[Mastodon](https://mastodon.social/@owa/114415785785401601" / ")". */
const SPACED_LINK = /(!?\[[^[\]\n]*\])\(([^()"'\n]*\s[^()"'\n]*)\)/g;
/**
 * A link definition whose address has a space after its scheme ("[jj-email]: mailto: j@camh.ca"):
 * CommonMark reads no definition, and every definition under it becomes a paragraph too.
 */
const SPACED_DEFINITION = /^( {0,3}\[[^\]\n]+\]:[ \t]*)((?:mailto|https?|ftp|tel):)[ \t]+([^\s"'(]+)[ \t]*$/gim;
/** What such a destination must start with to be read as an address: a scheme, a path, an anchor, or nothing. */
const ADDRESS_START = /^(?:[a-z][a-z0-9+.-]*:|\.{0,2}\/|#|$)/i;

/**
 * Links and link definitions whose address has a stray space: CommonMark reads no link at all and
 * leaves the brackets and the address on the slide; the site's own Markdown (kramdown) and the
 * author meant a link.
 */
function unspacedDestinations(body: string): string {
  if (!body.includes(']')) return body;
  // (A line break in the address goes before the link, so that every line keeps its number and the text reads on as
  // written: "[Mastodon](https://…/114415785785401601" / "), [LinkedIn](…)" lost a line, and the outline's lines after
  // it. After its ")" the break would set a space before the comma, "Mastodon , LinkedIn"; there it goes only for a
  // label with brackets in it, which the first pattern does not read.)
  const lineBreaks = (destination: string): string => '\n'.repeat(destination.split('\n').length - 1);
  return body
    .replace(SPACED_LINK, (match, label: string, destination: string) =>
      ADDRESS_START.test(destination.trim()) ? `${lineBreaks(destination)}${label}(${destination.replace(/\s+/g, '')})` : match,
    )
    .replace(SPACED_DESTINATION, (match, destination: string) =>
      ADDRESS_START.test(destination.trim()) ? `](${destination.replace(/\s+/g, '')})${lineBreaks(destination)}` : match,
    )
    .replace(SPACED_DEFINITION, '$1$2$3');
}

/** A heading's "#"s followed by a space CommonMark does not count: a no-break or other typographic space. */
const WIDE_SPACED_HEADING = /^( {0,3}#{1,6})[\u00A0\u2000-\u200A\u202F\u3000]/gm;

/**
 * "###\u00A0Who we are": a heading whose marks an editor followed with a no-break space. CommonMark
 * reads a paragraph and runs the heading into the text under it; the author wrote a heading.
 */
function spacedHeadingMarks(body: string): string {
  return body.replace(WIDE_SPACED_HEADING, '$1 ').replace(UNSPACED_HEADING, '$1 ');
}

/**
 * German's gender star inside a word, "Klimaaktivist*innen", "Bürger*in": the word's own, though CommonMark pairs two of
 * them in a paragraph as emphasis ("Aktivist*innen … Schüler*innen" read "Aktivistinnen … Schülerinnen"). Escaped, it
 * stays a star. (Not on a line with code: a backtick leaves it as written.)
 */
const GENDER_STAR = /(?<=\p{Ll})\*(?=in(?:nen)?\b)/gu;
function genderStars(body: string): string {
  if (!body.includes('*in')) return body;
  return body.replace(/^[^\n`]*\*in[^\n`]*$/gmu, (line) => line.replace(GENDER_STAR, '\\*'));
}

/**
 * "###Active outreach": heading marks with no space after them, as kramdown (Jekyll's Markdown) and the older
 * Markdown readers take them; two at least, so that a hashtag opening a line ("#MeToo") stays text. (A heading may
 * open on a question's or an exclamation's mark or a quotation mark: "##¿Y ahora qué?", "##«…»".)
 */
const UNSPACED_HEADING = /^( {0,3}#{2,6})(?=[\p{L}\p{N}"“'‘*_¿¡«„])/gmu;

/** A Pandoc or Quarto fenced div's fence: "::: {.further-info}", "::: grid", ":::". */
export const DIV_FENCE = /^:{3,}\s*(?:\{[^}\n]*\}|[\w-]+)?\s*$/;
/** A definition's line in a Pandoc definition list: ": [Will Browne](…) is co-founder of …". */
const DEFINITION = /^:[ \t]+\S/;

/**
 * Pandoc's and Quarto's block syntax that Markdown reads as text, made Markdown, line for line: a
 * fenced div's fences are blanked (their line numbers pushed to `fences`: markup), so the div's
 * text stands in blocks of its own; a definition list's term becomes a heading over its definition,
 * whose ": " goes ("About the author" / ": Will Browne is …", Quarto's box under an article).
 */
function pandocDivsAndTerms(body: string, fences: number[]): string {
  if (!body.includes(':::') && !body.startsWith(':') && !body.includes('\n:')) return body;
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    if (DIV_FENCE.test(line)) {
      fences.push(i + 1);
      lines[i] = '';
    } else if (DEFINITION.test(line)) {
      lines[i] = line.replace(/^:/, ' ');
      // (The term is the line above, unless that is a definition too, whose ": " went already, or a heading.)
      const term = lines[i - 1];
      if (term && !/^\s/.test(term) && !term.startsWith('#')) lines[i - 1] = `###### ${term}`;
    }
  });
  return lines.join('\n');
}

/** What a run of plain blocks is given to markdown-it as: a line of one letter, a paragraph of its own. */
const PLACEHOLDER = 'x';
/** A character of Markdown's inline syntax (INLINE_MARKUP's, the newline aside), a table's pipe, or NUL (which markdown-it replaces). */
const MARKUP_CHARACTER = /[\\`~*_[<&|\0]/;
/**
 * How a plain paragraph's line may open (after its indentation, for a line under the first): a
 * letter, a digit that starts no numbered item, or an opening quotation mark or bracket. No block
 * of Markdown opens so (a heading's "#", a list's "-", "+", "*" or "1.", a quotation's ">", a
 * fence, a rule or a setext underline, HTML's "<", a table's "|", a reference's "["), nor ends a
 * paragraph there.
 */
const PLAIN_LINE_START = /^(?:\p{L}|\d(?!\d{0,8}[.)](?:[ \t]|$))|["'“‘(«¿¡])/u;

/** A line markdown-it reads as blank: spaces and tabs only. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The lines of a run of non-blank lines `[start, end)` as markdown-it's inline token of a
 * paragraph gives them (see `inlineText`), when the run is a plain paragraph: its first line opens
 * unindented and every line opens as PLAIN_LINE_START allows, no line holds a MARKUP_CHARACTER,
 * and none but the last ends in a hard break (two spaces); else null. markdown-it takes off the
 * paragraph's leading and trailing spaces and tabs, each line's indentation and one space before
 * each soft break.
 */
function plainParagraph(lines: readonly string[], start: number, end: number): Line[] | null {
  const first = lines[start] as string;
  if (first.charCodeAt(0) === 32 || first.charCodeAt(0) === 9) return null;
  const parts: Line[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    if (MARKUP_CHARACTER.test(line)) return null;
    let from = 0;
    while (line.charCodeAt(from) === 32 || line.charCodeAt(from) === 9) from++;
    let to = line.length;
    if (i === end - 1) while (line.charCodeAt(to - 1) === 32 || line.charCodeAt(to - 1) === 9) to--;
    else if (line.charCodeAt(to - 1) === 32) {
      if (line.charCodeAt(to - 2) === 32) return null;
      to--;
    }
    const text = line.slice(from, to);
    if (!PLAIN_LINE_START.test(text)) return null;
    parts.push({ text, line: i + 1 });
  }
  return parts;
}

/** A paragraph's lines (see `plainParagraph`), or a heading's line and its level (see `plainHeading`). */
interface PlainBlock {
  lines: Line[];
  /** The heading's level; 0 for a paragraph. */
  level: number;
}

/**
 * An ATX heading alone on line `at` ("## Part 2", "### Costs ###") as markdown-it's heading rule and
 * its inline token give it, when it opens unindented with one to six "#" and a space or a tab and
 * its text holds no MARKUP_CHARACTER: its text without the closing "#"s and the spaces and tabs
 * around it; else null (for a heading with no text too).
 */
function plainHeading(line: string, at: number): PlainBlock | null {
  let level = 0;
  while (line.charCodeAt(level) === 35) level++;
  const after = line.charCodeAt(level);
  if (level === 0 || level > 6 || (after !== 32 && after !== 9) || MARKUP_CHARACTER.test(line)) return null;
  let end = line.length;
  while (end > level && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  let closing = end;
  while (closing > level && line.charCodeAt(closing - 1) === 35) closing--;
  if (closing > level && (line.charCodeAt(closing - 1) === 32 || line.charCodeAt(closing - 1) === 9)) end = closing;
  let start = level;
  while (start < end && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
  while (end > start && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return start < end ? { lines: [{ text: line.slice(start, end), line: at + 1 }], level } : null;
}

/**
 * `md.parse(markdown)`, with the plain paragraphs and headings (see `plainParagraph` and
 * `plainHeading`) set between blank lines given to markdown-it as one PLACEHOLDER line for each
 * run of them, their other lines blank: `plain` holds the run's blocks, their lines as the inline
 * parser gives them, by the placeholder's inline token. Most of an essay's text is such blocks,
 * and markdown-it's reading of them (a character at a time, and four tokens each, slow to make)
 * was most of markdownBlocks' time: a 10 MB essay 287 -> 124 ms (steady, tsx) for its paragraphs,
 * and its 1,651 headings, which broke the runs, 65 -> 31 ms of markdown-it's time in the CLI's
 * profile (median of 3). A placeholder that markdown-it does not read as a paragraph of its own at the top level
 * (inside a fenced code block, or an HTML block that runs past blank lines) means the text is read
 * whole instead. Where it does, so are the run's blocks: a plain paragraph or heading after a
 * blank line at the top level is one, and leaves markdown-it's state as it found it, whatever its text.
 */
function parseMarkdown(
  markdown: string,
  lines: readonly string[],
  plainRuns: boolean,
): { tokens: Token[]; plain: ReadonlyMap<Token, PlainBlock[]> } {
  const plain = new Map<Token, PlainBlock[]>();
  if (!plainRuns) return { tokens: md.parse(markdown, {}), plain };
  // Plain blocks with only blank lines between them are given as one placeholder, at the first.
  const runs = new Map<number, PlainBlock[]>();
  let open: PlainBlock[] | null = null;
  const given: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && !isBlank(lines[end] as string)) end++;
    const first = lines[i] as string;
    const paragraph = end > i && first.charCodeAt(0) !== 35 ? plainParagraph(lines, i, end) : null;
    const parts = paragraph ? { lines: paragraph, level: 0 } : end === i + 1 ? plainHeading(first, i) : null;
    if (parts) {
      if (open) open.push(parts);
      else {
        open = [parts];
        runs.set(i, open);
      }
      given.push(open.length === 1 ? PLACEHOLDER : '');
      for (let k = i + 1; k < end; k++) given.push('');
    } else if (end > i) {
      open = null;
      for (let k = i; k < end; k++) given.push(lines[k] as string);
    }
    if (end < lines.length) given.push(lines[end] as string);
    i = end + 1;
  }
  if (runs.size === 0) return { tokens: md.parse(markdown, {}), plain };
  const tokens = md.parse(given.join('\n'), {});
  tokens.forEach((token, i) => {
    const opener = tokens[i - 1];
    const line = opener?.map?.[0] ?? -1;
    const parts = runs.get(line);
    if (
      parts &&
      token.type === 'inline' &&
      token.level === 1 &&
      token.content === PLACEHOLDER &&
      opener?.type === 'paragraph_open' &&
      opener.map?.[1] === line + 1
    )
      plain.set(token, parts);
  });
  if (plain.size === runs.size) return { tokens, plain };
  plain.clear();
  return { tokens: md.parse(markdown, {}), plain };
}

/** A line that opens or closes an element of a page's layout or text: "<p>", "</div>", "<h2 id=…>". */
const HTML_LINE = /^<\/?(?:p|div|section|article|aside|header|footer|main|figure|blockquote|ul|ol|li|h[1-6]|table|span|strong|em|a)\b/i;
/** Containers a page's layout opens and closes around the text, which kramdown reads Markdown and HTML inside. */
const CONTAINER_OPEN = /<(?:div|section|article|aside|main)\b[^>]*>/gi;
const CONTAINER_CLOSE = /<\/(?:div|section|article|aside|main)\s*>/gi;
/** A paragraph element, and the text of the layout around it. */
const PARAGRAPH_ELEMENT = /<p\b[^>]*>[\s\S]*?<\/p>/gi;
/** Fine print, a picture's caption or credit: "<small><em>Delicious empanadas from Irazu</em></small>". */
const FINE_PRINT = /<small\b[^>]*>[\s\S]*?<\/small>/gi;
/** Every character but the line breaks, blanked: line numbers stay. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
/** `html` with only its paragraph elements left, their fine print blanked too. */
function paragraphsOnly(html: string): string {
  let kept = '';
  let at = 0;
  for (const match of html.matchAll(PARAGRAPH_ELEMENT)) {
    kept += blank(html.slice(at, match.index)) + match[0].replace(FINE_PRINT, blank);
    at = match.index + match[0].length;
  }
  return kept + blank(html.slice(at));
}
/** How many containers an HTML block opens, less those it closes. */
const openedElements = (html: string): number => (html.match(CONTAINER_OPEN)?.length ?? 0) - (html.match(CONTAINER_CLOSE)?.length ?? 0);

/**
 * Markdown (front matter already blanked) → blocks, with markdown-it's line maps. Markup that
 * carries no prose (images, template tags, tag-only HTML, figures) becomes chrome blocks, so its
 * lines are reported as removed; HTML paragraphs become blocks of their text.
 */
export function markdownBlocks(
  body: string,
  /** The body's lines (`body.split(/\r\n|\r|\n/)`), when the caller has them already. */
  source: readonly string[] = body.split(/\r\n|\r|\n/),
  /** Read plain paragraphs without markdown-it (see `parseMarkdown`); false only for the tests that compare both. */
  plainRuns = true,
): Block[] {
  // Template tags in a destination put spaces in it, and Markdown then reads no link or image at
  // all: take them out first (on one line, so line numbers stay).
  // A shortcode written over several lines of its own ("{{< figure alt=… " / "src=… >}}") is
  // blanked out, lines kept, and reported as markup: Markdown would read its lines as a paragraph.
  // (Both patterns match "{{" or "{%" only: a body without either is read as it is, not scanned twice.)
  const spread: Array<[number, number]> = [];
  const untemplated =
    !body.includes('{{') && !body.includes('{%')
      ? body
      : highlightFences(body)
          .replace(TEMPLATED_DESTINATION, (_, destination: string) => `](${destination.replace(TEMPLATE, '').trim()})`)
          .replace(SPREAD_TEMPLATE, (match: string, offset: number, whole: string) => {
            const first = (whole.slice(0, offset).match(/\n/g)?.length ?? 0) + 1;
            spread.push([first, first + (match.match(/\n/g)?.length ?? 0)]);
            return match.replace(/[^\r\n]/g, ' ');
          });
  // A Blade call, the same: its arguments are the template's, not prose ("'caption' => '<ul>…'").
  const calls = body.includes('@') ? bladeCalls(untemplated) : [];
  const blanked = calls.length === 0 ? untemplated : blankLines(untemplated, calls);
  spread.push(...calls);
  const fences: number[] = [];
  const cited = blanked.includes('@') ? printedCitations(blanked) : blanked;
  const markdown = pandocDivsAndTerms(unspacedDestinations(spacedHeadingMarks(genderStars(cited))), fences);
  const { tokens, plain } = parseMarkdown(markdown, markdown === body ? source : markdown.split(/\r\n|\r|\n/), plainRuns);
  const blocks: Block[] = [
    ...spread.flatMap(([first, last]) => chromeLines(source, first - 1, last, 'markup')),
    ...fences.flatMap((line) => chromeLines(source, line - 1, line, 'markup')),
  ];
  let headingLevel = 0;
  let inItem = 0;
  /** How deep in quotations (`>`) the tokens read stand. */
  let inQuote = 0;
  /** The blocks of a paragraph's or a heading's (`level` over 0) inline text (`raw`, its source lines `[firstLine, lastLine]`). */
  /** The last line of the last paragraph read when it was images alone, at the top level; else -1. */
  let imageEnd = -1;
  const pushInline = (inline: Inline, raw: string, firstLine: number, lastLine: number, level: number): void => {
    const underImageAlone = imageEnd >= 0 && firstLine - imageEnd <= 2;
    imageEnd = inline.imagesOnly && level === 0 && inItem === 0 && inQuote === 0 ? lastLine : -1;
    if (inline.imagesOnly) {
      blocks.push(...chromeLines(source, firstLine - 1, lastLine, 'markup'));
      return;
    }
    if (FOOTNOTE.test(raw)) {
      // One block per note, without its label: a note the byline points at is the author's bio.
      const parts = source
        .slice(firstLine - 1, lastLine)
        .map((text, k) => ({ text: (k === 0 ? text.replace(FOOTNOTE, '') : text).trim(), line: firstLine + k }))
        .filter((part) => part.text !== '');
      if (parts.length > 0) blocks.push(makeBlock('paragraph', parts, { chrome: 'footnote' }));
      return;
    }
    // A tag alone in its paragraph, a format character at most before it ("\u200d<hr>"), is markup; a bare tag
    // inside a sentence stays the text's ("the <hr> element").
    if (LONE_TAG.test(raw.replace(FORMAT_CHARACTERS, '').trim())) {
      blocks.push(...chromeLines(source, firstLine - 1, lastLine, 'markup'));
      return;
    }
    // (Pushed, as in cleanLines.)
    const pieces: Line[][] = [];
    for (const piece of inline.pieces) pieces.push(cleanLines(piece));
    // An emphasised line set right under a picture is its caption or credit: "![painting](…)" / "*A Capriccio of
    // Roman Ruins (1727-1729) by Marco Ricci*".
    // (The image's line is markup, as an image alone is; the caption's lines are the caption.)
    if (inline.underImage && level === 0 && inline.emphasised.every(Boolean)) {
      blocks.push(...chromeLines(source, firstLine - 1, firstLine, 'markup'), ...chromeLines(source, firstLine, lastLine, 'caption'));
      return;
    }
    // So is a short emphasised paragraph of its own right under an image alone, a blank line between: "![A person displaying
    // examples of two proposed disclosure designs …](…)" / "_Comparison shopping with two proposed short-form disclosures for prepaid cards._".
    if (underImageAlone && level === 0 && inline.emphasised.every(Boolean) && raw.split(/\s+/).length <= CAPTION_UNDER_IMAGE_MAX_WORDS) {
      blocks.push(...chromeLines(source, firstLine - 1, lastLine, 'caption'));
      return;
    }
    if (pieces.every((piece) => piece.length === 0)) {
      // Template tags alone: a shortcode, an include, an excerpt marker.
      blocks.push(...chromeLines(source, firstLine - 1, lastLine, 'markup'));
      return;
    }
    pieces.forEach((parts, k) => {
      if (parts.length === 0) return;
      if (level > 0) {
        blocks.push(makeBlock('heading', parts, { level }));
        return;
      }
      const paragraphs = lineParagraphs(parts, source, inItem > 0);
      paragraphs.forEach((paragraph, n) => {
        const extra: Partial<Pick<Block, 'boldLead' | 'emphasised' | 'bareLine'>> = { emphasised: inline.emphasised[k] ?? false };
        if (paragraphs.length > 1) extra.bareLine = true;
        if (inline.boldLead && k === 0 && n === 0) extra.boldLead = inline.boldLead;
        // (A bold line of its own over the lines of its paragraph, "**Leçon n°1 : il faut la bonne équipe.**" / "J’étais
        // seul au départ. …", read a line to a paragraph: that line is emphasised whole, as a bold paragraph is.)
        if (
          paragraphs.length > 1 &&
          extra.boldLead &&
          paragraph.parts
            .map((part) => part.text)
            .join(' ')
            .trim() === extra.boldLead
        )
          extra.emphasised = true;
        blocks.push(makeBlock(paragraph.item ? 'item' : 'paragraph', paragraph.parts, extra));
      });
    });
  };
  /** Elements an HTML block opened and left open: the indented lines after a blank line inside one are its content. */
  let openElements = 0;
  /** The blocks of an HTML block's text (`content`, source lines `start` to `end`, counted from 0). */
  const pushHtml = (content: string, start: number, end: number): void => {
    const { paragraphs, dropped } = htmlText(content, start + 1);
    // A list whose every word is a link's ("<ul><li><a href=…>Headers, footers and navigation</a></li></ul>"): links to read further, not text.
    const linked = matchKey(
      [...content.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)]
        .map((m) => m[1] ?? '')
        .join(' ')
        .replace(/<[^>]*>/g, ' '),
    );
    const linksOnly =
      paragraphs.every((p) => p.kind === 'item') &&
      linked !== '' &&
      linked === matchKey(paragraphs.map((p) => p.parts.map((part) => part.text).join(' ')).join(' '));
    // A post embedded from a social network (<blockquote class="twitter-tweet">): the page's, not the author's text.
    const embedded = EMBEDDED_POST.test(content);
    for (const paragraph of paragraphs) {
      const parts = cleanLines(paragraph.parts);
      if (parts.length === 0) continue;
      if (linksOnly || embedded) {
        blocks.push(makeBlock(linksOnly ? 'item' : 'paragraph', parts, { chrome: linksOnly ? 'related' : 'social' }));
        continue;
      }
      const kind = paragraph.kind === 'heading' ? 'heading' : paragraph.kind === 'item' ? 'item' : 'paragraph';
      const extra =
        kind === 'heading'
          ? { level: paragraph.level ?? 2 }
          : paragraph.tableRow
            ? { tableRow: true }
            : { emphasised: paragraph.emphasised };
      blocks.push(makeBlock(kind, parts, extra));
    }
    for (const line of dropped) if (line <= end) blocks.push(...chromeLines(source, line - 1, line, 'markup'));
  };
  let row: { line: number; cells: string[] } | null = null;
  tokens.forEach((token, i) => {
    // A table is read row by row: one block per row, its cells in order.
    if (row) {
      if (token.type === 'inline') {
        const cell = inlineText(token, row.line)
          .pieces.flatMap(cleanLines)
          .map((part) => part.text.trim())
          .join(' ');
        row.cells.push(cell.replace(/\s+/g, ' ').trim());
      } else if (token.type === 'tr_close') {
        const cells = row.cells.filter(Boolean);
        if (cells.length > 0) blocks.push(makeBlock('item', [{ text: cells.join(' | '), line: row.line }], { tableRow: true }));
        row = null;
      }
      return;
    }
    switch (token.type) {
      case 'tr_open':
        row = { line: (token.map?.[0] ?? 0) + 1, cells: [] };
        break;
      case 'heading_open':
        // (A heading inside a quotation is the quoted text's, a line of it: "> ## CHAPTER 2" in a draft law quoted whole.)
        headingLevel = inQuote > 0 ? 0 : Number(token.tag.slice(1));
        break;
      case 'blockquote_open':
        inQuote += 1;
        break;
      case 'blockquote_close':
        inQuote -= 1;
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'list_item_open':
        inItem += 1;
        break;
      case 'list_item_close':
        inItem -= 1;
        break;
      case 'hr':
        blocks.push(makeBlock('rule', [{ text: '', line: (token.map?.[0] ?? 0) + 1 }]));
        break;
      case 'fence':
      case 'code_block': {
        const [start, end] = token.map ?? [0, 0];
        // Elements indented inside an element the page left open ("<div class='row'>" / "" / "        <p>As people arrive,
        // …</p>"): CommonMark reads indented code after the blank line; kramdown (Jekyll's) the element's content, as its
        // authors meant. Read as HTML.
        if (token.type === 'code_block' && openElements > 0 && HTML_LINE.test(token.content.trimStart())) {
          openElements = Math.max(0, openElements + openedElements(token.content));
          // (Only its paragraphs: "<p>…</p>". Text set otherwise in the layout, fine print, a caption, a button, is the page's.)
          pushHtml(paragraphsOnly(token.content), start, end);
          break;
        }
        // Prose indented four spaces or more, as a blog moved from another platform leaves its posts' later
        // paragraphs, is the author's text set off by accident, not code: its content (its lines without the indent
        // that made it code) is read again as Markdown, each block keeping its line.
        // (Not a footnote's next paragraph, indented under the note: see `underFootnote`.)
        if (token.type === 'code_block' && indentedProse(source.slice(start, end)) && !underFootnote(source, start)) {
          blocks.push(...blocksOfLines(token.content.replace(/\n$/, '').split('\n'), 0, end - start, start));
          break;
        }
        blocks.push(...chromeLines(source, start, end, 'markup'));
        break;
      }
      case 'html_block': {
        const [start, end] = token.map ?? [0, 0];
        openElements = Math.max(0, openElements + openedElements(token.content));
        // Markdown right under a closed element, with no blank line between ("<p><b>…</b></p>" then
        // "Back in October, [Sarah Sharp](…) posted …"): CommonMark keeps it in the HTML block, raw;
        // kramdown (Jekyll's) ends the block at the element's close, as its authors meant. Read as Markdown.
        const markdownFrom = markdownAfterElement(source, start, end);
        if (markdownFrom < end) blocks.push(...blocksOfLines(source, markdownFrom, end));
        if (PULL_QUOTE_ELEMENT.test(token.content)) blocks.push(...chromeLines(source, start, markdownFrom, 'pull-quote'));
        else pushHtml(markdownFrom < end ? source.slice(start, markdownFrom).join('\n') : token.content, start, end);
        break;
      }
      case 'inline': {
        const run = plain.get(token);
        if (run) {
          // Plain paragraphs and headings (see parseMarkdown): each one piece of text, none of it emphasised.
          for (const { lines, level } of run) {
            const first = lines[0] as Line;
            pushInline(
              { pieces: [lines], emphasised: [false], imagesOnly: false },
              first.text,
              first.line,
              (lines.at(-1) as Line).line,
              level,
            );
          }
          break;
        }
        const opener = tokens[i - 1];
        const firstLine = (opener?.map?.[0] ?? token.map?.[0] ?? 0) + 1;
        pushInline(
          inlineText(token, firstLine, headingLevel > 0),
          token.content.trimStart(),
          firstLine,
          opener?.map?.[1] ?? firstLine,
          headingLevel,
        );
        break;
      }
      default:
        break;
    }
  });
  // (A paragraph a writer opened with a bullet's glyph, which Markdown knows no list by, "• **Lower costs**: …", is a
  // list's item: the glyph is no text of it.)
  return notesRunOn(
    blocks
      .map((block) => (block.kind === 'paragraph' && GLYPH_ITEM.test(block.text) ? markListItem(block) : block))
      .sort((a, b) => a.lines.start - b.lines.start),
  );
}

/**
 * The paragraphs among a text's closing footnotes that no indent ties to their note: a note's second paragraph set
 * flush ("[^4]: One final thing to note …" / "Perhaps there was some selection bias: …"), a note's source on a line of
 * its own. They are the notes' when the notes close the text: no heading from the first note to the end, and notes
 * half the blocks there at least (a note defined under the paragraph that cites it, mid-text, has the text's paragraphs after it).
 */
function notesRunOn(blocks: Block[]): Block[] {
  const first = blocks.findIndex((block) => block.chrome === 'footnote');
  if (first < 0) return blocks;
  const tail = blocks.slice(first);
  const notes = tail.filter((block) => block.chrome === 'footnote').length;
  if (tail.some((block) => block.kind === 'heading') || notes / tail.length < NOTES_SHARE_OF_TAIL) return blocks;
  return blocks.map((block, i) => (i > first && block.kind === 'paragraph' && !block.chrome ? { ...block, chrome: 'footnote' } : block));
}
/** Notes are this share of the blocks from the first note to the end, at least, when they close the text. */
const NOTES_SHARE_OF_TAIL = 0.5;
