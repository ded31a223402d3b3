import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { buildSingleFile } from '../export/single-file.js';
import { writeStaticDeck } from '../export/static.js';
import { writeFileAtomically, writeOutputDir } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { isSourceMap, sourceMap } from '../render/sourcemap.js';
import { cliDeckOptions, type DeckFlags, outFlag, plural } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface BuildFlags extends DeckFlags {
  out?: string;
  sourceMap?: boolean;
  singleFile?: boolean;
}

/**
 * `briefdeck build`: the pipeline runs first, so a bad essay or option fails before anything
 * is written; the page and the prebuilt runtime (src/export/static.ts, no bundler) are then
 * written into a temporary folder whose files replace those of an earlier build
 * (src/io/output.ts says which folders may be written to).
 * With `--single-file`, the deck is one .html file instead (src/export/single-file.ts).
 */
export async function buildCommand(source: string | undefined, flags: BuildFlags): Promise<void> {
  const started = performance.now();
  const out = outFlag(flags.out);
  const location = locateDeck(source);
  const cli = cliDeckOptions(flags);
  const built = buildFromLocation(location, cli);
  reportWarnings(built.warnings);
  const summary = (where: string, kind: string, ms: number): string =>
    `briefdeck: wrote ${where}${kind}: ${plural(built.deck.groups.length, 'group')}, ${plural(
      built.deck.groups.reduce((n, group) => n + group.slides.length, 0),
      'slide',
    )} (${ms} ms)\n`;
  const mapText = (folder: string): string =>
    `${JSON.stringify(sourceMap(built.deck, relative(folder, location.essayPath).split(sep).join('/')), null, 2)}\n`;
  if (flags.singleFile) {
    const outFile = resolve(out ?? 'deck.html');
    const mapFile = flags.sourceMap ? outFile.replace(/\.html?$/i, '.sourcemap.json') : null;
    if (mapFile && existsSync(mapFile) && !isSourceMap(readFileSync(mapFile, 'utf8'))) {
      throw new BriefdeckError('refusing to overwrite a file that is not a briefdeck source map', {
        file: mapFile,
        hint: 'Choose another --out, or remove this file yourself.',
      });
    }
    const bytes = buildSingleFile({ source: location.deckDir ?? location.essayPath, cli, outFile });
    if (mapFile) writeFileAtomically(mapFile, mapText(dirname(mapFile)));
    const where = relative(process.cwd(), outFile) || outFile;
    process.stdout.write(summary(where, ` (${Math.round(bytes / 1024)} KB, one file)`, Math.round(performance.now() - started)));
    return;
  }
  const outDir = resolve(out ?? 'dist');
  const inputs = [location.deckDir, location.essayPath, location.configPath].filter((path): path is string => path !== null);
  await writeOutputDir(outDir, { cwd: process.cwd(), inputs }, async (tmpDir) => {
    writeStaticDeck(built, tmpDir);
    if (flags.sourceMap) writeFileSync(join(tmpDir, 'sourcemap.json'), mapText(outDir));
  });
  const index = join(outDir, 'index.html');
  process.stdout.write(summary(relative(process.cwd(), index) || index, '', Math.round(performance.now() - started)));
}
