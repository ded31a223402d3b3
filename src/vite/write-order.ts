import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../deck/build.js';
import { BriefdeckError } from '../errors.js';
import { type CliDeckOptions, parseDeckConfig, resolveOptionsFor } from '../io/config.js';
import { writeFileAtomically } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { editDeckYaml, type OrderEdit, parseMove, planMove } from '../io/write-config.js';
import { buildFromLocation } from '../pipeline.js';

/**
 * The dev server's drag-to-reorder, written to deck.yaml: the deck is built as it is on disk
 * (src/pipeline.ts), the move planned and applied to the YAML text by src/io/write-config.ts.
 * It lives above the pipeline so that no lower stage imports it.
 */

export interface ReorderResult {
  file: string;
  /** False when the move left the order as it was: nothing was written. */
  changed: boolean;
  edit: OrderEdit;
}

/**
 * Applies one move to the deck folder's deck.yaml (created when missing). The current essay and
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
  parseDeckConfig(text, file);
  const edit = planMove(built.outline, built.deck, move, cli);
  // Dropped where it was: the file is left alone, even if its lists are longer than needed.
  if (edit.wanted.join('\n') === edit.current.join('\n')) return { file, changed: false, edit };
  const next = editDeckYaml(text, edit.key, edit.ids);
  const options = resolveOptionsFor(built.outline, parseDeckConfig(next, file), cli);
  const deck = buildDeck(built.outline, options);
  const got =
    edit.key[0] === 'order'
      ? deck.groups.map((group) => group.id)
      : (deck.groups.find((group) => group.id === edit.key[1])?.slides.map((slide) => slide.id) ?? []);
  if (got.join('\n') !== edit.wanted.join('\n')) {
    throw new Error(`briefdeck: the edited deck.yaml gives ${got.join(', ')} instead of ${edit.wanted.join(', ')}; nothing was written`);
  }
  if (next === text) return { file, changed: false, edit };
  writeFileAtomically(file, next);
  return { file, changed: true, edit };
}
