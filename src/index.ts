/**
 * briefdeck's programmatic API (`import { … } from 'briefdeck'`): the CLI's stages and
 * commands as functions.
 *
 * - `essayToOutline`, `outlineToDeck`, `renderDeck` are pure: text in, values out, no files.
 * - `buildDeck` and `exportPdf` read an essay file or deck folder (with its `deck.yaml`) and
 *   write what `briefdeck build` and `briefdeck pdf` write, with the same checks.
 *
 * Every mistake in the input (an essay that cannot be read, an unknown id, a bad option, an
 * output that must not be replaced) throws a {@link BriefdeckError} naming the file, line and
 * what to do, as the CLI prints it; nothing is half-written.
 */
import { buildDeck as deckFromOutline } from './deck/build.js';
import type { CliDeckOptions, DeckOptions } from './deck/options.js';
import { BriefdeckError } from './errors.js';
import { type BuildReport, writeDeck } from './export/build.js';
import { type PdfReport, writePdf } from './export/pdf-file.js';
import type { NotesMode } from './export/pdf-print.js';
import { deckConfigSchema, resolveOptionsFor } from './io/config.js';
import { essayToOutline as outlineOf } from './pipeline.js';
import type { OnProgress } from './progress.js';
import type { Deck, Essay, EssayFormat, EssaySource, Outline } from './types.js';

export type { Aspect, DeckOptions } from './deck/options.js';
export { BriefdeckError } from './errors.js';
export type { BuildReport } from './export/build.js';
export type { PdfReport } from './export/pdf-file.js';
export type { NotesMode } from './export/pdf-print.js';
export type { OnProgress, Progress, ProgressStep } from './progress.js';
export { type RenderedDeck, renderDeck } from './render/html.js';
export type { Deck, DeckGroup, DeckSlide, Essay, EssayFormat, EssaySource, Outline } from './types.js';

/**
 * Reads an essay (plain text or Markdown, as copied from a web page) into its parts and plans
 * the slides: groups, slides, bullets with the line and sentence each came from, and notes.
 * Pure: `source.path` only names the essay in messages.
 *
 * @param options.minutes The talk's length: it sets how many slides the outline gets (default:
 *   from the essay's length at speaking pace, 5 to 30 minutes).
 * @throws {BriefdeckError} when the essay has no text to make slides of.
 */
export function essayToOutline(source: EssaySource, options: { minutes?: number | null } = {}): { essay: Essay; outline: Outline } {
  return outlineOf(source, { minutes: options.minutes ?? null });
}

/**
 * Applies deck options (the keys of `deck.yaml`: order, hide, titles, theme, timing…) to an
 * outline. Pure.
 *
 * @throws {BriefdeckError} for an option of the wrong shape or an id the outline does not have
 *   (with the closest id, and the list of valid ones).
 */
export function outlineToDeck(outline: Outline, options: DeckOptions = {}): Deck {
  const checked = deckOptions(options);
  return deckFromOutline(outline, resolveOptionsFor(outline, null, checked));
}

/** Options shared by {@link buildDeck} and {@link exportPdf}. */
export interface DeckFileOptions {
  /** Deck options; they win over the deck folder's `deck.yaml`, as the CLI's flags do. */
  options?: DeckOptions;
  /** Read the essay as `text` or `markdown` (default: decided by its content). */
  format?: EssayFormat;
  /** The folder relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** Called as each step starts (outlining, rendering, printing…), for a progress display. */
  onProgress?: OnProgress;
}

export interface BuildDeckOptions extends DeckFileOptions {
  /** Output folder (default `dist`); with `singleFile`, the `.html` file (default `deck.html`). */
  out?: string;
  /** One self-contained `.html` file that works opened from disk. */
  singleFile?: boolean;
  /** Also write the source map (slide id → essay lines). */
  sourceMap?: boolean;
}

/**
 * `briefdeck build`: writes the deck of an essay file or deck folder as `OUT/index.html` and
 * its assets, or as one HTML file. An earlier build's folder is updated; a folder briefdeck
 * cannot prove it built is refused.
 *
 * @throws {BriefdeckError} for a bad essay, option or output place, before anything is written.
 */
export function buildDeck(source: string, options: BuildDeckOptions = {}): Promise<BuildReport> {
  return writeDeck({
    source,
    cli: deckOptions(options.options ?? {}, options.format),
    out: options.out,
    singleFile: options.singleFile === true,
    sourceMap: options.sourceMap === true,
    cwd: options.cwd ?? process.cwd(),
    onProgress: options.onProgress,
  });
}

export interface ExportPdfOptions extends DeckFileOptions {
  /** The PDF file, or a folder to put `DECK.pdf` in (default: `DECK.pdf` in `cwd`). */
  out?: string;
  /** `none` (one page a slide, the default), `page` (a notes page after each slide), `handout` (A4, slide above notes). */
  notes?: NotesMode;
  /** Where `CHROME_PATH` and `SOURCE_DATE_EPOCH` are read (default: `process.env`). */
  env?: NodeJS.ProcessEnv;
}

/**
 * `briefdeck pdf`: prints the deck of an essay file or deck folder in headless Chromium (found
 * on the machine, never downloaded) and writes the PDF atomically; an existing file is only
 * replaced if it is a PDF.
 *
 * @throws {BriefdeckError} for a bad essay, option or output place, or when no browser starts.
 */
export function exportPdf(source: string, options: ExportPdfOptions = {}): Promise<PdfReport> {
  return writePdf({
    source,
    cli: deckOptions(options.options ?? {}, options.format),
    notes: options.notes ?? 'none',
    out: options.out,
    cwd: options.cwd ?? process.cwd(),
    env: options.env,
    onProgress: options.onProgress,
  });
}

/**
 * Deck options from a caller, checked against deck.yaml's schema (a caller's typo is caught as
 * deck.yaml's is) and named `options.KEY` in messages.
 */
function deckOptions(options: DeckOptions, format?: EssayFormat): CliDeckOptions {
  const parsed = deckConfigSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((part) => typeof part !== 'symbol').join('.');
    const keys = issue?.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
    throw new BriefdeckError(`invalid deck options: ${path ? `${path}: ` : ''}${issue?.message ?? 'bad value'}${keys}`, {
      hint: `Valid keys: ${Object.keys(deckConfigSchema.shape).join(', ')} (the keys of deck.yaml).`,
    });
  }
  const flags: CliDeckOptions['flags'] = {};
  for (const key of Object.keys(parsed.data) as Array<keyof DeckOptions>) flags[key] = `options.${key}`;
  return { options: parsed.data as DeckOptions, flags, ...(format ? { format } : {}) };
}
