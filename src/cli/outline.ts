import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import type { DeckGroup } from '../types.js';
import { cliDeckOptions, type DeckFlags, plural } from './shared.js';

/**
 * `briefdeck outline`: the outline as JSON (`--json`, the contract other tools read:
 * meta, groups with slides, bullets and notes, removed lines), or as a readable tree
 * that lists every id `--order`, `--hide` and deck.yaml accept.
 */
export function outlineCommand(source: string | undefined, flags: DeckFlags & { json?: boolean }): void {
  const built = buildFromLocation(locateDeck(source), cliDeckOptions(flags));
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
