import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { writeFileAtomically } from '../io/output.js';
import type { BuiltDeck } from '../pipeline.js';
import { GENERATOR_META } from '../render/html.js';
import { singleFilePage } from './static.js';

/**
 * Refuses to overwrite a file that is not an earlier briefdeck page: one whose head carries the
 * generator mark that only built pages get (the page template has none).
 */
export function checkReplaceableFile(path: string): void {
  if (!existsSync(path)) return;
  const head = statSync(path).isFile() ? readFileSync(path, 'utf8').slice(0, 16_384) : '';
  if (/^\s*<!doctype html>/i.test(head) && head.split('</head>')[0]?.includes(GENERATOR_META)) return;
  throw new BriefdeckError('refusing to overwrite a file that is not a briefdeck deck', {
    file: path,
    hint: 'Choose a new file name with --out, or remove this file yourself.',
  });
}

export interface SingleFileOptions {
  /** The deck, built from its essay and options (src/pipeline.ts). */
  built: BuiltDeck;
  /** The `.html` file to write. */
  outFile: string;
}

/**
 * `briefdeck build --single-file`: the deck as one self-contained HTML file
 * (src/export/static.ts `singleFilePage`), written atomically; returns its size in bytes.
 */
export function buildSingleFile({ built, outFile }: SingleFileOptions): number {
  if (!/\.html?$/i.test(outFile)) {
    throw new BriefdeckError('--single-file writes one HTML file: give --out a file name ending in .html', {
      file: outFile,
      hint: 'For example `briefdeck build --single-file --out deck.html`.',
    });
  }
  checkReplaceableFile(outFile);
  const html = singleFilePage(built);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileAtomically(outFile, html);
  return Buffer.byteLength(html);
}
