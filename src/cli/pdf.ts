import { basename, extname, relative } from 'node:path';
import { exportPdf } from '../export/pdf.js';
import type { NotesMode } from '../export/pdf-print.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { cliDeckOptions, type DeckFlags, type FileKind, outFlag, outputFileTarget, plural, writeOutputFile } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface PdfFlags extends DeckFlags {
  out?: string;
  notes: NotesMode;
}

const PDF: FileKind = { name: 'PDF', magic: '%PDF-' };

const SUFFIX: Record<NotesMode, string> = { none: '', page: '-notes', handout: '-handout' };

/** `kei-north-korea.pdf`, `kei-north-korea-notes.pdf`, `…-handout.pdf`: named after the deck folder or essay file. */
export function defaultPdfName(location: DeckLocation, notes: NotesMode): string {
  const name = location.deckDir ? basename(location.deckDir) : basename(location.essayPath, extname(location.essayPath));
  return `${name}${SUFFIX[notes]}.pdf`;
}

/**
 * The file to write, checked before any work: `--out` (a file, or a folder to put the default
 * name in), else the default name in the current folder. Its folder must exist and be
 * writable, and an existing file is only replaced if it is a PDF.
 */
export function pdfTarget(out: string | undefined, location: DeckLocation, notes: NotesMode, cwd = process.cwd()): string {
  return outputFileTarget(out, defaultPdfName(location, notes), PDF, cwd);
}

/**
 * `briefdeck pdf`: builds the deck, prints it in headless Chromium and writes the PDF through a
 * temporary file and a rename, so a failure leaves no file, or the previous one, behind.
 */
export async function pdfCommand(source: string | undefined, flags: PdfFlags): Promise<void> {
  const started = performance.now();
  const location = locateDeck(source);
  const target = pdfTarget(outFlag(flags.out), location, flags.notes);
  const result = await exportPdf({ location, cli: cliDeckOptions(flags), notes: flags.notes });
  reportWarnings(result.warnings);
  for (const { id, right, bottom } of result.clipped) {
    const past = [bottom > 0 ? `${bottom} px past the bottom` : '', right > 0 ? `${right} px past the right edge` : ''].filter(Boolean);
    process.stderr.write(
      `briefdeck: warning: slide "${id}" reaches ${past.join(' and ')} of its page and is cut off in the PDF; shorten it, or leave it out with --hide ${id}\n`,
    );
  }
  writeOutputFile(target, result.bytes, PDF);
  const where = relative(process.cwd(), target) || target;
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `briefdeck: wrote ${where}: ${plural(result.pageCount, 'page')} for ${plural(result.pages.length, 'slide')}, notes: ${flags.notes} (${ms} ms)\n`,
  );
}
