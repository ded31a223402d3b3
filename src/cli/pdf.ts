import { relative } from 'node:path';
import { writePdf } from '../export/pdf-file.js';
import type { NotesMode } from '../export/pdf-print.js';
import { statusLine } from './progress.js';
import { cliDeckOptions, type DeckFlags, outFlag, plural } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface PdfFlags extends DeckFlags {
  out?: string;
  notes: NotesMode;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `briefdeck pdf` (src/export/pdf-file.ts does the work): a warning per slide cut off at its
 * page's edge, then one summary line on stdout, or with `--json` the report for scripts;
 * `--quiet` prints neither line (warnings still go to stderr). On a terminal, a status line on
 * stderr shows the steps meanwhile (src/cli/progress.ts).
 */
export async function pdfCommand(source: string | undefined, flags: PdfFlags): Promise<void> {
  const cwd = process.cwd();
  const status = statusLine(process.stderr, { quiet: flags.quiet === true, cwd });
  const report = await writePdf({
    source,
    cli: cliDeckOptions(flags),
    notes: flags.notes,
    out: outFlag(flags.out),
    cwd,
    onProgress: status.onProgress,
  }).finally(status.stop);
  reportWarnings(report.warnings);
  for (const { id, right, bottom } of report.clipped) {
    const past = [bottom > 0 ? `${bottom} px past the bottom` : '', right > 0 ? `${right} px past the right edge` : ''].filter(Boolean);
    process.stderr.write(
      `briefdeck: warning: slide "${id}" reaches ${past.join(' and ')} of its page and is cut off in the PDF; shorten it, or leave it out with --hide ${id}\n`,
    );
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ command: 'pdf', ...report }, null, 2)}\n`);
    return;
  }
  if (flags.quiet) return;
  const where = relative(cwd, report.path) || report.path;
  process.stdout.write(
    `briefdeck: wrote ${where}: ${plural(report.pages, 'page')} for ${plural(report.slides, 'slide')}, notes: ${report.notes} (${report.ms} ms)\n`,
  );
}
