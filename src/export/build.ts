import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CliDeckOptions } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import { writeFileAtomically, writeOutputDir } from '../io/output.js';
import { locateDeck } from '../io/source.js';
import { type BuiltDeck, buildFromLocation } from '../pipeline.js';
import type { OnProgress } from '../progress.js';
import { isSourceMap, sourceMap } from '../render/sourcemap.js';
import { buildSingleFile } from './single-file.js';
import { writeStaticDeck } from './static.js';

/** What `briefdeck build` (and the API's `buildDeck`) is asked to do. */
export interface BuildRequest {
  /** Essay file or deck folder, relative to `cwd`; the reference deck when omitted. */
  source?: string;
  cli: CliDeckOptions;
  /** Output folder (default `dist`), or with `singleFile` the `.html` file (default `deck.html`), relative to `cwd`. */
  out?: string;
  singleFile?: boolean;
  /** Also write the source map: `DIR/sourcemap.json`, or `NAME.sourcemap.json` beside the single file. */
  sourceMap?: boolean;
  cwd: string;
  onProgress?: OnProgress;
}

/** What was written: the `--json` output of `briefdeck build`, and the API's answer. */
export interface BuildReport {
  /** `folder`: `DIR/index.html` and its assets; `file`: one self-contained HTML file. */
  kind: 'folder' | 'file';
  /** The folder or file written, absolute. */
  path: string;
  /** The deck's page: `DIR/index.html`, or the single file itself. */
  index: string;
  /** Every file written, absolute: the folder's files (as its manifest lists them), or the file and its source map. */
  files: string[];
  /** The source map written, absolute; null without `sourceMap`. */
  sourceMap: string | null;
  essay: string;
  groups: number;
  slides: number;
  /** Size of the single file, or of the folder's files, in bytes. */
  bytes: number;
  ms: number;
  /** Where the deck's outline.md no longer matches the essay: `file:line: …`. */
  warnings: string[];
}

const slideCount = (built: BuiltDeck): number => built.deck.groups.reduce((n, group) => n + group.slides.length, 0);

/**
 * Builds a static deck: the pipeline runs first, so a bad essay or option fails before anything
 * is written; the page and the prebuilt runtime (src/export/static.ts, no bundler) are then
 * written into a temporary folder whose files replace those of an earlier build
 * (src/io/output.ts says which folders may be written to). With `singleFile`, the deck is one
 * .html file instead (src/export/single-file.ts).
 */
export async function writeDeck(request: BuildRequest): Promise<BuildReport> {
  const started = performance.now();
  const { cli, cwd, onProgress } = request;
  const location = locateDeck(request.source, cwd);
  const built = buildFromLocation(location, cli, { onProgress });
  const mapText = (folder: string): string =>
    `${JSON.stringify(sourceMap(built.deck, relative(folder, location.essayPath).split(sep).join('/')), null, 2)}\n`;
  const report = (kind: BuildReport['kind'], path: string, index: string, files: string[], map: string | null): BuildReport => ({
    kind,
    path,
    index,
    files,
    sourceMap: map,
    essay: location.essayPath,
    groups: built.deck.groups.length,
    slides: slideCount(built),
    // (Their sizes, not their bytes read back: a 10 MB essay's page is 12 MB.)
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    ms: Math.round(performance.now() - started),
    warnings: built.warnings,
  });
  if (request.singleFile) {
    const outFile = resolve(cwd, request.out ?? 'deck.html');
    const mapFile = request.sourceMap ? outFile.replace(/\.html?$/i, '.sourcemap.json') : null;
    if (mapFile && existsSync(mapFile) && !isSourceMap(readFileSync(mapFile, 'utf8'))) {
      throw new BriefdeckError('refusing to overwrite a file that is not a briefdeck source map', {
        file: mapFile,
        hint: 'Choose another --out, or remove this file yourself.',
      });
    }
    onProgress?.({ step: 'writing', file: outFile, slides: slideCount(built) });
    const bytes = buildSingleFile({ built, outFile });
    if (mapFile) writeFileAtomically(mapFile, mapText(dirname(mapFile)));
    return { ...report('file', outFile, outFile, mapFile ? [outFile, mapFile] : [outFile], mapFile), bytes };
  }
  const outDir = resolve(cwd, request.out ?? 'dist');
  const inputs = [location.deckDir, location.essayPath, location.configPath].filter((path): path is string => path !== null);
  onProgress?.({ step: 'writing', file: outDir, slides: slideCount(built) });
  const written = await writeOutputDir(outDir, { cwd, inputs }, async (tmpDir, hashes) => {
    writeStaticDeck(built, tmpDir, hashes);
    if (request.sourceMap) writeFileSync(join(tmpDir, 'sourcemap.json'), mapText(outDir));
  });
  const files = written.map((name) => join(outDir, ...name.split('/')));
  return report('folder', outDir, join(outDir, 'index.html'), files, request.sourceMap ? join(outDir, 'sourcemap.json') : null);
}
