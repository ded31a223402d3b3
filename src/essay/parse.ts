import { BriefdeckError } from '../errors.js';
import type { Essay, EssaySource, Paragraph, RemovedLine } from '../types.js';
import { type Block, blockKey, splitLines, textBlocks } from './blocks.js';
import { detectFormat } from './format.js';
import { type FrontMatter, splitFrontMatter } from './front-matter.js';
import { detectLanguage } from './language.js';
import { markdownBlocks } from './markdown.js';
import { PASSES } from './passes.js';
import { EssayState } from './state.js';
import { matchKey, normalizeSpace } from './text.js';

/**
 * Essay text → Essay. Pure: the caller reads the file. The format is decided by the content
 * (unless the source names it), the text becomes blocks, and the passes of src/essay/passes.ts
 * decide what every block is. Every line that reaches no slide is listed in `removed`, with its
 * reason and the pass that removed it.
 */
export function parseEssay(source: EssaySource): Essay {
  const detected = source.format ? { format: source.format, signs: [] } : detectFormat(source.text);
  const lines = splitLines(source.text);
  let front: FrontMatter = {};
  let blocks: Block[];
  if (detected.format === 'markdown') {
    const split = splitFrontMatter(source.text, source.path, lines);
    front = split.front;
    // (A body that is the text itself, with no byte-order mark for splitLines to take off, has the text's lines.)
    const bodyLines = split.body === source.text && !source.text.startsWith('\uFEFF') ? lines : undefined;
    blocks = markdownBlocks(split.body, bodyLines);
  } else {
    blocks = textBlocks(source.text);
  }
  if (!blocks.some((block) => /\p{L}/u.test(block.plain))) {
    throw new BriefdeckError('the essay has no text', {
      file: source.path,
      line: 1,
      hint: 'Paste the essay into the file as plain text or Markdown, one paragraph per line or separated by blank lines.',
    });
  }
  const state = new EssayState(source.path, detected.format, lines, blocks, front);
  state.meta.language = detectLanguage(source.text);
  for (const pass of PASSES) {
    state.pass = pass.name;
    pass.run(state);
  }
  const { intro, sections, conclusion, appendix } = state.sections;
  if (intro.length === 0 && sections.length === 0 && !conclusion) {
    const first = blocks[state.bodyStart] ?? blocks[0];
    throw new BriefdeckError('no essay body found: no paragraph of running text after the title', {
      file: source.path,
      line: first?.lines.start ?? 1,
      hint: 'An essay needs at least one paragraph of full sentences; check that the file holds the article text.',
    });
  }
  const bio: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  const seen = new Set<number>();
  // (A page may print its writer's box twice or more, at the top and at the end: one bio, the others said already.)
  const bios = new Set<string>();
  blocks.forEach((block, i) => {
    const decision = state.decisions[i];
    if (block.kind === 'rule') return;
    let role = decision?.role ?? { kind: 'chrome', reason: 'outside-article' };
    if (role.kind === 'bio' && bios.has(blockKey(block))) role = { kind: 'chrome', reason: 'end-matter' };
    if (role.kind === 'bio') {
      bios.add(blockKey(block));
      bio.push(state.paragraph(block));
    } else if (role.kind === 'chrome') {
      for (let line = block.lines.start; line <= block.lines.end; line++) {
        const text = normalizeSpace(lines[line - 1] ?? '');
        if (!text || seen.has(line)) continue;
        seen.add(line);
        removed.push({ line, text, reason: role.reason, pass: decision?.pass ?? 'parse' });
      }
    }
  });
  removed.sort((a, b) => a.line - b.line);
  return {
    source: { path: source.path, format: detected.format, formatSigns: detected.signs, lineCount: lines.length },
    // (A page may print a writer's name twice in a row, "By" / "David Fear" / "David Fear": one writer.)
    meta: {
      ...state.meta,
      authors: state.meta.authors.filter((name, i, all) => all.findIndex((other) => matchKey(other) === matchKey(name)) === i),
    },
    intro,
    sections,
    conclusion,
    appendix,
    bio,
    removed,
  };
}
