import { isMap, isScalar, isSeq, parseDocument, type ToStringOptions } from 'yaml';
import { minimalOrder, moveId } from '../deck/reorder.js';
import { closest } from '../deck/suggest.js';
import { BriefdeckError } from '../errors.js';
import type { Deck, Outline } from '../types.js';
import type { ReorderMove } from '../vite/events.js';
import type { CliDeckOptions } from './config.js';
import { z } from './zod.js';

/**
 * Write-back of a dragged order to `deck.yaml` (the dev server's reorder view): the move read
 * and planned, and applied to the YAML text with comments and formatting kept. Building the
 * deck as it is on disk, checking the result and writing it is src/vite/write-order.ts, which
 * may use the pipeline (this module may not). Any problem throws a BriefdeckError.
 */

const moveSchema = z.strictObject({
  kind: z.enum(['group', 'slide']),
  id: z.string().check(z.minLength(1)),
  target: z.string().check(z.minLength(1)),
  place: z.enum(['before', 'after']),
});

/** Where the new ids go: the top-level `order`, or `slides.<group>`. */
export type OrderKey = readonly ['order'] | readonly ['slides', string];

export interface OrderEdit {
  key: OrderKey;
  /** The shortest list giving the wanted order; empty means the essay's order. */
  ids: string[];
  /** The order now: group ids, or the group's slide ids. */
  current: string[];
  /** The full order the edit must produce, in the same terms. */
  wanted: string[];
}

function unknownId(what: string, id: string, known: readonly string[]): BriefdeckError {
  const guess = closest(id, known);
  return new BriefdeckError(`unknown ${what} id "${id}"${guess ? `: did you mean "${guess}"?` : ''}`, {
    hint: `Valid ${what} ids: ${known.join(', ')}. Reload the page if the essay changed.`,
  });
}

/** Reads an untrusted request body as a move, naming what was wrong with it. */
export function parseMove(body: unknown): ReorderMove {
  const parsed = moveSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  throw new BriefdeckError(`bad reorder request: ${field}${issue?.message ?? 'invalid'}`, {
    hint: 'Send JSON { "kind": "group" | "slide", "id": ..., "target": ..., "place": "before" | "after" }.',
  });
}

/**
 * The deck.yaml edit for one move on the current deck: the new full order and the shortest
 * `order`/`slides` list relative to the essay's order (partialOrder's input). A group move is
 * refused when `--order` was given, because the CLI wins over the file and the drag would not show.
 */
export function planMove(outline: Outline, deck: Deck, move: ReorderMove, cli?: CliDeckOptions): OrderEdit {
  if (move.kind === 'group') {
    if (cli?.options.order !== undefined) {
      throw new BriefdeckError('--order was given to `briefdeck dev`; it wins over deck.yaml, so a dragged group order would not show', {
        hint: 'Restart `briefdeck dev` without --order to reorder groups by dragging.',
      });
    }
    const current = deck.groups.map((group) => group.id);
    for (const id of [move.id, move.target]) if (!current.includes(id)) throw unknownId('group', id, current);
    const wanted = move.id === move.target ? current : moveId(current, move.id, move.target, move.place);
    return {
      key: ['order'],
      ids: minimalOrder(
        outline.groups.map((group) => group.id),
        wanted,
      ),
      current,
      wanted,
    };
  }
  const groupOf = (id: string) => deck.groups.find((group) => group.slides.some((slide) => slide.id === id));
  const allSlides = deck.groups.flatMap((group) => group.slides.map((slide) => slide.id));
  const group = groupOf(move.id);
  if (!group) throw unknownId('slide', move.id, allSlides);
  const targetGroup = groupOf(move.target);
  if (!targetGroup) throw unknownId('slide', move.target, allSlides);
  if (targetGroup !== group) {
    throw new BriefdeckError(`slide "${move.id}" belongs to group "${group.id}", not "${targetGroup.id}"`, {
      hint: "Slides move within their group; drag a column's top slide to move the whole group.",
    });
  }
  const current = group.slides.map((slide) => slide.id);
  const wanted = move.id === move.target ? current : moveId(current, move.id, move.target, move.place);
  const original = outline.groups.find((candidate) => candidate.id === group.id)?.slides.map((slide) => slide.id) ?? [];
  return { key: ['slides', group.id], ids: minimalOrder(original, wanted), current, wanted };
}

// ---------------------------------------------------------------- YAML text

/** The first `#` that starts a comment (outside quotes, at the start or after a blank), or -1. */
function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === quote && !(quote === '"' && line[i - 1] === '\\')) quote = null;
    } else if (char === '"' || char === "'") {
      if (i === 0 || /[\s[{,:]/.test(line[i - 1] ?? '')) quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) {
      return i;
    }
  }
  return -1;
}

/**
 * A line as YAML reads it, for telling whether an edit touched it: trailing blanks dropped, the
 * blanks before an inline comment collapsed to one, no padding inside flow brackets.
 */
function normalize(line: string): string {
  const trimmed = line.replace(/\s+$/, '');
  const at = commentStart(trimmed);
  const code = at < 0 ? trimmed : trimmed.slice(0, at).replace(/\s+$/, '');
  let unpadded = '';
  let quote: string | null = null;
  for (const char of code) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ' ' && /[[{]$/.test(unpadded)) {
      continue;
    } else if (char === ']' || char === '}') {
      unpadded = unpadded.replace(/ +$/, '');
    }
    unpadded += char;
  }
  return at < 0 ? unpadded : `${unpadded}${at > 0 ? ' ' : ''}${trimmed.slice(at)}`;
}

/** Stringify options that match the file's own style: indentation, sequence indent, flow padding. */
function styleOf(lines: readonly string[]): ToStringOptions {
  const content = lines.filter((line) => line.trim() && !line.trimStart().startsWith('#'));
  const mapIndents = content.map((line) => /^( +)[^\s-]/.exec(line)?.[1]?.length ?? 0).filter((n) => n > 0);
  let indentSeq = true;
  for (let i = 1; i < content.length; i++) {
    const key = /^( *)[^\s#-][^#]*:\s*(#.*)?$/.exec(content[i - 1] ?? '');
    const item = /^( *)- /.exec(content[i] ?? '');
    if (key && item) {
      indentSeq = (item[1]?.length ?? 0) > (key[1]?.length ?? 0);
      break;
    }
  }
  return {
    indent: mapIndents.length > 0 ? Math.min(...mapIndents) : 2,
    indentSeq,
    // Only sequences are written, so their brackets decide: `[ a, b ]` or `[a, b]`.
    flowCollectionPadding: content.some((line) => /\[ +[^\s\]]/.test(commentStart(line) >= 0 ? line.slice(0, commentStart(line)) : line)),
    // Never fold long titles or id lists onto new lines.
    lineWidth: 0,
  };
}

/**
 * `next` with every line that reads the same as a line of `previous` (see `normalize`) taken
 * verbatim from `previous`, aligned by longest common subsequence, so the lines an edit did not
 * touch stay byte for byte. A changed line whose inline comment was on a replaced line keeps
 * that comment's column.
 */
function keepUntouchedLines(previous: readonly string[], next: readonly string[]): string[] {
  const a = previous.map(normalize);
  const b = next.map(normalize);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const kept = new Map<number, string>();
  const replaced: string[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (i < a.length && j < b.length && a[i] === b[j]) kept.set(j++, previous[i++] as string);
    else if (j >= b.length || (i < a.length && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) replaced.push(previous[i++] as string);
    else j++;
  }
  const commentOf = (line: string): string | null => (commentStart(line) > 0 ? line.slice(commentStart(line)) : null);
  return next.map((line, j) => {
    const old = kept.get(j);
    if (old !== undefined) return old;
    const comment = commentOf(line);
    const source = comment === null ? -1 : replaced.findIndex((candidate) => commentOf(candidate) === comment);
    if (comment === null || source < 0) return line;
    const column = commentStart(replaced.splice(source, 1)[0] as string);
    const code = line.slice(0, commentStart(line)).replace(/\s+$/, '');
    return `${code.padEnd(Math.max(column, code.length + 1))}${comment}`;
  });
}

/**
 * deck.yaml's text with the sequence at `key` set to `ids`, everything else kept: comments (an
 * item's comment moves with the item), key order, quoting, blank lines and the file's layout.
 * A new sequence is written in flow style (`order: [a, b]`); an emptied list is removed, and an
 * emptied `slides:` map with it.
 */
export function editDeckYaml(text: string, key: OrderKey, ids: readonly string[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error('editDeckYaml needs a document without syntax errors');
  const node = doc.getIn(key, true);
  if (ids.length === 0) {
    // Back to the essay's order: the list goes, and a `slides:` map left empty with it.
    if (node !== undefined) doc.deleteIn(key);
    const slides = doc.get('slides', true);
    if (key[0] === 'slides' && isMap(slides) && slides.items.length === 0) doc.delete('slides');
  } else if (isSeq(node)) {
    const existing = new Map(node.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [[item.value, item]] : [])));
    node.items = ids.map((id) => existing.get(id) ?? doc.createNode(id));
  } else {
    const seq = doc.createNode([...ids]);
    seq.flow = true;
    doc.setIn(key, seq);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const previous = text.split(/\r?\n/);
  const generated = doc.toString(styleOf(previous));
  const kept = keepUntouchedLines(previous, generated.split('\n')).join(eol);
  // The kept lines must not change a single value; if they would, the generated text is used.
  const reread = parseDocument(kept);
  const same = reread.errors.length === 0 && JSON.stringify(reread.toJS()) === JSON.stringify(parseDocument(generated).toJS());
  return same ? kept : generated.split('\n').join(eol);
}

// ---------------------------------------------------------------- the write
