import type { EssayFormat } from '../types.js';

/**
 * The deck's options, in one documented type with defaults, resolved once (in the manner of
 * reveal.js `config.ts`). They come from `deck.yaml` and the CLI; the CLI wins.
 */
export interface DeckOptions {
  /** Group ids, in the order they take the places those groups had; unlisted groups stay put. */
  order?: string[];
  /** Per group id: slide ids, in the order they take the places those slides had. */
  slides?: Record<string, string[]>;
  /** Group or slide ids to hide: kept in the HTML as `data-visibility="hidden"`, left out of PDFs. */
  hide?: string[];
  /** Group or slide id → title shown instead of the generated one. */
  titles?: Record<string, string>;
  /** Theme name: `briefing` (the default) or a reveal.js theme that needs no network. */
  theme?: string;
  /** Slide aspect ratio. */
  aspect?: Aspect;
  /** Target duration in minutes: slide timings are scaled to sum to it. */
  minutes?: number | null;
  /** Speaking rate used to time slides from their notes. */
  wordsPerMinute?: number;
  /** Document language, as a language tag; null (the default): the essay's, as detected, else English. */
  lang?: string | null;
  /**
   * Stylesheets loaded after the theme, so that their rules win: files in the deck folder's
   * `public/` (`css: [custom.css]` is `public/custom.css`). Fonts and images they refer to by
   * a relative path are bundled with the deck (inlined in a single-file deck).
   */
  css?: string[];
}

export type Aspect = '16:9' | '16:10' | '4:3';

/** Options from the CLI (or the API), named by the flag they came from for messages. */
export interface CliDeckOptions {
  options: DeckOptions;
  flags: Partial<Record<keyof DeckOptions, string>>;
  /** `--format`: how to read the essay, instead of deciding by its content. */
  format?: EssayFormat;
}

/** Longest talk a deck is timed for, in minutes (deck.yaml and --minutes alike): a full day. */
export const MAX_MINUTES = 600;

export type ResolvedDeckOptions = Required<DeckOptions>;

export const ASPECTS: Record<Aspect, { width: number; height: number }> = {
  '16:9': { width: 1280, height: 720 },
  '16:10': { width: 1280, height: 800 },
  '4:3': { width: 1024, height: 768 },
};

/** Themes that load nothing from the network. */
export const THEMES = ['briefing', 'white', 'black', 'serif', 'dracula', 'white-contrast', 'black-contrast'] as const;

export const DEFAULT_OPTIONS: ResolvedDeckOptions = {
  order: [],
  slides: {},
  hide: [],
  titles: {},
  theme: 'briefing',
  aspect: '16:9',
  minutes: null,
  // A measured briefing pace: slower than conversation, as a presenter pauses on each slide.
  wordsPerMinute: 130,
  lang: null,
  css: [],
};

/** Later sources win field by field; `order`, `hide` and the maps are replaced, not merged. */
export function resolveDeckOptions(...layers: ReadonlyArray<DeckOptions | undefined>): ResolvedDeckOptions {
  const resolved: ResolvedDeckOptions = { ...DEFAULT_OPTIONS };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer) as Array<[keyof DeckOptions, unknown]>) {
      if (value !== undefined) (resolved as Record<keyof DeckOptions, unknown>)[key] = value;
    }
  }
  return resolved;
}
