import { wordCount } from '../essay/text.js';
import type { LineSpan, Paragraph, Sentence } from '../types.js';

/**
 * Most words on one about slide. The bio is shown whole, as running text at 0.85 of the body
 * size: in the briefing theme some 180 words fill a 16:9 slide at the designed size, and
 * themes with larger type have the client's fitting (src/client/fit.ts, never below 24 px) to
 * fall back on. A longer bio (several authors) goes on continuation slides.
 */
export const ABOUT_PAGE_WORDS = 150;

/** Some of a paragraph's sentences, in order: the part of it that goes on one slide. */
export interface PagePart {
  paragraph: Paragraph;
  sentences: Sentence[];
}

/**
 * The bio in pages of at most `budget` words: whole paragraphs where they fit,
 * a paragraph longer than a page split between sentences. A single sentence longer than a
 * page gets a page of its own. Every sentence lands on exactly one page, in order.
 */
export function aboutPages(paragraphs: ReadonlyArray<Paragraph>, budget = ABOUT_PAGE_WORDS): PagePart[][] {
  const pages: PagePart[][] = [];
  let page: PagePart[] = [];
  let words = 0;
  const turn = (): void => {
    if (page.length > 0) pages.push(page);
    page = [];
    words = 0;
  };
  for (const paragraph of paragraphs) {
    const length = wordCount(paragraph.text);
    if (words > 0 && words + length > budget && length <= budget) turn();
    let part: PagePart = { paragraph, sentences: [] };
    for (const sentence of paragraph.sentences) {
      const count = wordCount(sentence.text);
      if (words > 0 && words + count > budget) {
        if (part.sentences.length > 0) page.push(part);
        turn();
        part = { paragraph, sentences: [] };
      }
      part.sentences.push(sentence);
      words += count;
    }
    if (part.sentences.length > 0) page.push(part);
  }
  turn();
  return pages;
}

/** The lines a part spans: from its paragraph's first line when it starts the paragraph, to its last line when it ends it. */
export function partLines({ paragraph, sentences }: PagePart): LineSpan {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const start = first === paragraph.sentences[0] || !first ? paragraph.lines.start : first.line;
  const end = last === paragraph.sentences[paragraph.sentences.length - 1] || !last ? paragraph.lines.end : last.line;
  return { start, end };
}

/** A link's label closing a bio's preview: "Read more", "Full bio", "View profile". */
const LINK_LABEL =
  /^(?:read more|more|continue reading|(?:read |see |view )?(?:the )?full (?:bio|biography|profile)|(?:see|view) (?:bio|profile))[.:…]*$/i;

/** The writer's handle closing a bio: "Twitter: @samoburja", "Bluesky: @jane.bsky.social". */
const SOCIAL_HANDLE = /^(?:twitter|x|bluesky|mastodon|threads|instagram|linkedin)\s*:\s*@[\w.@-]+\.?$/i;

/**
 * The bio's sentences a slide shows: without the link a page sets after a bio's preview ("… journalism in... Read
 * more"), nor the writer's handle closing it ("Twitter: @samoburja"). The link and the handle are the page's; the
 * sentence a preview cut off stays, its ellipsis showing the cut.
 */
export function withoutPreviewLink(paragraph: Paragraph): Paragraph {
  const { sentences } = paragraph;
  const last = sentences.length - 1;
  const closing = (sentences[last] as Sentence | undefined)?.text.trim() ?? '';
  if (last < 1 || !(LINK_LABEL.test(closing) || SOCIAL_HANDLE.test(closing))) return paragraph;
  const kept = sentences.slice(0, last);
  const end = kept[kept.length - 1] as Sentence;
  const at = paragraph.text.lastIndexOf(end.text);
  return at < 0 ? paragraph : { ...paragraph, text: paragraph.text.slice(0, at + end.text.length), sentences: kept };
}
