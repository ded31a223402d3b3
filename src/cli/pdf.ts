import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { exportPdf } from '../export/pdf.js';
import type { NotesMode } from '../export/pdf-print.js';
import { writeFileAtomically } from '../io/output.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { cliDeckOptions, type DeckFlags, outFlag, plural } from './shared.js';

export interface PdfFlags extends DeckFlags {
  out?: string;
  notes: NotesMode;
}

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

/**
 * `briefdeck pdf`: builds the deck, prints it in headless Chromium and writes the PDF through a
 * temporary file and a rename, so a failure leaves no file, or the previous one, behind.
 */
export async function pdfCommand(source: string | undefined, flags: PdfFlags): Promise<void> {
  const started = performance.now();
  const location = locateDeck(source);
  const target = pdfTarget(outFlag(flags.out), location, flags.notes);
  const result = await exportPdf({ location, cli: cliDeckOptions(flags), notes: flags.notes });
  for (const { id, right, bottom } of result.clipped) {
    const past = [bottom > 0 ? `${bottom} px past the bottom` : '', right > 0 ? `${right} px past the right edge` : ''].filter(Boolean);
    process.stderr.write(
      `briefdeck: warning: slide "${id}" reaches ${past.join(' and ')} of its page and is cut off in the PDF; shorten it, or leave it out with --hide ${id}\n`,
    );
  }
  try {
    writeFileAtomically(target, result.bytes);
  } catch (error) {
    throw new BriefdeckError(`cannot write the PDF: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      file: target,
      hint: 'Check the folder is writable and has space, or choose another --out.',
    });
  }
  const where = relative(process.cwd(), target) || target;
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `briefdeck: wrote ${where}: ${plural(result.pageCount, 'page')} for ${plural(result.pages.length, 'slide')}, notes: ${flags.notes} (${ms} ms)\n`,
  );
}
