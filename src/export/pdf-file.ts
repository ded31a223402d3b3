import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliDeckOptions } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import { writeFileAtomically } from '../io/output.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import type { OnProgress } from '../progress.js';
import { exportPdf } from './pdf.js';
import type { NotesMode, PrintLayout } from './pdf-print.js';

const SUFFIX: Record<NotesMode, string> = { none: '', page: '-notes', handout: '-handout' };

/** `kei-north-korea.pdf`, `kei-north-korea-notes.pdf`, `…-handout.pdf`: named after the deck folder or essay file. */
export function defaultPdfName(location: DeckLocation, notes: NotesMode): string {
  const name = location.deckDir ? basename(location.deckDir) : basename(location.essayPath, extname(location.essayPath));
  return `${name}${SUFFIX[notes]}.pdf`;
}

function startsWithPdfHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    return readSync(fd, head, 0, 5, 0) === 5 && head.toString('latin1') === '%PDF-';
  } finally {
    closeSync(fd);
  }
}

/**
 * The file to write, checked before any work: `--out` (a file, or a folder to put the default
 * name in), else the default name in the current folder. Its folder must exist and be
 * writable, and an existing file is only replaced if it is a PDF.
 */
export function pdfTarget(out: string | undefined, location: DeckLocation, notes: NotesMode, cwd = process.cwd()): string {
  let target = resolve(cwd, out ?? defaultPdfName(location, notes));
  if (existsSync(target) && statSync(target).isDirectory()) target = join(target, defaultPdfName(location, notes));
  const folder = dirname(target);
  if (!existsSync(folder)) {
    throw new BriefdeckError('the folder for the PDF does not exist', { file: folder, hint: 'Create it first, or choose another --out.' });
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new BriefdeckError('cannot write to the folder for the PDF', { file: folder, hint: 'Choose a writable folder with --out.' });
  }
  if (existsSync(target) && !startsWithPdfHeader(target)) {
    throw new BriefdeckError('refusing to replace a file that is not a PDF', {
      file: target,
      hint: 'Choose another --out, or remove the file yourself.',
    });
  }
  return target;
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
}

/**
 * Checks where the PDF goes before any work, builds and prints the deck (src/export/pdf.ts),
 * and writes the PDF through a temporary file and a rename, so a failure leaves no file, or the
 * previous one, behind.
 */
export async function writePdf(request: PdfFileRequest): Promise<PdfReport> {
  const started = performance.now();
  const location = locateDeck(request.source, request.cwd);
  const target = pdfTarget(request.out, location, request.notes, request.cwd);
  const result = await exportPdf({
    location,
    cli: request.cli,
    notes: request.notes,
    env: request.env,
    onProgress: request.onProgress,
  });
  request.onProgress?.({ step: 'writing', file: target, slides: result.pages.length, pages: result.pageCount });
  try {
    writeFileAtomically(target, result.bytes);
  } catch (error) {
    throw new BriefdeckError(`cannot write the PDF: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: target,
      hint: 'Check the folder is writable and has space, or choose another --out.',
    });
  }
  return {
    path: target,
    essay: location.essayPath,
    notes: request.notes,
    pages: result.pageCount,
    slides: result.pages.length,
    bytes: result.bytes.byteLength,
    clipped: result.clipped,
    ms: Math.round(performance.now() - started),
  };
}
