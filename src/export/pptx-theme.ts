import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { themeStyle } from '../vite/styles.js';

/**
 * The deck's theme for PowerPoint, read from the same stylesheet the HTML deck uses
 * (src/vite/styles.ts `themeStyle`): its `:root` custom properties, after those of the sheets it
 * `@import`s (briefing is reveal.js's serif with its own palette). PowerPoint has no cascade, so
 * the theme is approximated by one colour per role and one font each for headings and text.
 */

export interface PptxTheme {
  /** Colours as PowerPoint writes them: six hex digits, no `#`. */
  background: string;
  text: string;
  heading: string;
  /** The accent: briefing's rust (`--bd-accent`), else the theme's link colour. */
  accent: string;
  /** Secondary text: the byline, the agenda, the footer. */
  muted: string;
  headingFont: string;
  bodyFont: string;
}

/** PowerPoint role ← the CSS custom properties that set it, first found wins. */
const ROLES: Record<Exclude<keyof PptxTheme, 'headingFont' | 'bodyFont'>, readonly string[]> = {
  background: ['--r-background-color'],
  text: ['--r-main-color'],
  heading: ['--r-heading-color'],
  accent: ['--bd-accent', '--r-link-color'],
  muted: ['--bd-muted', '--r-main-color'],
};

/**
 * Fonts that PowerPoint has on Windows and macOS; a theme's font stack gives the first of these it
 * names. Web fonts (Source Sans Pro) and platform fonts (-apple-system, Segoe UI) would be
 * replaced by whatever the machine opening the file has. Arial and Helvetica get LibreOffice's
 * metric-compatible Liberation Sans, so the text is as wide there as the export assumed.
 */
const PORTABLE_FONTS = ['Arial', 'Helvetica', 'Palatino Linotype', 'Georgia', 'Times New Roman'];
/** For a stack that names none of them: by its generic family. */
const GENERIC_FONTS: Record<string, string> = { serif: 'Times New Roman', 'sans-serif': 'Arial' };

const requireFrom = createRequire(join(PACKAGE_ROOT, 'package.json'));

/** A stylesheet's file: a path as given, or a package's file (`reveal.js/theme/serif.css`) as Node resolves it. */
function stylesheetFile(id: string, from: string): string {
  if (isAbsolute(id)) return id;
  if (id.startsWith('.')) return join(dirname(from), id);
  return requireFrom.resolve(id);
}

/** The custom properties a stylesheet sets on `:root`, after those of the sheets it imports (which it overrides). */
function rootProperties(file: string, seen = new Set<string>()): Map<string, string> {
  const properties = new Map<string, string>();
  if (seen.has(file)) return properties;
  seen.add(file);
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, imported = ''] of css.matchAll(/@import\s+(?:url\()?["']([^"']+)["']/g)) {
    for (const [name, value] of rootProperties(stylesheetFile(imported, file), seen)) properties.set(name, value);
  }
  for (const [, block = ''] of css.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const [, name = '', value = ''] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) properties.set(name, value.trim());
  }
  return properties;
}

/** `var(--x)` resolved against the other properties (themes alias one font to another). */
function resolveValue(value: string, properties: ReadonlyMap<string, string>, depth = 0): string {
  const alias = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value)?.[1];
  const target = alias === undefined ? undefined : properties.get(alias);
  return target !== undefined && depth < 5 ? resolveValue(target, properties, depth + 1) : value;
}

/** `#1d2733` or `#fff` → `1D2733`; null for anything else (a named colour, a gradient). */
export function hexColour(value: string): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return null;
  return (hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex).toUpperCase();
}

/** The first portable font a CSS font stack names, else one for its generic family. */
export function portableFont(stack: string): string {
  const families = stack.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
  for (const family of families) {
    const font = PORTABLE_FONTS.find((portable) => portable.toLowerCase() === family.toLowerCase());
    if (font) return font;
  }
  const generic = families.map((family) => GENERIC_FONTS[family.toLowerCase()]).find(Boolean);
  return generic ?? 'Arial';
}

/** The PowerPoint approximation of `theme` (one of src/deck/options.ts THEMES). */
export function pptxTheme(theme: string): PptxTheme {
  const file = stylesheetFile(themeStyle(theme), join(PACKAGE_ROOT, 'package.json'));
  const properties = rootProperties(file);
  const role = (names: readonly string[]): string => {
    for (const name of names) {
      const colour = hexColour(resolveValue(properties.get(name) ?? '', properties));
      if (colour) return colour;
    }
    throw new BriefdeckError(`the theme "${theme}" sets no colour for ${names.join(' or ')}`, {
      file,
      hint: 'This is a bug in briefdeck (or a theme it does not know): please report it.',
    });
  };
  const font = (name: string): string => portableFont(resolveValue(properties.get(name) ?? '', properties));
  return {
    background: role(ROLES.background),
    text: role(ROLES.text),
    heading: role(ROLES.heading),
    accent: role(ROLES.accent),
    muted: role(ROLES.muted),
    headingFont: font('--r-heading-font'),
    bodyFont: font('--r-main-font'),
  };
}
