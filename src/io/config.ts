import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { type OptionProblem, validateDeckOptions } from '../deck/build.js';
import {
  type CliDeckOptions,
  type DeckOptions,
  MAX_MINUTES,
  type ResolvedDeckOptions,
  resolveDeckOptions,
  THEMES,
} from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import type { Outline } from '../types.js';
import { checkStylesheet } from './stylesheets.js';
import { z } from './zod.js';

const id = z.string().check(z.minLength(1, 'an id cannot be empty'));

/** The schema of `deck.yaml`; unknown keys are errors, so a typo is caught, not ignored. */
export const deckConfigSchema = z.strictObject({
  order: z.optional(z.array(id)),
  slides: z.optional(z.record(id, z.array(id))),
  hide: z.optional(z.array(id)),
  titles: z.optional(z.record(id, z.string().check(z.minLength(1, 'a title cannot be empty')))),
  theme: z.optional(z.enum(THEMES)),
  aspect: z.optional(z.enum(['16:9', '16:10', '4:3'])),
  minutes: z.optional(z.nullable(z.number().check(z.positive(), z.maximum(MAX_MINUTES)))),
  wordsPerMinute: z.optional(z.number().check(z.minimum(60), z.maximum(300))),
  lang: z.optional(z.nullable(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or en-GB')))),
  css: z.optional(
    z.array(
      z
        .string()
        .check(
          z.regex(/^(?![\\/])(?!.*(?:^|[\\/])\.\.(?:[\\/]|$)).+\.css$/i, 'a .css file inside the deck folder’s public/, e.g. custom.css'),
        ),
    ),
  ),
});

/**
 * What each key of deck.yaml does, in deck.yaml's order: the commented deck.yaml that
 * `briefdeck init` writes is made from this and the defaults (src/io/deck-yaml.ts). The type
 * takes exactly the schema's keys, so a key added to the schema without a description, or a
 * description of a key the schema does not have, fails to compile.
 */
export const DECK_CONFIG_DOCS: { readonly [K in keyof typeof deckConfigSchema.shape]-?: DeckConfigDoc } = {
  order: {
    text: 'Groups in the order to show them: the listed ids take the places those groups had, in the listed order; the others stay put.',
    example: 'order: [GROUP, GROUP]',
  },
  slides: {
    text: 'Within a group, slides in the order to show them, likewise.',
    example: 'slides: { GROUP: [SLIDE, SLIDE] }',
  },
  hide: {
    text: 'Group or slide ids to hide: kept in the page (shown with ?showHiddenSlides=true), left out of PDFs.',
    example: 'hide: [GROUP]',
  },
  titles: { text: 'Titles to show instead of the generated ones, by group or slide id.', example: 'titles: { GROUP: "A Better Title" }' },
  theme: { text: `The theme: ${THEMES.join(', ')} (none of them loads anything from the network).`, example: 'theme: serif' },
  aspect: { text: 'The slides\' aspect ratio: "16:9", "16:10" or "4:3" (quoted).', example: 'aspect: "4:3"' },
  minutes: {
    text: "The talk's length in minutes: it sets how many slides the deck gets and scales their timings to it; null times the talk from the essay's length.",
    example: 'minutes: 20',
  },
  wordsPerMinute: {
    text: 'Speaking rate used to time each slide from its notes (60 to 300).',
    example: 'wordsPerMinute: 150',
  },
  lang: {
    text: "The deck's language, as a language tag; null (the default): the essay's, as read from its words, else en.",
    example: 'lang: en-GB',
  },
  css: {
    text: "Stylesheets in this folder's public/, loaded after the theme so that their rules win; fonts and images they use are bundled.",
    example: 'css: [custom.css]',
  },
};

/** One key of deck.yaml explained: what it does, and a line setting it (ids as GROUP, SLIDE). */
export interface DeckConfigDoc {
  text: string;
  example: string;
}

/** deck.yaml read and checked against the schema, able to say where each value stands. */
export interface DeckConfigFile {
  path: string;
  options: DeckOptions;
  /** Line and column (1-based) of the value at `path`, or of the nearest enclosing one. */
  position(path: ReadonlyArray<string | number>): { line: number; column: number };
}

export function parseDeckConfig(text: string, path: string): DeckConfigFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, column } = at(syntax.pos[0]);
    throw new BriefdeckError(`YAML syntax error: ${syntax.message.split('\n')[0]}`, {
      file: path,
      line,
      column,
      hint: 'Fix the YAML at this position; keys are order, slides, hide, titles, theme, aspect, minutes, wordsPerMinute, lang, css.',
    });
  }
  const position = (keyPath: ReadonlyArray<string | number>): { line: number; column: number } => {
    for (let depth = keyPath.length; depth >= 0; depth--) {
      const node = doc.getIn(keyPath.slice(0, depth), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  /** Position of a key itself (not its value), for "unknown key" errors. */
  const keyPosition = (mapPath: ReadonlyArray<string | number>, key: string): { line: number; column: number } => {
    const map = mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true);
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return position(mapPath);
  };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // An alias bomb: yaml refuses to expand more aliases than a document could reasonably hold.
    throw new BriefdeckError(`deck.yaml cannot be read: ${(error as Error).message}`, {
      file: path,
      line: 1,
      hint: 'Remove the YAML aliases (*name) from deck.yaml.',
    });
  }
  const parsed = deckConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const issuePath = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
    const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : [];
    const where = unknownKeys[0] !== undefined ? keyPosition(issuePath, unknownKeys[0]) : position(issuePath);
    const field = issuePath.length > 0 ? `${issuePath.join('.')}: ` : '';
    throw new BriefdeckError(`invalid deck config: ${field}${issue?.message ?? 'bad value'}`, {
      file: path,
      ...where,
      hint: hintFor(issuePath[0]),
    });
  }
  return { path, options: parsed.data as DeckOptions, position };
}

function hintFor(key: string | number | undefined): string {
  switch (key) {
    case 'theme':
      return `Use one of: ${THEMES.join(', ')}.`;
    case 'aspect':
      return 'Use "16:9", "16:10" or "4:3" (quoted).';
    case 'minutes':
      return 'Give the talk length in minutes, e.g. `minutes: 20`.';
    case 'css':
      return 'List stylesheets in the deck folder’s public/, e.g. `css: [custom.css]` for public/custom.css.';
    case 'order':
    case 'hide':
      return 'Give a list of ids, e.g. `order: [go-public, change-the-channel]`; `briefdeck outline` lists the ids.';
    default:
      return 'Valid keys: order, slides, hide, titles, theme, aspect, minutes, wordsPerMinute, lang, css.';
  }
}

export function readDeckConfig(path: string): DeckConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BriefdeckError(`cannot read the deck config: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file: path });
  }
  const config = parseDeckConfig(text, path);
  const publicDir = publicFolder(path);
  (config.options.css ?? []).forEach((name, i) => {
    if (!existsSync(stylesheetPath(path, name))) {
      throw new BriefdeckError(`css: ${name} is not in ${publicDir}`, { file: path, ...config.position(['css', i]), hint: hintFor('css') });
    }
    checkStylesheet(stylesheetPath(path, name), realpathSync(publicDir));
  });
  return config;
}

/** The deck folder's `public/`, where deck.yaml's stylesheets and the files they use live. */
export function publicFolder(configPath: string): string {
  return join(dirname(configPath), 'public');
}

/** Where a stylesheet named in deck.yaml's `css` lives. */
export function stylesheetPath(configPath: string, name: string): string {
  return join(publicFolder(configPath), name);
}

// Defined beside DeckOptions, which keeps the package's declaration files (lib/types) clear of
// zod, a bundled devDependency; imported from here too.
export type { CliDeckOptions } from '../deck/options.js';

/**
 * deck.yaml, then the CLI: resolved and checked against the outline. The first problem
 * becomes an error at its position in deck.yaml, or naming the CLI flag that caused it.
 */
export function resolveOptionsFor(outline: Outline, file: DeckConfigFile | null, cli?: CliDeckOptions): ResolvedDeckOptions {
  const resolved = resolveDeckOptions(file?.options, cli?.options);
  const problems = validateDeckOptions(outline, resolved);
  const problem: OptionProblem | undefined = problems[0];
  if (!problem) return resolved;
  const key = problem.path[0] as keyof DeckOptions;
  const flag = cli?.flags[key];
  if (flag && cli?.options[key] !== undefined) {
    throw new BriefdeckError(`${flag}: ${problem.message}`, { hint: problem.hint });
  }
  throw new BriefdeckError(problem.message, { file: file?.path ?? null, ...(file ? file.position(problem.path) : {}), hint: problem.hint });
}
