import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/**
 * wink-nlp with the English model of wink-eng-lite-web-model, for the pipe ['sbd', 'pos'], made
 * to load fast: the model package's own loader took about 0.4 s of every build (a 3 MB JSON
 * parsed and deep-copied, base64 decoded a byte at a time, an 87,593-key object built, and the
 * NER and sentiment machines parsed though that pipe never runs them).
 *
 * `npm run compile` bundles this file with wink-nlp and the model's small pieces into
 * lib/nlp/wink.cjs (one file instead of some thirty modules) and calls `prepareCore` to write the
 * core model in the form `loadWink` reads: the typed arrays as raw bytes, read in place; the
 * lexemes as UTF-8 with a table of where each starts, read one at a time when wink-nlp asks
 * for one (a build tags a few hundred words of the model's 87,593: splitting them all into
 * strings cost more time and garbage than the rest of the load); their index table already
 * built. Both are made from the pinned packages; test/essay/wink-model.test.ts checks that the
 * tags are the stock model's.
 */

/** The core model's JSON as the model package ships it: the parts read here. */
interface CoreJson {
  lexicon: string;
  xpansions: string;
  features: Record<string, { list: string[] }>;
  packing: { layout: Record<string, number[]> };
}

/** What core.json holds: the core model without its big parts, and where they are in core.bin. */
interface PreparedCore {
  rest: Omit<CoreJson, 'lexicon' | 'xpansions'>;
  /** Byte lengths of core.bin's parts, in their order; each but the last is a whole number of 32-bit words. */
  bytes: { lexicon: number; xpansions: number; table: number; starts: number; lexemes: number };
}

/** Writes core.json and core.bin into `dir` from the model package's core JSON (at compile time). */
export function prepareCore(coreJsonPath: string, dir: string): void {
  const core = JSON.parse(readFileSync(coreJsonPath, 'utf8')) as CoreJson;
  const lexemes = core.features.lexeme?.list ?? [];
  const lexicon = Buffer.from(core.lexicon, 'base64');
  const xpansions = Buffer.from(core.xpansions, 'base64');
  const table = Buffer.from(buildTable(lexemes).buffer);
  const encoded = lexemes.map((lexeme) => Buffer.from(lexeme, 'utf8'));
  const starts = new Uint32Array(lexemes.length + 1);
  for (let k = 0; k < encoded.length; k++) starts[k + 1] = (starts[k] as number) + (encoded[k] as Buffer).length;
  const words = Buffer.concat(encoded);
  const { lexicon: _lexicon, xpansions: _xpansions, ...rest } = core;
  const prepared: PreparedCore = {
    rest: { ...rest, features: { ...rest.features, lexeme: { list: [] } } },
    bytes: { lexicon: lexicon.length, xpansions: xpansions.length, table: table.length, starts: starts.byteLength, lexemes: words.length },
  };
  writeFileSync(join(dir, 'core.json'), JSON.stringify(prepared));
  writeFileSync(join(dir, 'core.bin'), Buffer.concat([lexicon, xpansions, table, Buffer.from(starts.buffer), words]));
}

/** `bytes` as 32-bit words: a view where its offset allows one (a file read into its own memory), else a copy. */
function uint32(bytes: Uint8Array): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** FNV-1a over the UTF-16 code units: the same at compile time and at run time. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * An open-addressing table of `list`: slots (a power of two, at least twice the values) hold a
 * value's index + 1, 0 is empty, collisions go to the next slot.
 */
function buildTable(list: readonly string[]): Uint32Array {
  let size = 2;
  while (size < list.length * 2) size *= 2;
  const table = new Uint32Array(size);
  for (let k = 0; k < list.length; k++) {
    let slot = hashOf(list[k] as string) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = k + 1;
  }
  return table;
}

/**
 * A feature's value → index table, as wink-nlp 2.4.0 uses it (src/cache.js): it only reads
 * `hash[value]` (undefined when absent) and writes `hash[value] = index` for a value it has just
 * found absent, after pushing it onto `list`. The model's own values are found in `table` (for the
 * 87,593 lexemes, prepared at compile time: nothing to build at load), the values added later in
 * a Map; a model value once found is kept in that Map too, so a word met again is one look-up (the
 * table never changes and an added value is never one of its, so the Map answers as the table did).
 */
function indexTable(list: readonly string[], table: Uint32Array): Record<string, number> {
  const mask = table.length - 1;
  const known = new Map<string, number>();
  const get = (value: string): number | undefined => {
    const seen = known.get(value);
    if (seen !== undefined) return seen;
    for (let slot = hashOf(value) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const index = (table[slot] as number) - 1;
      if (list[index] === value) {
        known.set(value, index);
        return index;
      }
    }
    return undefined;
  };
  return new Proxy(known as unknown as Record<string, number>, {
    get: (_target, key) => get(key as string),
    set: (_target, key, index: number) => {
      known.set(key as string, index);
      return true;
    },
  });
}

/**
 * The lexeme list as wink-nlp 2.4.0 uses it (src/cache.js): `list[index]`, `list.length` and
 * `list.push(value)` for a word it has not seen. The model's own lexemes are decoded from `utf8`
 * when first read (`starts[k]` to `starts[k + 1]`) and kept, the words added later kept in an array.
 */
function lexemeList(utf8: Buffer, starts: Uint32Array): string[] {
  const count = starts.length - 1;
  const added: string[] = [];
  const decoded: (string | undefined)[] = [];
  const push = (...values: string[]): number => added.push(...values) + count;
  return new Proxy(added, {
    get: (_target, key) => {
      if (key === 'length') return count + added.length;
      if (key === 'push') return push;
      const index = typeof key === 'string' ? Number(key) : Number.NaN;
      if (!Number.isInteger(index) || index < 0) return undefined;
      if (index >= count) return added[index - count];
      let lexeme = decoded[index];
      if (lexeme === undefined) {
        lexeme = utf8.toString('utf8', starts[index] as number, starts[index + 1] as number);
        decoded[index] = lexeme;
      }
      return lexeme;
    },
  });
}

/**
 * The core model as the model package's load-core-model.js makes it (read-core-model.js, then
 * the sizes and indexes it adds), from the prepared files in `dir`.
 */
function readCore(dir: string): unknown {
  const { rest, bytes } = JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')) as PreparedCore;
  const bin = readFileSync(join(dir, 'core.bin'));
  const tableAt = bytes.lexicon + bytes.xpansions;
  const startsAt = tableAt + bytes.table;
  const lexemesAt = startsAt + bytes.starts;
  const model = rest as PreparedCore['rest'] & { lexicon: Uint32Array; xpansions: Uint32Array; pos: { hash: Record<string, number> } };
  model.lexicon = uint32(bin.subarray(0, bytes.lexicon));
  model.xpansions = uint32(bin.subarray(bytes.lexicon, tableAt));
  const features = model.features as Record<string, { list: unknown[]; hash?: Record<string, number>; [key: string]: unknown }>;
  const lexeme = features.lexeme as { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number };
  lexeme.list = lexemeList(bin.subarray(lexemesAt, lexemesAt + bytes.lexemes), uint32(bin.subarray(startsAt, lexemesAt)));
  const layout = model.packing.layout;
  const efList: string[] = [];
  for (const name in layout) {
    const [, mask = 0, shift = 0, packed, extractable] = layout[name] as number[];
    const feature = features[name];
    if (packed === 0 && feature) {
      feature.hash = indexTable(feature.list as string[], buildTable(feature.list as string[]));
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask >>> shift;
    }
    if (extractable === 1) efList.push(name);
  }
  (model.packing as { efList?: string[] }).efList = efList;
  lexeme.hash = indexTable(lexeme.list, uint32(bin.subarray(tableAt, startsAt)));
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = (features.posClusters as { list: unknown[] }).list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  return model;
}

/** A machine that recognises nothing, for the annotations the pipe leaves out (negation, sentiment). */
const NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** wink-nlp for the pipe ['sbd', 'pos'], its core model read from the files prepareCore wrote in `dir`. */
export function loadWink(dir: string): WinkMethods {
  const none = { machines: [NO_MACHINE], setter: () => undefined };
  return winkNLP(
    {
      core: () => readCore(dir),
      sbd: loadSbdModel,
      pos: loadPosModel,
      metaCER: loadCerMetaModel,
      // wink-nlp loads these whatever the pipe; ['sbd', 'pos'] never runs them.
      ner: () => ({ machines: [], transformers: [] }),
      negation: () => none,
      sa: () => none,
      featureFn,
      addons: {},
    },
    ['sbd', 'pos'],
  );
}
