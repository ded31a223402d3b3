import type { OutlineFile } from './format.js';

/**
 * A dragged order written into outline.md's text: the `#` group blocks, or one group's `##`
 * slide blocks, moved as whole runs of lines, so every other line (the presenter's wording,
 * notes, comments, front matter) stays byte for byte. Pure: text and parsed file in, text out.
 */

/** The ids in `current` that `wanted` names take its order; the others keep their places. */
function reordered(current: readonly string[], wanted: readonly string[]): string[] {
  const sorted = wanted.filter((id) => current.includes(id));
  let next = 0;
  return current.map((id) => (wanted.includes(id) ? (sorted[next++] as string) : id));
}

/** Lines [start, end) of each item, from its heading to the next item's heading (or `end`). */
function spans(starts: readonly number[], end: number): Array<[number, number]> {
  return starts.map((start, i) => [start, starts[i + 1] ?? end]);
}

/** A block's lines without the blank lines that end it: blocks are joined by one blank line again. */
function trimmed(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]?.trim() === '') end--;
  return lines.slice(0, end);
}

/** Blocks joined by one blank line each. */
function joined(blocks: ReadonlyArray<readonly string[]>): string[] {
  return blocks.flatMap((block, i) => (i === 0 ? [...block] : ['', ...block]));
}

/** Moves the groups of `file` (parsed from `text`) into the order `wanted` gives them. */
export function reorderGroups(text: string, file: OutlineFile, wanted: readonly string[]): string {
  const lines = text.split('\n');
  const starts = file.groups.map((group) => group.line - 1);
  const groupSpans = spans(starts, lines.length);
  const blocks = new Map(file.groups.map((group, i) => [group.id, groupSpans[i] as [number, number]]));
  const head = lines.slice(0, starts[0] ?? lines.length);
  const order = reordered(
    file.groups.map((group) => group.id),
    wanted,
  );
  const body = joined(order.map((id) => trimmed(lines.slice(...(blocks.get(id) as [number, number])))));
  return `${[...head, ...body].join('\n')}${text.endsWith('\n') ? '\n' : ''}`;
}

/** Moves the slides of group `groupId` into the order `wanted` gives them. */
export function reorderSlides(text: string, file: OutlineFile, groupId: string, wanted: readonly string[]): string {
  const lines = text.split('\n');
  const index = file.groups.findIndex((group) => group.id === groupId);
  const group = file.groups[index];
  if (!group || group.slides.length === 0) return text;
  const end = (file.groups[index + 1]?.line ?? lines.length + 1) - 1;
  const starts = group.slides.map((slide) => slide.line - 1);
  const slideSpans = spans(starts, end);
  const blocks = new Map(group.slides.map((slide, i) => [slide.id, slideSpans[i] as [number, number]]));
  const order = reordered(
    group.slides.map((slide) => slide.id),
    wanted,
  );
  const moved = joined(order.map((id) => trimmed(lines.slice(...(blocks.get(id) as [number, number])))));
  const after = lines.slice(end);
  const out = [...lines.slice(0, starts[0]), ...moved, ...(after.length > 0 ? ['', ...after] : [])].join('\n');
  return after.length > 0 ? out : `${out}${text.endsWith('\n') ? '\n' : ''}`;
}
