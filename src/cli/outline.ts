import { basename, relative } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { outlineFilePath, writeOutlineFile } from '../io/outline-file.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { printOutlineFile } from '../outline-file/format.js';
import { buildFromLocation } from '../pipeline.js';
import type { DeckGroup } from '../types.js';
import { cliDeckOptions, type DeckFlags, plural } from './shared.js';
import { reportWarnings } from './warnings.js';

export interface OutlineFlags extends DeckFlags {
  json?: boolean;
  /** Save the essay's outline as outline.md. */
  write?: boolean;
  /** With --write: replace an edited outline.md. */
  force?: boolean;
  /** Exit 1 when outline.md is out of date with the essay. */
  check?: boolean;
}

/**
 * `briefdeck outline`: the outline as JSON (`--json`, the contract other tools read:
 * meta, groups with slides, bullets and notes, removed lines), or as a readable tree
 * that lists every id `--order`, `--hide` and deck.yaml accept.
 */
export function outlineCommand(source: string | undefined, flags: OutlineFlags): void {
  if (flags.force && !flags.write)
    throw new BriefdeckError('--force goes with --write', { hint: 'Run `briefdeck outline --write --force`.' });
  const modes = [flags.write && '--write', flags.check && '--check', flags.json && '--json'].filter(Boolean);
  if (modes.length > 1) throw new BriefdeckError(`${modes.join(' and ')} cannot be used together`, { hint: 'Give one of them.' });
  const location = locateDeck(source);
  if (flags.write) {
    writeOutline(location, flags);
    return;
  }
  if (flags.check) {
    checkOutline(location, flags);
    return;
  }
  const built = buildFromLocation(location, cliDeckOptions(flags));
  reportWarnings(built.warnings);
  if (flags.json) {
    const { meta, groups, removed, budget } = built.outline;
    const source = { format: built.essay.source.format, formatSigns: built.essay.source.formatSigns };
    process.stdout.write(`${JSON.stringify({ meta, groups, removed, budget, source }, null, 2)}\n`);
    return;
  }
  const { meta } = built.outline;
  const lines: string[] = [meta.title];
  const byline = [meta.authors.join(', '), meta.date, meta.publication].filter(Boolean).join(' · ');
  if (byline) lines.push(byline);
  const { format, formatSigns } = built.essay.source;
  lines.push(
    `read as ${format}${flags.format ? ' (--format)' : formatSigns.length ? ` (${formatSigns.join(', ')})` : ' (no Markdown found)'}`,
  );
  if (built.outlineFile)
    lines.push(`slides from ${shown(built.outlineFile.path)} (edited by hand; \`briefdeck outline --check\` compares it with the essay)`);
  const { budget } = built.outline;
  lines.push(
    `slide budget: ${plural(budget.slides, 'slide')} for a ${budget.minutes}-minute talk${
      budget.basis === 'minutes' ? '' : ' (from the essay’s length; set --minutes or minutes: in deck.yaml to change it)'
    }`,
  );
  lines.push('', 'Groups and slides, in deck order (ids for --order, --hide and deck.yaml):');
  const width = Math.max(...built.deck.groups.flatMap((group) => [group.id.length, ...group.slides.map((slide) => slide.id.length + 2)]));
  for (const group of built.deck.groups) lines.push(...describeGroup(group, width));
  const minutes = Math.round(built.deck.totalSeconds / 60);
  lines.push(
    '',
    `${plural(
      built.deck.groups.reduce((n, g) => n + g.slides.length, 0),
      'slide',
    )}, about ${minutes} min at ${built.options.wordsPerMinute} words a minute`,
  );
  const reasons = new Map<string, number>();
  for (const entry of built.outline.removed) reasons.set(entry.reason, (reasons.get(entry.reason) ?? 0) + 1);
  const summary = [...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ');
  lines.push(`removed: ${plural(built.outline.removed.length, 'line')}${summary ? ` (${summary})` : ''}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function describeGroup(group: DeckGroup, width: number): string[] {
  const hidden = group.hidden ? ' (hidden)' : '';
  const lines = [`${group.id.padEnd(width)}  [${group.kind}] ${group.title}${hidden}`];
  for (const slide of group.slides) {
    const source = slide.source ? ` lines ${slide.source.start}-${slide.source.end}` : '';
    const marks = [slide.hidden && !group.hidden ? 'hidden' : '', slide.bullets.length ? plural(slide.bullets.length, 'bullet') : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${slide.id.padEnd(width - 2)}  ${slide.title}${marks ? ` (${marks})` : ''}${source}`);
  }
  return lines;
}

const shown = (path: string): string => relative(process.cwd(), path) || path;

/**
 * `--write`: the outline the essay makes by itself, as `outline.md` in the deck folder (beside a
 * loose essay). An outline.md edited since briefdeck wrote it is kept unless `--force`.
 */
function writeOutline(location: DeckLocation, flags: OutlineFlags): void {
  const built = buildFromLocation(location, cliDeckOptions(flags), { outlineFile: false });
  const path = outlineFilePath(location);
  const text = printOutlineFile(built.generated, built.essay, basename(location.essayPath));
  const how = writeOutlineFile(path, text, { force: flags.force === true });
  const slides = built.generated.groups.reduce((n, group) => n + group.slides.length, 0);
  process.stdout.write(
    `briefdeck: ${how === 'created' ? 'wrote' : 'replaced'} ${shown(path)}: ${plural(built.generated.groups.length, 'group')}, ${plural(slides, 'slide')}\n` +
      '  Edit its titles, bullets, slides and groups; build, pdf and pptx take the slides from it (the notes stay the essay’s paragraphs).\n',
  );
}

/** `--check`: exit 0 when outline.md matches the essay; else print what changed and exit 1. */
function checkOutline(location: DeckLocation, flags: OutlineFlags): void {
  const built = buildFromLocation(location, cliDeckOptions(flags));
  if (!built.outlineFile) {
    reportWarnings(built.warnings);
    throw new BriefdeckError('there is no outline.md to check', {
      file: outlineFilePath(location),
      hint: 'Write one with `briefdeck outline --write`.',
    });
  }
  const { path, problems } = built.outlineFile;
  if (problems.length === 0) {
    process.stdout.write(`briefdeck: ${shown(path)} is in sync with ${shown(location.essayPath)}\n`);
    return;
  }
  for (const problem of problems) process.stdout.write(`${problem.message}\n`);
  const slides = [...new Set(problems.map((problem) => problem.slideId))];
  throw new BriefdeckError(`the outline is out of date with the essay: ${plural(slides.length, 'slide')} (${slides.join(', ')})`, {
    file: path,
    hint: 'Update those slides’ bullets and source comments (see above), or rewrite the file with `briefdeck outline --write --force` (your edits are then lost).',
  });
}
