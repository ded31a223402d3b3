import { relative } from 'node:path';
import { initDeck } from '../export/init.js';
import { plural } from './shared.js';

/** `briefdeck init`: creates the deck folder (src/export/init.ts) and says what is in it and what to run next. */
export function initCommand(dir: string | undefined, flags: { essay?: string; quiet?: boolean }): void {
  const cwd = process.cwd();
  const report = initDeck({ dir, essay: flags.essay, cwd });
  if (flags.quiet) return;
  const where = relative(cwd, report.dir) || '.';
  const essay = report.files[0] ?? 'essay';
  const from =
    flags.essay !== undefined ? `copied from ${relative(cwd, report.essay) || report.essay}` : 'a starter: replace it with your essay';
  process.stdout.write(
    [
      `briefdeck: created ${where}/: ${essay} (${from}; ${plural(report.slides, 'slide')} in ${plural(report.groups, 'group')}), deck.yaml (every option, commented), public/ (stylesheets for deck.yaml's css)`,
      `  Next: briefdeck outline ${where}   briefdeck dev ${where}   briefdeck build ${where}   briefdeck pdf ${where}`,
      '',
    ].join('\n'),
  );
}
