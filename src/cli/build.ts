import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import { writeDirAtomically, writeFileAtomically } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { sourceMap } from '../render/sourcemap.js';
import { deckViteConfig } from '../vite/config.js';
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
  const slideCount = built.deck.groups.reduce((n, group) => n + group.slides.length, 0);
  if (flags.singleFile) {
    const outFile = resolve(flags.out ?? 'deck.html');
    const bytes = await buildSingleFile({ source: location.deckDir ?? location.essayPath, cli, outFile });
    if (flags.sourceMap)
      writeFileAtomically(outFile.replace(/\.html?$/i, '.sourcemap.json'), `${JSON.stringify(sourceMap(built), null, 2)}\n`);
    const where = relative(process.cwd(), outFile) || outFile;
    const ms = Math.round(performance.now() - started);
    const size = `${Math.round(bytes / 1024)} KB`;
    process.stdout.write(
      `briefdeck: wrote ${where} (${size}, one file): ${plural(built.deck.groups.length, 'group')}, ${plural(slideCount, 'slide')} (${ms} ms)\n`,
    );
    return;
  }
  const outDir = resolve(flags.out ?? 'dist');
  await writeDirAtomically(outDir, async (tmpDir) => {
    await viteBuild({ ...deckViteConfig({ source: location.deckDir ?? location.essayPath, cli, outDir: tmpDir }), logLevel: 'error' });
    if (flags.sourceMap) writeFileSync(join(tmpDir, 'sourcemap.json'), `${JSON.stringify(sourceMap(built), null, 2)}\n`);
  });
  const where = relative(process.cwd(), join(outDir, 'index.html')) || join(outDir, 'index.html');
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `briefdeck: wrote ${where}: ${plural(built.deck.groups.length, 'group')}, ${plural(slideCount, 'slide')} (${ms} ms)\n`,
  );
}
