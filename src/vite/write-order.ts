import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../deck/build.js';
import { BriefdeckError } from '../errors.js';
import { type CliDeckOptions, type DeckConfigFile, parseDeckConfig, resolveOptionsFor } from '../io/config.js';
import { writeFileAtomically } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { editDeckYaml, type OrderEdit, parseMove, planMove } from '../io/write-config.js';
import { parseOutlineFile } from '../outline-file/format.js';
import { reorderGroups, reorderSlides } from '../outline-file/reorder.js';
import { resolveOutlineFile } from '../outline-file/resolve.js';
import { type BuiltDeck, buildFromLocation } from '../pipeline.js';
import type { Deck } from '../types.js';

/**
 * The dev server's drag-to-reorder, written to the deck's outline.md when it has one, else to deck.yaml: the deck is built as it is on disk
 * (src/pipeline.ts), the move planned and applied to the YAML text by src/io/write-config.ts.
 * It lives above the pipeline so that no lower stage imports it.
 */

export interface ReorderResult {
  file: string;
  /** False when the move left the order as it was: nothing was written. */
  changed: boolean;
  edit: OrderEdit;
}

/** The order a deck gives the ids an edit moves: its groups, or one group's slides. */
function orderOf(deck: Deck, edit: OrderEdit): string[] {
  return edit.key[0] === 'order'
    ? deck.groups.map((group) => group.id)
    : (deck.groups.find((group) => group.id === edit.key[1])?.slides.map((slide) => slide.id) ?? []);
}

/**
 * The move written into outline.md by moving its blocks of lines (src/outline-file/reorder.ts):
 * the new text must parse and give exactly the wanted order, or nothing is written. The file's
 * `generated:` stamp is left as it was, so the file counts as the presenter's from now on.
 */
function writeOutlineOrder(built: BuiltDeck, path: string, config: DeckConfigFile, edit: OrderEdit, cli?: CliDeckOptions): ReorderResult {
  const text = readFileSync(path, 'utf8');
  const parsed = parseOutlineFile(text, path);
  const next = edit.key[0] === 'order' ? reorderGroups(text, parsed, edit.wanted) : reorderSlides(text, parsed, edit.key[1], edit.wanted);
  const { outline } = resolveOutlineFile(parseOutlineFile(next, path), built.essay, built.generated);
  const got = orderOf(buildDeck(outline, resolveOptionsFor(outline, config, cli)), edit);
  if (got.join('\n') !== edit.wanted.join('\n')) {
    throw new Error(`briefdeck: the edited outline.md gives ${got.join(', ')} instead of ${edit.wanted.join(', ')}; nothing was written`);
  }
  if (next === text) return { file: path, changed: false, edit };
  writeFileAtomically(path, next);
  return { file: path, changed: true, edit };
}

/**
 * Applies one move to the deck folder's outline.md when there is one and deck.yaml does not order
 * what moved, else to deck.yaml (created when missing). The current essay and
 * deck.yaml must build; the new text must parse, pass the schema and the id checks, and give
 * exactly the wanted order, or nothing is written.
 */
export function writeReorder(deckDir: string | null, body: unknown, cli?: CliDeckOptions): ReorderResult {
  if (!deckDir) {
    throw new BriefdeckError('this deck is a single essay file, so there is no deck.yaml to write the order to', {
      hint: 'Put the essay in a folder (as essay.txt or essay.md) and run `briefdeck dev FOLDER` to reorder by dragging.',
    });
  }
  const move = parseMove(body);
  const built = buildFromLocation(locateDeck(deckDir), cli);
  const file = join(deckDir, 'deck.yaml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // The file as it is now must be valid: an edit is never made on top of a broken file.
  const config = parseDeckConfig(text, file);
  const edit = planMove(built.outline, built.deck, move, cli);
  // Dropped where it was: the file is left alone, even if its lists are longer than needed.
  if (edit.wanted.join('\n') === edit.current.join('\n')) return { file, changed: false, edit };
  // With an outline.md, the order is written there, unless deck.yaml already orders what moved (it wins).
  const listedInYaml = edit.key[0] === 'order' ? config.options.order !== undefined : config.options.slides?.[edit.key[1]] !== undefined;
  if (built.outlineFile && !listedInYaml) return writeOutlineOrder(built, built.outlineFile.path, config, edit, cli);
  const next = editDeckYaml(text, edit.key, edit.ids);
  const options = resolveOptionsFor(built.outline, parseDeckConfig(next, file), cli);
  const deck = buildDeck(built.outline, options);
  const got = orderOf(deck, edit);
  if (got.join('\n') !== edit.wanted.join('\n')) {
    throw new Error(`briefdeck: the edited deck.yaml gives ${got.join(', ')} instead of ${edit.wanted.join(', ')}; nothing was written`);
  }
  if (next === text) return { file, changed: false, edit };
  writeFileAtomically(file, next);
  return { file, changed: true, edit };
}
