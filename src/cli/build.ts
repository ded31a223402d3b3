import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import { writeDirAtomically } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { sourceMap } from '../render/sourcemap.js';
import { deckViteConfig } from '../vite/config.js';
import { cliDeckOptions, type DeckFlags, plural } from './shared.js';

/**
 * `briefdeck build`: the pipeline runs first, so a bad essay or option fails before anything
 * is written; Vite then builds into a temporary folder that replaces `--out` in one rename.
 */
export async function buildCommand(source: string | undefined, flags: DeckFlags & { out: string; sourceMap?: boolean }): Promise<void> {
  const started = performance.now();
  const location = locateDeck(source);
  const cli = cliDeckOptions(flags);
  const built = buildFromLocation(location, cli);
  const outDir = resolve(flags.out);
  await writeDirAtomically(outDir, async (tmpDir) => {
    await viteBuild({ ...deckViteConfig({ source: location.deckDir ?? location.essayPath, cli, outDir: tmpDir }), logLevel: 'error' });
    if (flags.sourceMap) writeFileSync(join(tmpDir, 'sourcemap.json'), `${JSON.stringify(sourceMap(built), null, 2)}\n`);
  });
  const slides = built.deck.groups.reduce((n, group) => n + group.slides.length, 0);
  const where = relative(process.cwd(), join(outDir, 'index.html')) || join(outDir, 'index.html');
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`briefdeck: wrote ${where}: ${plural(built.deck.groups.length, 'group')}, ${plural(slides, 'slide')} (${ms} ms)\n`);
}
