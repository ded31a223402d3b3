import { createHash } from 'node:crypto';
import { BriefdeckError } from '../errors.js';
import { formatDate } from '../essay/dates.js';
import { labelsFor } from '../essay/language.js';
import { agendaOf, joinNames, kickers, minutes, shownSubtitle } from '../render/html.js';
import type { Deck, DeckGroup, DeckSlide } from '../types.js';
import type { PptxTheme } from './pptx-theme.js';

/**
 * Deck → PowerPoint bytes, with pptxgenjs: one slide per visible deck slide, in the deck's order,
 * on three slide masters (title, section, points) whose title and body placeholders hold the
 * text, so the slides stay editable: titles and bullets are text in placeholders, each bullet its
 * own paragraph; speaker notes are the deck's notes, whole, a paragraph each; a PowerPoint section
 * per group. No files are read or written here, and no browser is needed.
 *
 * Text is sized to fit its box when written: each box gets the largest size, within limits, at
 * which an estimate of its wrapped lines fits (and `fit: 'shrink'` for PowerPoint, which only
 * applies it once the text is edited). Slides too long for the smallest size do not arise from the
 * deck: the outline already continues a dense paragraph or a long bio on a slide of its own.
 *
 * pptxgenjs stamps the time of writing into the file and makes up section ids; both are fixed
 * afterwards (normalisePackage), so the same deck gives the same bytes.
 */

export interface PptxInfo {
  title: string;
  authors: string[];
  subject: string;
  /** Written as both creation and modification date. */
  date: Date;
}

/** One paragraph of a placeholder. */
export interface PptxParagraph {
  text: string;
  /** `disc`: a bullet point; `number`: an item of a numbered list; `none`: a plain paragraph. */
  list: 'disc' | 'number' | 'none';
  /** `strong`: bold; `muted`: the theme's secondary colour. */
  tone?: 'strong' | 'muted';
}

export type MasterName = 'BRIEFDECK_TITLE' | 'BRIEFDECK_SECTION' | 'BRIEFDECK_POINTS';

/** A PowerPoint slide as planned from a deck slide, before pptxgenjs writes it. */
export interface PlannedSlide {
  id: string;
  /** The PowerPoint section: the slide's group's title. */
  section: string;
  master: MasterName;
  /** The small line above the title: the publication on the title slide, "2 of 3" on a section's. */
  kicker: string | null;
  title: string;
  /** Marks a slide that continues the previous one, after the title, as the HTML deck does. */
  continued: boolean;
  body: PptxParagraph[];
  notes: string;
  /** Font sizes in points, chosen so the text fits its box (fitFontSize). */
  titleSize: number;
  bodySize: number;
}

/** A box on the slide, in inches. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each master puts its placeholders, for a slide of `width` × `height` inches. */
function masterBoxes(width: number, height: number): Record<MasterName, { kicker?: Box; title: Box; body: Box }> {
  const side = 0.6;
  const inner = width - 2 * side;
  const footerRoom = 0.75;
  return {
    // The accent bar down the left edge pushes the title slide's text in, as in the HTML deck.
    BRIEFDECK_TITLE: {
      kicker: { x: 0.8, y: 1.2, w: width - 1.6, h: 0.5 },
      title: { x: 0.8, y: 1.75, w: width - 1.6, h: 2.5 },
      body: { x: 0.8, y: 4.35, w: width - 1.6, h: height - 4.35 - 0.5 },
    },
    BRIEFDECK_SECTION: {
      kicker: { x: side, y: 0.8, w: inner, h: 0.5 },
      title: { x: side, y: 1.3, w: inner, h: 1.6 },
      body: { x: side, y: 3.0, w: inner, h: height - 3.0 - footerRoom },
    },
    BRIEFDECK_POINTS: {
      title: { x: side, y: 0.35, w: inner, h: 1.3 },
      body: { x: side, y: 1.8, w: inner, h: height - 1.8 - footerRoom },
    },
  };
}

/** Size limits in points per master: the largest is the HTML deck's size at 1280 px to 13.33 in. */
const SIZES: Record<MasterName, { title: [max: number, min: number]; body: [max: number, min: number] }> = {
  BRIEFDECK_TITLE: { title: [44, 28], body: [22, 14] },
  BRIEFDECK_SECTION: { title: [44, 28], body: [22, 12] },
  BRIEFDECK_POINTS: { title: [36, 22], body: [24, 12] },
};
const KICKER_SIZE = 16;
const FOOTER_SIZE = 12;

/**
 * The estimate behind the sizes: an average character of Arial/Liberation Sans text is about half
 * an em wide (0.55 to be safe; bold a little more), a line is 1.2 em, a paragraph is followed by
 * half a line. A text box loses 0.1 in on each side and 0.05 in at top and bottom to its insets,
 * and a bullet or number indents its paragraph by 27 pt (pptxgenjs's default).
 */
const CHAR_EM = 0.55;
const BOLD_CHAR_EM = 0.6;
const LINE_EM = 1.2;
const PARAGRAPH_GAP_EM = 0.5;
const INSET_X_PT = 7.2;
const INSET_Y_PT = 3.6;
const LIST_INDENT_PT = 27;

/** Lines `text` wraps to at `perLine` characters a line, breaking between words (and inside words longer than a line). */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(1, perLine);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.floor((word.length - 1) / width);
    used = ((word.length - 1) % width) + 1;
  }
  return lines;
}

/** Height in points that `paragraphs` take at `size` in a box `widthIn` inches wide. */
export function textHeight(paragraphs: readonly PptxParagraph[], size: number, widthIn: number, bold = false): number {
  const lines = paragraphs.reduce((sum, paragraph) => {
    const width = widthIn * 72 - 2 * INSET_X_PT - (paragraph.list === 'none' ? 0 : LIST_INDENT_PT);
    const em = bold || paragraph.tone === 'strong' ? BOLD_CHAR_EM : CHAR_EM;
    return sum + wrappedLines(paragraph.text, Math.floor(width / (size * em)));
  }, 0);
  return lines * size * LINE_EM + Math.max(0, paragraphs.length - 1) * size * PARAGRAPH_GAP_EM;
}

/** The largest whole size from `max` down to `min` at which `paragraphs` fit `box`; `min` when none does. */
export function fitFontSize(paragraphs: readonly PptxParagraph[], box: Box, [max, min]: [number, number], bold = false): number {
  for (let size = max; size > min; size--) {
    if (textHeight(paragraphs, size, box.w, bold) <= box.h * 72 - 2 * INSET_Y_PT) return size;
  }
  return min;
}

/** The bio in its paragraphs, as the HTML deck shows it: a sentence numbered 1 starts a paragraph. */
function aboutParagraphs(slide: DeckSlide): PptxParagraph[] {
  const paragraphs: string[][] = [];
  for (const bullet of slide.bullets) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && bullet.source.sentence !== 1) last.push(bullet.text);
    else paragraphs.push([bullet.text]);
  }
  return paragraphs.map((sentences) => ({ text: sentences.join(' '), list: 'none' }));
}

/** The essay cited, as a deck without a bio closes (src/render/html.ts `citation`): title, subtitle, writers and date, publication. */
function citation(deck: Deck): PptxParagraph[] {
  const { meta } = deck;
  const body: PptxParagraph[] = [{ text: meta.title, list: 'none', tone: 'strong' }];
  const subtitle = shownSubtitle(meta.subtitle);
  if (subtitle) body.push({ text: subtitle, list: 'none', tone: 'muted' });
  const credit = [meta.authors.length > 0 ? joinNames(meta.authors, deck.lang) : null, meta.date ? formatDate(meta.date, deck.lang) : null];
  const line = credit.filter(Boolean).join(' · ');
  if (line) body.push({ text: line, list: 'none' });
  if (meta.publication) body.push({ text: meta.publication, list: 'none', tone: 'muted' });
  return body;
}

/** What a slide shows besides its title, by its layout: the same content as src/render/html.ts `slideBody`. */
function slideContent(
  slide: DeckSlide,
  group: DeckGroup,
  deck: Deck,
  kickerOf: (group: DeckGroup) => string,
): Pick<PlannedSlide, 'master' | 'kicker' | 'body'> {
  switch (slide.layout) {
    case 'title': {
      const { meta } = deck;
      const body: PptxParagraph[] = [];
      const subtitle = shownSubtitle(meta.subtitle);
      if (subtitle) body.push({ text: subtitle, list: 'none', tone: 'muted' });
      if (meta.authors.length > 0) body.push({ text: joinNames(meta.authors, deck.lang), list: 'none', tone: 'strong' });
      if (meta.date) body.push({ text: formatDate(meta.date, deck.lang), list: 'none', tone: 'muted' });
      return { master: 'BRIEFDECK_TITLE', kicker: meta.publication, body };
    }
    case 'section': {
      const agenda = agendaOf(group, slide).map(
        (other): PptxParagraph => ({
          text: other.continued ? `${other.title} ${labelsFor(deck.lang).continued}` : other.title,
          list: 'number',
        }),
      );
      return { master: 'BRIEFDECK_SECTION', kicker: kickerOf(group) || null, body: agenda };
    }
    case 'overview': {
      const linked = new Set((slide.links ?? []).map((link) => link.groupId));
      const sections = deck.groups
        .filter((other) => linked.has(other.id) && !other.hidden)
        .map((other): PptxParagraph => ({ text: other.title, list: 'number' }));
      const duration: PptxParagraph = { text: labelsFor(deck.lang).inAll(minutes(deck.totalSeconds)), list: 'none', tone: 'muted' };
      return { master: 'BRIEFDECK_POINTS', kicker: null, body: [...sections, duration] };
    }
    case 'about':
      return { master: 'BRIEFDECK_POINTS', kicker: null, body: slide.bullets.length > 0 ? aboutParagraphs(slide) : citation(deck) };
    default:
      return { master: 'BRIEFDECK_POINTS', kicker: null, body: slide.bullets.map((bullet) => ({ text: bullet.text, list: 'disc' })) };
  }
}

/** The deck's visible slides as PowerPoint slides, in the deck's order, with their text sized to fit. */
export function planSlides(deck: Deck): PlannedSlide[] {
  const boxes = masterBoxes(deck.width / 96, deck.height / 96);
  const kickerOf = kickers(deck);
  return deck.groups.flatMap((group) =>
    group.slides
      .filter((slide) => !slide.hidden)
      .map((slide): PlannedSlide => {
        const content = slideContent(slide, group, deck, kickerOf);
        const box = boxes[content.master];
        const sizes = SIZES[content.master];
        const title = slide.continued ? `${slide.title} ${labelsFor(deck.lang).continued}` : slide.title;
        return {
          id: slide.id,
          section: group.title,
          ...content,
          title: slide.title,
          continued: slide.continued === true,
          notes: slide.notes,
          titleSize: fitFontSize([{ text: title, list: 'none' }], box.title, sizes.title, true),
          bodySize: fitFontSize(content.body, box.body, sizes.body),
        };
      }),
  );
}

type PptxGenJS = import('pptxgenjs').default;
type TextRun = import('pptxgenjs').default.TextProps;

/** Defines the three masters: background, placeholders styled in the theme, footer and slide number. */
function defineMasters(pptx: PptxGenJS, deck: Deck, theme: PptxTheme, width: number, height: number): void {
  const boxes = masterBoxes(width, height);
  const footer = [deck.meta.publication, deck.meta.date ? formatDate(deck.meta.date, deck.lang) : null].filter(Boolean).join(' · ');
  const placeholder = (name: 'kicker' | 'title' | 'body', box: Box, style: Partial<import('pptxgenjs').default.PlaceholderProps>) => ({
    placeholder: { options: { name, type: name === 'title' ? ('title' as const) : ('body' as const), ...box, ...style }, text: '' },
  });
  const kickerStyle = { fontFace: theme.bodyFont, fontSize: KICKER_SIZE, bold: true, color: theme.accent };
  const titleStyle = (master: MasterName) => ({
    fontFace: theme.headingFont,
    fontSize: SIZES[master].title[0],
    bold: true,
    color: theme.heading,
  });
  const bodyStyle = (master: MasterName) => ({ fontFace: theme.bodyFont, fontSize: SIZES[master].body[0], color: theme.text });
  const footerObjects = footer
    ? [
        {
          text: {
            text: footer,
            options: {
              x: 0.6,
              y: height - 0.55,
              w: width - 2.4,
              h: 0.35,
              fontFace: theme.bodyFont,
              fontSize: FOOTER_SIZE,
              color: theme.muted,
            },
          },
        },
      ]
    : [];
  const slideNumber = {
    x: width - 1.3,
    y: height - 0.55,
    w: 0.7,
    h: 0.35,
    fontFace: theme.bodyFont,
    fontSize: FOOTER_SIZE,
    color: theme.muted,
    align: 'right' as const,
  };
  const title = boxes.BRIEFDECK_TITLE;
  const section = boxes.BRIEFDECK_SECTION;
  const points = boxes.BRIEFDECK_POINTS;
  pptx.defineSlideMaster({
    title: 'BRIEFDECK_TITLE',
    background: { color: theme.background },
    objects: [
      { rect: { x: 0, y: 0, w: 0.2, h: height, fill: { color: theme.accent }, line: { color: theme.accent } } },
      ...(title.kicker ? [placeholder('kicker', title.kicker, kickerStyle)] : []),
      placeholder('title', title.title, titleStyle('BRIEFDECK_TITLE')),
      placeholder('body', title.body, bodyStyle('BRIEFDECK_TITLE')),
    ],
  });
  pptx.defineSlideMaster({
    title: 'BRIEFDECK_SECTION',
    background: { color: theme.background },
    slideNumber,
    objects: [
      ...(section.kicker ? [placeholder('kicker', section.kicker, kickerStyle)] : []),
      placeholder('title', section.title, titleStyle('BRIEFDECK_SECTION')),
      placeholder('body', section.body, { ...bodyStyle('BRIEFDECK_SECTION'), color: theme.muted }),
      ...footerObjects,
    ],
  });
  pptx.defineSlideMaster({
    title: 'BRIEFDECK_POINTS',
    background: { color: theme.background },
    slideNumber,
    objects: [
      placeholder('title', points.title, titleStyle('BRIEFDECK_POINTS')),
      // The rule under the title, as the HTML deck's h2 border.
      { line: { x: 0.6, y: points.title.y + points.title.h + 0.05, w: width - 1.2, h: 0, line: { color: theme.muted, width: 1.5 } } },
      placeholder('body', points.body, bodyStyle('BRIEFDECK_POINTS')),
      ...footerObjects,
    ],
  });
}

/** A placeholder's paragraphs as pptxgenjs text runs: one paragraph each, bullets and numbers as PowerPoint's own. */
function bodyRuns(paragraphs: readonly PptxParagraph[], size: number, theme: PptxTheme, colour: string): TextRun[] {
  return paragraphs.map((paragraph, index) => ({
    text: paragraph.text,
    options: {
      bullet: paragraph.list === 'disc' ? true : paragraph.list === 'number' ? { type: 'number' } : false,
      bold: paragraph.tone === 'strong',
      color: paragraph.tone === 'muted' ? theme.muted : colour,
      paraSpaceAfter: Math.round(size * PARAGRAPH_GAP_EM),
      breakLine: index < paragraphs.length - 1,
    },
  }));
}

/** Writes the planned slides with pptxgenjs: the package as pptxgenjs makes it, before normalisePackage. */
async function writeWithPptxGenJS(deck: Deck, planned: readonly PlannedSlide[], theme: PptxTheme, info: PptxInfo): Promise<Uint8Array> {
  // Loaded on use: no other command pays for it. Its types describe a CommonJS default export;
  // the ES build it resolves to under `import` has the class itself as the default.
  const { default: loaded } = await import('pptxgenjs');
  const PptxGenJSClass = loaded as unknown as new () => PptxGenJS;
  const pptx = new PptxGenJSClass();
  const width = deck.width / 96;
  const height = deck.height / 96;
  pptx.defineLayout({ name: 'BRIEFDECK', width, height });
  pptx.layout = 'BRIEFDECK';
  pptx.title = info.title;
  pptx.author = info.authors.join(', ');
  pptx.subject = info.subject;
  if (deck.meta.publication) pptx.company = deck.meta.publication;
  pptx.theme = { headFontFace: theme.headingFont, bodyFontFace: theme.bodyFont };
  defineMasters(pptx, deck, theme, width, height);
  for (const section of new Set(planned.map((slide) => slide.section))) pptx.addSection({ title: section });
  for (const plan of planned) {
    const slide = pptx.addSlide({ masterName: plan.master, sectionTitle: plan.section });
    const shrink = { fit: 'shrink' as const, valign: 'top' as const };
    if (plan.kicker) {
      slide.addText(plan.kicker, { placeholder: 'kicker', fontSize: KICKER_SIZE, bold: true, color: theme.accent, align: 'left' });
    }
    const titleRuns: TextRun[] = [{ text: plan.title, options: { bold: true, color: theme.heading } }];
    if (plan.continued) {
      titleRuns.push({
        text: ` ${labelsFor(deck.lang).continued}`,
        options: { bold: false, color: theme.muted, fontSize: Math.round(plan.titleSize * 0.6) },
      });
    }
    // A points slide's title sits on the rule under it; the others' hang from the top of their box.
    const titleAlign = { align: 'left' as const, valign: plan.master === 'BRIEFDECK_POINTS' ? ('bottom' as const) : ('top' as const) };
    slide.addText(titleRuns, { placeholder: 'title', fontFace: theme.headingFont, fontSize: plan.titleSize, fit: 'shrink', ...titleAlign });
    if (plan.body.length > 0) {
      const colour = plan.master === 'BRIEFDECK_SECTION' ? theme.muted : theme.text;
      slide.addText(bodyRuns(plan.body, plan.bodySize, theme, colour), {
        placeholder: 'body',
        fontFace: theme.bodyFont,
        fontSize: plan.bodySize,
        align: 'left',
        ...shrink,
      });
    }
    slide.addNotes(plan.notes);
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

function internalError(message: string): BriefdeckError {
  return new BriefdeckError(message, { hint: 'This is a bug in briefdeck: please report it with the deck.' });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Notes as PowerPoint paragraphs: one per paragraph of the notes (blank-line separated), a line break for a lone newline. */
export function notesParagraphsXml(notes: string): string {
  const run = (text: string) => `<a:r><a:rPr lang="en-US" dirty="0"/><a:t>${escapeXml(text)}</a:t></a:r>`;
  const end = '<a:endParaRPr lang="en-US" dirty="0"/>';
  if (notes === '') return `<a:p>${end}</a:p>`;
  return notes
    .split(/\n{2,}/)
    .map((paragraph) => `<a:p>${paragraph.split('\n').map(run).join('<a:br><a:rPr lang="en-US" dirty="0"/></a:br>')}${end}</a:p>`)
    .join('');
}

/** A GUID made from `seed`, for ids PowerPoint wants unique in the file and briefdeck wants the same on every run. */
function stableGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Zip entries cannot be dated before 1980 (MS-DOS time): an earlier document date is stamped as that. */
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

/**
 * The package pptxgenjs wrote, made reproducible and complete: the document's dates in
 * docProps/core.xml and on every zip entry are `info.date`; the section ids are made from the
 * sections' places and names; each notes slide holds its notes as paragraphs (pptxgenjs writes
 * them as one run with raw line breaks). Entries keep their order; they are deflated.
 */
async function normalisePackage(bytes: Uint8Array, planned: readonly PlannedSlide[], info: PptxInfo): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const edits = new Map<string, (xml: string) => string>();
  edits.set('docProps/core.xml', (xml) =>
    xml.replace(
      /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
      (_, open: string, _name, close: string) => open + date + close,
    ),
  );
  edits.set('ppt/presentation.xml', (xml) => {
    let index = 0;
    return xml.replace(
      /(<p14:section name="([^"]*)" id=")\{[0-9A-Fa-f-]+\}/g,
      (_, head: string, name: string) => `${head}{${stableGuid(`${index++}:${name}`)}}`,
    );
  });
  planned.forEach((plan, index) => {
    edits.set(`ppt/notesSlides/notesSlide${index + 1}.xml`, (xml) => {
      const body = /(<p:cNvPr id="\d+" name="Notes Placeholder \d+"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;
      if (!body.test(xml)) throw internalError(`the notes of slide "${plan.id}" are not where pptxgenjs puts them`);
      return xml.replace(body, (_, head: string, tail: string) => head + notesParagraphsXml(plan.notes) + tail);
    });
  });
  const stamp = new Date(Math.max(info.date.getTime(), ZIP_EPOCH));
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    // Folder entries are not part of an Office package; PowerPoint writes none.
    if (entry.dir) continue;
    const edit = edits.get(entry.name);
    const content = edit ? edit(await entry.async('string')) : await entry.async('uint8array');
    edits.delete(entry.name);
    out.file(entry.name, content, { date: stamp, createFolders: false });
  }
  if (edits.size > 0) throw internalError(`pptxgenjs wrote no ${[...edits.keys()].join(', ')}`);
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export interface PptxResult {
  bytes: Uint8Array;
  slides: PlannedSlide[];
}

/** The deck as a PowerPoint file, in `theme`'s colours and fonts (src/export/pptx-theme.ts). */
export async function deckToPptx(deck: Deck, theme: PptxTheme, info: PptxInfo): Promise<PptxResult> {
  const slides = planSlides(deck);
  if (slides.length === 0) throw internalError('the deck has no visible slide to export');
  const written = await writeWithPptxGenJS(deck, slides, theme, info);
  return { bytes: await normalisePackage(written, slides, info), slides };
}
