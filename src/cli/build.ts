import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildStaticDeck } from '../export/static.js';
import { writeDirAtomically, writeFileAtomically } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { sourceMap } from '../render/sourcemap.js';
import { buildSingleFile } from '../vite/single-file.js';
import { cliDeckOptions, type DeckFlags, plural } from './shared.js';

export interface BuildFlags extends DeckFlags {
  out?: string;
  sourceMap?: boolean;
  singleFile?: boolean;
}

/**
 * `briefdeck build`: the pipeline runs first, so a bad essay or option fails before anything
 * is written; Vite then builds into a temporary folder that replaces `--out` in one rename.
 * With `--single-file`, the deck is one .html file instead (src/vite/single-file.ts).
 */
export async function buildCommand(source: string | undefined, flags: BuildFlags): Promise<void> {
  const started = performance.now();
  const location = locateDeck(source);
  const cli = cliDeckOptions(flags);
  const built = buildFromLocation(location, cli);
  const summary = (where: string, kind: string, ms: number): string =>
    `briefdeck: wrote ${where}${kind}: ${plural(built.deck.groups.length, 'group')}, ${plural(
      built.deck.groups.reduce((n, group) => n + group.slides.length, 0),
      'slide',
    )} (${ms} ms)\n`;
  if (flags.singleFile) {
    const outFile = resolve(flags.out ?? 'deck.html');
    const bytes = await buildSingleFile({ source: location.deckDir ?? location.essayPath, cli, outFile });
    if (flags.sourceMap)
      writeFileAtomically(outFile.replace(/\.html?$/i, '.sourcemap.json'), `${JSON.stringify(sourceMap(built), null, 2)}\n`);
    const where = relative(process.cwd(), outFile) || outFile;
    process.stdout.write(summary(where, ` (${Math.round(bytes / 1024)} KB, one file)`, Math.round(performance.now() - started)));
    return;
  }
  const outDir = resolve(flags.out ?? 'dist');
  await writeDirAtomically(outDir, async (tmpDir) => {
    await buildStaticDeck(location, cli, tmpDir);
    if (flags.sourceMap) writeFileSync(join(tmpDir, 'sourcemap.json'), `${JSON.stringify(sourceMap(built), null, 2)}\n`);
  });
  const index = join(outDir, 'index.html');
  process.stdout.write(summary(relative(process.cwd(), index) || index, '', Math.round(performance.now() - started)));
}
