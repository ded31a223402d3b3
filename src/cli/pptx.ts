import { basename, extname, relative } from 'node:path';
import { documentDate, documentSubject } from '../export/metadata.js';
import { deckToPptx } from '../export/pptx.js';
import { pptxTheme } from '../export/pptx-theme.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { cliDeckOptions, type DeckFlags, type FileKind, outFlag, outputFileTarget, plural, writeOutputFile } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface PptxFlags extends DeckFlags {
  out?: string;
  json?: boolean;
  quiet?: boolean;
}

/** A .pptx is a zip archive: it starts with a local file header. */
const PPTX: FileKind = { name: 'PowerPoint file', magic: 'PK\u0003\u0004' };

/** `kei-north-korea.pptx`: named after the deck folder or essay file. */
export function defaultPptxName(location: DeckLocation): string {
  const name = location.deckDir ? basename(location.deckDir) : basename(location.essayPath, extname(location.essayPath));
  return `${name}.pptx`;
}

/**
 * `briefdeck pptx`: builds the deck and writes it as an editable PowerPoint file (src/export/pptx.ts)
 * through a temporary file and a rename, so a failure leaves no file, or the previous one, behind.
 * The target is checked before any work, as `pdf` checks its own. One summary line on stdout, or
 * with `--json` the report for scripts; `--quiet` prints neither (warnings still go to stderr).
 */
export async function pptxCommand(source: string | undefined, flags: PptxFlags): Promise<void> {
  const started = performance.now();
  const location = locateDeck(source);
  const target = outputFileTarget(outFlag(flags.out), defaultPptxName(location), PPTX);
  const built = buildFromLocation(location, cliDeckOptions(flags));
  reportWarnings(built.warnings);
  const { deck } = built;
  const result = await deckToPptx(deck, pptxTheme(deck.theme), {
    title: deck.meta.title,
    authors: deck.meta.authors,
    subject: documentSubject(built.essay.meta, deck),
    date: documentDate(built.inputs),
  });
  writeOutputFile(target, result.bytes, PPTX);
  const ms = Math.round(performance.now() - started);
  if (flags.json) {
    const report = {
      command: 'pptx',
      path: target,
      essay: location.essayPath,
      slides: result.slides.length,
      bytes: result.bytes.byteLength,
      ms,
      warnings: built.warnings,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  if (flags.quiet) return;
  const where = relative(process.cwd(), target) || target;
  process.stdout.write(`briefdeck: wrote ${where}: ${plural(result.slides.length, 'slide')} (${ms} ms)\n`);
}
