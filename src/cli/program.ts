import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { MAX_MINUTES, THEMES } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import { NOTES_MODES } from '../export/pdf-print.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import type { BuildFlags } from './build.js';
import type { OutlineFlags } from './outline.js';
import type { PdfFlags } from './pdf.js';
import type { PptxFlags } from './pptx.js';
import type { DeckFlags } from './shared.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

function idList(value: string): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new InvalidArgumentError('expected a comma-separated list of ids, e.g. go-public,invite-friends');
  return ids;
}

function minutes(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > MAX_MINUTES) {
    throw new InvalidArgumentError(`expected a number of minutes from 1 to ${MAX_MINUTES}`);
  }
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > 65535) throw new InvalidArgumentError('expected a port number from 1 to 65535');
  return number;
}

/** Options shared by the commands that build a deck. */
function deckOptions(command: Command): Command {
  return command
    .option('--order <ids>', 'group ids in the order to show them (comma-separated); other groups stay put', idList)
    .option('--hide <ids>', 'group or slide ids to hide (comma-separated)', idList)
    .option('--minutes <n>', 'talk length: sets how many slides the deck gets, and scales their timings to it', minutes)
    .addOption(new Option('--theme <name>', 'theme').choices([...THEMES]))
    .addOption(
      new Option('--format <format>', 'read the essay as plain text or Markdown (default: decided by its content)').choices([
        'text',
        'markdown',
      ]),
    );
}

const SOURCE_ARGUMENT = 'essay file (.txt or .md) or deck folder; the reference deck when omitted';

export function createProgram(): Command {
  const program = new Command('briefdeck')
    .description('Turn a policy essay into a Reveal.js briefing deck.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) });

  deckOptions(
    program
      .command('build')
      .description('build a static deck: DIR/index.html and its assets, or one self-contained HTML file')
      .argument('[ESSAY_OR_DECK_DIR]', SOURCE_ARGUMENT)
      .option('-o, --out <path>', 'output folder (default: dist); with --single-file, the .html file (default: deck.html)')
      .option('--single-file', 'write one self-contained .html file (scripts, styles, fonts inlined) that works opened from disk')
      .option('--source-map', 'also write DIR/sourcemap.json (beside the file: NAME.sourcemap.json): slide id → essay lines')
      .option('--json', 'print what was written as JSON (files, counts, time) instead of the summary line')
      .option('-q, --quiet', 'print no progress and no summary line (errors and warnings still go to stderr)'),
  ).action(async (source: string | undefined, flags: BuildFlags) => {
    // Commands load on use: `outline` and `--help` stay fast by never loading Vite.
    const { buildCommand } = await import('./build.js');
    await buildCommand(source, flags);
  });

  deckOptions(
    program
      .command('outline')
      .description('print the structured outline: groups, slides, bullets with their source lines, notes, and every id')
      .argument('[ESSAY_OR_DECK_DIR]', SOURCE_ARGUMENT)
      .option('--json', 'print the outline as JSON')
      .option(
        '--write',
        "save the essay's outline as outline.md in the deck folder, for you to edit (the build then takes the slides from it)",
      )
      .option('--force', 'with --write: replace an outline.md edited since briefdeck wrote it')
      .option('--check', 'exit 1, naming the slides, when outline.md is out of date with the essay'),
  ).action(async (source: string | undefined, flags: OutlineFlags) => {
    const { outlineCommand } = await import('./outline.js');
    outlineCommand(source, flags);
  });

  deckOptions(
    program
      .command('pdf')
      .description('build the deck and print it to PDF in headless Chromium: one page a slide, optional notes pages or handouts')
      .argument('[ESSAY_OR_DECK_DIR]', SOURCE_ARGUMENT)
      .option('-o, --out <file>', 'PDF file, or folder to put it in (default: DECK.pdf, DECK-notes.pdf or DECK-handout.pdf here)')
      .addOption(
        new Option('--notes <mode>', 'speaker notes: none; page (a notes page after each slide); handout (slide above, notes below)')
          .choices([...NOTES_MODES])
          .default('none'),
      )
      .option('--json', 'print what was written as JSON (file, pages, slides, time) instead of the summary line')
      .option('-q, --quiet', 'print no progress and no summary line (errors and warnings still go to stderr)')
      .addHelpText(
        'after',
        [
          '',
          'Environment:',
          "  CHROME_PATH        the browser to print with; else Chromium's headless shell, else Chromium or",
          '                     Chrome where they are usually installed (never downloaded)',
          "  SOURCE_DATE_EPOCH  the PDF's dates (else when the essay or deck.yaml last changed)",
          '  BRIEFDECK_TRACE=1  print when each step ended',
        ].join('\n'),
      ),
  ).action(async (source: string | undefined, flags: PdfFlags) => {
    const { pdfCommand } = await import('./pdf.js');
    await pdfCommand(source, flags);
  });

  deckOptions(
    program
      .command('pptx')
      .description('build the deck as an editable PowerPoint file: titles and bullets as text, speaker notes, a section per group')
      .argument('[ESSAY_OR_DECK_DIR]', SOURCE_ARGUMENT)
      .option('-o, --out <file>', 'PowerPoint file, or folder to put it in (default: DECK.pptx here)')
      .option('--json', 'print what was written as JSON (file, slides, time) instead of the summary line')
      .option('-q, --quiet', 'print no summary line (errors and warnings still go to stderr)')
      .addHelpText(
        'after',
        ['', 'Environment:', "  SOURCE_DATE_EPOCH  the file's dates (else when the essay or deck.yaml last changed)"].join('\n'),
      ),
  ).action(async (source: string | undefined, flags: PptxFlags) => {
    const { pptxCommand } = await import('./pptx.js');
    await pptxCommand(source, flags);
  });

  deckOptions(
    program
      .command('dev')
      .description('serve the deck with live reload (Vite dev server)')
      .argument('[ESSAY_OR_DECK_DIR]', SOURCE_ARGUMENT)
      .option('-p, --port <port>', 'port', port, 5173)
      .option('--host <host>', 'host to listen on', '127.0.0.1'),
  ).action(async (source: string | undefined, flags: DeckFlags & { port: number; host: string }) => {
    const { devCommand } = await import('./dev.js');
    await devCommand(source, flags);
  });

  program
    .command('init')
    .description('create a deck folder: the essay, a deck.yaml with every option commented, and public/ for stylesheets')
    .argument('[DIR]', 'the folder to create (default: named after the essay file, or deck)')
    .option('--essay <file>', 'the essay to copy in (.txt or .md); default: a starter essay to replace')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (dir: string | undefined, flags: { essay?: string; quiet?: boolean }) => {
      const { initCommand } = await import('./init.js');
      initCommand(dir, flags);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof BriefdeckError) {
      process.stderr.write(`briefdeck: error: ${error.format()}\n`);
      return 1;
    }
    process.stderr.write(`briefdeck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
