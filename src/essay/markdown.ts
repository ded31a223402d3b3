import MarkdownIt, { type Token } from 'markdown-it';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { BriefdeckError } from '../errors.js';
import { type Block, makeBlock, splitLines } from './blocks.js';

/** Fields read from YAML front matter; each value keeps the line it was found on. */
export interface FrontMatter {
  title?: { value: string; line: number };
  subtitle?: { value: string; line: number };
  authors?: { value: string[]; line: number };
  date?: { value: string; line: number };
  publication?: { value: string; line: number };
  category?: { value: string; line: number };
}

const FIELD_ALIASES: Record<string, keyof FrontMatter> = {
  title: 'title',
  subtitle: 'subtitle',
  description: 'subtitle',
  dek: 'subtitle',
  summary: 'subtitle',
  author: 'authors',
  authors: 'authors',
  by: 'authors',
  date: 'date',
  published: 'date',
  publication: 'publication',
  publisher: 'publication',
  site: 'publication',
  source: 'publication',
  category: 'category',
  categories: 'category',
};

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

/**
 * Splits `---` front matter off the top of a Markdown file. The block's lines are blanked,
 * not removed, so the line numbers of the rest stay true.
 */
export function splitFrontMatter(text: string, path: string): { body: string; front: FrontMatter } {
  const lines = splitLines(text);
  if (lines[0]?.trim() !== '---') return { body: text, front: {} };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) return { body: text, front: {} };
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const position = counter.linePos(error.pos[0]);
    throw new BriefdeckError(`invalid YAML front matter: ${error.message.split('\n')[0]}`, {
      file: path,
      line: position.line + 1, // the YAML starts on the file's second line
      column: position.col,
      hint: 'Fix the YAML between the two `---` lines at the top of the file, or remove it.',
    });
  }
  const front: FrontMatter = {};
  if (isMap(doc.contents)) {
    const data = doc.toJS() as Record<string, unknown>;
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const field = FIELD_ALIASES[key.toLowerCase()];
      if (!field || front[field]) continue;
      // +1: the YAML starts on the file's second line; linePos is 1-based already.
      const line = counter.linePos(pair.key.range?.[0] ?? 0).line + 1;
      const value = data[key];
      if (field === 'authors') {
        const list = (Array.isArray(value) ? value : [value])
          .map((entry) => (entry && typeof entry === 'object' && 'name' in entry ? (entry as { name: unknown }).name : entry))
          .map(scalarText)
          .filter((name): name is string => name !== null);
        if (list.length > 0) front.authors = { value: list, line };
      } else {
        const scalar = Array.isArray(value) ? scalarText(value[0]) : scalarText(value);
        if (scalar) front[field] = { value: scalar, line };
      }
    }
  }
  const blanked = lines.map((line, i) => (i <= close ? '' : line));
  return { body: blanked.join('\n'), front };
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Plain text of an inline token, soft breaks kept as line boundaries. */
function inlineParts(
  token: Token,
  firstLine: number,
): { parts: Array<{ text: string; line: number }>; boldLead?: string; emphasised: boolean } {
  const parts: Array<{ text: string; line: number }> = [];
  let line = firstLine;
  let current = '';
  let boldDepth = 0;
  let boldLead: string | undefined;
  let boldBuffer = '';
  let seenText = false;
  let outsideEmphasis = false;
  let emphasisDepth = 0;
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        if (child.content.trim() && emphasisDepth === 0 && boldDepth === 0) outsideEmphasis = true;
        if (boldDepth > 0 && !seenText) boldBuffer += child.content;
        if (child.content.trim() && boldDepth === 0) seenText = true;
        current += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        parts.push({ text: current, line });
        current = '';
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
        current += child.content;
        break;
      default:
        break;
    }
  }
  parts.push({ text: current, line });
  const result: { parts: Array<{ text: string; line: number }>; boldLead?: string; emphasised: boolean } = {
    parts: parts.filter((part) => part.text.trim() !== ''),
    emphasised: !outsideEmphasis,
  };
  if (boldLead) result.boldLead = boldLead;
  return result;
}

/** Markdown (front matter already blanked) → blocks, with markdown-it's line maps. */
export function markdownBlocks(body: string): Block[] {
  const tokens = md.parse(body, {});
  const blocks: Block[] = [];
  let headingLevel = 0;
  let inItem = 0;
  tokens.forEach((token, i) => {
    switch (token.type) {
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1));
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
      case 'html_block': {
        const text = token.content.replace(/<[^>]*>/g, ' ').trim();
        if (text) blocks.push(makeBlock('paragraph', [{ text, line: (token.map?.[0] ?? 0) + 1 }]));
        break;
      }
      case 'inline': {
        const opener = tokens[i - 1];
        const firstLine = (opener?.map?.[0] ?? token.map?.[0] ?? 0) + 1;
        const { parts, boldLead, emphasised } = inlineParts(token, firstLine);
        if (parts.length === 0) break;
        if (headingLevel > 0) {
          blocks.push(makeBlock('heading', parts, { level: headingLevel }));
        } else {
          const extra: Partial<Pick<Block, 'boldLead' | 'emphasised'>> = { emphasised };
          if (boldLead) extra.boldLead = boldLead;
          blocks.push(makeBlock(inItem > 0 ? 'item' : 'paragraph', parts, extra));
        }
        break;
      }
      default:
        break;
    }
  });
  return blocks;
}

export function looksLikeMarkdown(text: string): boolean {
  return /^---\s*$/m.test(text.split('\n', 1)[0] ?? '') || /^#{1,6}\s+\S/m.test(text) || /^\*\*[^*]+\*\*/m.test(text);
}
