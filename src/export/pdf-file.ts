import { basename, extname } from 'node:path';
import { type FileKind, outputFileTarget, writeOutputFile } from '../cli/shared.js';
import type { CliDeckOptions } from '../deck/options.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import type { OnProgress } from '../progress.js';
import { exportPdf } from './pdf.js';
import type { NotesMode, PrintLayout } from './pdf-print.js';

const PDF: FileKind = { name: 'PDF', magic: '%PDF-' };

const SUFFIX: Record<NotesMode, string> = { none: '', page: '-notes', handout: '-handout' };

/** `kei-north-korea.pdf`, `kei-north-korea-notes.pdf`, `…-handout.pdf`: named after the deck folder or essay file. */
export function defaultPdfName(location: DeckLocation, notes: NotesMode): string {
  const name = location.deckDir ? basename(location.deckDir) : basename(location.essayPath, extname(location.essayPath));
  return `${name}${SUFFIX[notes]}.pdf`;
}

/** What `briefdeck pdf` (and the API's `exportPdf`) is asked to do. */
export interface PdfFileRequest {
  /** Essay file or deck folder, relative to `cwd`; the reference deck when omitted. */
  source?: string;
  cli: CliDeckOptions;
  notes: NotesMode;
  /** The PDF file, or a folder to put the default name in; default: the default name in `cwd`. */
  out?: string;
  cwd: string;
  /** Where CHROME_PATH and SOURCE_DATE_EPOCH are read. */
  env?: NodeJS.ProcessEnv;
  onProgress?: OnProgress;
}

/** What was written: the `--json` output of `briefdeck pdf`, and the API's answer. */
export interface PdfReport {
  /** The PDF written, absolute. */
  path: string;
  essay: string;
  notes: NotesMode;
  pages: number;
  /** Slides printed (hidden ones are left out). */
  slides: number;
  bytes: number;
  /** Slides whose content reaches past the page edge and is cut off: by how many px. */
  clipped: PrintLayout['clipped'];
  ms: number;
  /** Where the deck's outline.md no longer matches the essay: `file:line: …`. */
  warnings: string[];
}

/**
 * Checks where the PDF goes before any work, builds and prints the deck (src/export/pdf.ts),
 * and writes the PDF through a temporary file and a rename, so a failure leaves no file, or the
 * previous one, behind.
 */
export async function writePdf(request: PdfFileRequest): Promise<PdfReport> {
  const started = performance.now();
  const location = locateDeck(request.source, request.cwd);
  // Checked before any work: its folder must exist and be writable, and a file there is replaced only if it is a PDF.
  const target = outputFileTarget(request.out, defaultPdfName(location, request.notes), PDF, request.cwd);
  const result = await exportPdf({
    location,
    cli: request.cli,
    notes: request.notes,
    env: request.env,
    onProgress: request.onProgress,
  });
  request.onProgress?.({ step: 'writing', file: target, slides: result.pages.length, pages: result.pageCount });
  writeOutputFile(target, result.bytes, PDF);
  return {
    path: target,
    essay: location.essayPath,
    notes: request.notes,
    pages: result.pageCount,
    slides: result.pages.length,
    bytes: result.bytes.byteLength,
    clipped: result.clipped,
    ms: Math.round(performance.now() - started),
    warnings: result.warnings,
  };
}
