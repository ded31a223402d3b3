import { relative } from 'node:path';
import { writeDeck } from '../export/build.js';
import { statusLine } from './progress.js';
import { cliDeckOptions, type DeckFlags, outFlag, plural } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface BuildFlags extends DeckFlags {
  out?: string;
  sourceMap?: boolean;
  singleFile?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `briefdeck build` (src/export/build.ts does the work): one summary line on stdout, or with
 * `--json` the report (what was written, counts, time) for scripts; `--quiet` prints neither
 * line. On a terminal, a status line on stderr shows the steps meanwhile (src/cli/progress.ts).
 */
export async function buildCommand(source: string | undefined, flags: BuildFlags): Promise<void> {
  const cwd = process.cwd();
  const status = statusLine(process.stderr, { quiet: flags.quiet === true, cwd });
  const report = await writeDeck({
    source,
    cli: cliDeckOptions(flags),
    out: outFlag(flags.out),
    singleFile: flags.singleFile === true,
    sourceMap: flags.sourceMap === true,
    cwd,
    onProgress: status.onProgress,
  }).finally(status.stop);
  // Warnings go to stderr even with --quiet and --json: an outline.md out of step with its essay must be seen.
  reportWarnings(report.warnings);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ command: 'build', ...report }, null, 2)}\n`);
    return;
  }
  if (flags.quiet) return;
  const where = relative(cwd, report.index) || report.index;
  const kind = report.kind === 'file' ? ` (${Math.round(report.bytes / 1024)} KB, one file)` : '';
  process.stdout.write(
    `briefdeck: wrote ${where}${kind}: ${plural(report.groups, 'group')}, ${plural(report.slides, 'slide')} (${report.ms} ms)\n`,
  );
}
