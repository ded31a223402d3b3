import type { DeckOptions } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import type { CliDeckOptions } from '../io/config.js';
import type { EssayFormat } from '../types.js';

/** Deck flags as commander parses them. */
export interface DeckFlags {
  order?: string[];
  hide?: string[];
  minutes?: number;
  theme?: string;
  format?: EssayFormat;
}

/** The flags as deck options, each remembering its flag for messages. */
export function cliDeckOptions(flags: DeckFlags): CliDeckOptions {
  const options: DeckOptions = {};
  const named: CliDeckOptions['flags'] = {};
  if (flags.order) [options.order, named.order] = [flags.order, '--order'];
  if (flags.hide) [options.hide, named.hide] = [flags.hide, '--hide'];
  if (flags.minutes !== undefined) [options.minutes, named.minutes] = [flags.minutes, '--minutes'];
  if (flags.theme) [options.theme, named.theme] = [flags.theme, '--theme'];
  return { options, flags: named, ...(flags.format ? { format: flags.format } : {}) };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `--out` as given; an empty value (`--out ""`, an unset variable) is a mistake, not the current folder. */
export function outFlag(out: string | undefined): string | undefined {
  if (out !== undefined && out.trim() === '') {
    throw new BriefdeckError('--out is empty', { hint: 'Name the output with --out, or leave the option out for the default.' });
  }
  return out;
}
