import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build as viteBuild } from 'vite';
import { BriefdeckError } from '../errors.js';
import type { CliDeckOptions } from '../io/config.js';
import { workFolder, writeFileAtomically } from '../io/output.js';
import { contentSecurityPolicy, cspMeta } from '../render/csp.js';
import { GENERATOR_META } from '../render/html.js';
import { deckViteConfig } from './config.js';

/**
 * `briefdeck build --single-file`: one self-contained HTML file that works when opened from
 * disk (`file://`), where a browser will not load module scripts from other files. Vite builds
 * the deck as usual but with one JavaScript chunk and every asset (fonts, images) as a data:
 * URI; this module then moves the script and the stylesheet into the page itself. Any file
 * the page would still have to fetch is an error, so the result never depends on its folder.
 */

/**
 * JavaScript made safe to place between `<script>` and `</script>`. The HTML parser ends a
 * script at the first `</script`, and after `<!--` then `<script` (no `-->` between) it skips
 * the next `</script>`. Minified code has these only inside strings, template literals,
 * regular expressions and comments, where `<\/` still means `</`: every `</script` is
 * escaped, and code that would leave the parser in its "double escaped" state is refused.
 */
export function scriptText(code: string): string {
  const escaped = code.replace(/<\/(script)/gi, '<\\/$1');
  let state: 'data' | 'escaped' | 'double' = 'data';
  let at = 0;
  for (;;) {
    if (state === 'data') {
      const open = escaped.indexOf('<!--', at);
      if (open < 0) break;
      state = 'escaped';
      // The comment opener's dashes can also begin its closer: `<!-->` closes at once.
      at = open + 2;
      continue;
    }
    const close = escaped.indexOf('-->', at);
    const script = state === 'escaped' ? escaped.slice(at).search(/<script[\s/>]/i) : -1;
    if (script >= 0 && (close < 0 || at + script < close)) {
      state = 'double';
      at += script + '<script'.length;
    } else if (close >= 0) {
      state = 'data';
      at = close + 3;
    } else {
      break;
    }
  }
  if (state === 'double') {
    throw new BriefdeckError('the deck’s script cannot be inlined: it holds `<!--` followed by `<script` with no `-->` between', {
      hint: 'Build the deck without --single-file, or report this as a briefdeck bug.',
    });
  }
  return escaped;
}

/** CSS made safe to place between `<style>` and `</style>` (`<\/` is `</` in a CSS string). */
export function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/\s([a-zA-Z-]+)(?:="([^"]*)")?/g)) found.set((match[1] ?? '').toLowerCase(), match[2] ?? '');
  return found;
}

/**
 * The built page with its scripts and stylesheets inlined. `dir` is a Vite build made with
 * `deckViteConfig({ singleFile: true })`; every file in it must end up inside the page.
 */
export function inlineBuild(dir: string): string {
  const root = resolve(dir);
  const used = new Set<string>();
  const read = (reference: string): string => {
    const file = resolve(root, reference);
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || !file.startsWith(root + sep) || !existsSync(file)) {
      throw new BriefdeckError(`the built page refers to ${reference}, which is not a file of the build`, {
        hint: 'A single-file deck cannot load anything from outside itself.',
      });
    }
    used.add(file);
    return readFileSync(file, 'utf8');
  };

  let html = readFileSync(join(root, 'index.html'), 'utf8');
  html = html.replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>/g, (tag) => {
    const attrs = attributes(tag);
    const type = attrs.get('type');
    return `<script${type ? ` type="${type}"` : ''}>${scriptText(read(attrs.get('src') ?? ''))}</script>`;
  });
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    const attrs = attributes(tag);
    const href = attrs.get('href') ?? '';
    if (attrs.get('rel') !== 'stylesheet') {
      throw new BriefdeckError(`the built page has a <link rel="${attrs.get('rel') ?? ''}" href="${href}"> that cannot be inlined`, {
        hint: 'A single-file deck cannot load anything from outside itself.',
      });
    }
    const css = read(href);
    // Vite has turned every asset into a data: URI; anything else would be a request.
    const external = css.match(/url\(\s*(?!['"]?(?:data:|#))[^)]*\)/);
    if (external) {
      throw new BriefdeckError(`the deck’s stylesheet refers to ${external[0]}, which would be loaded from outside the file`, {
        hint: 'Refer to fonts and images in custom CSS by a relative path, so that they can be inlined.',
      });
    }
    return `<style>${styleText(css)}</style>`;
  });

  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((file) => statSync(file).isFile() && file !== join(root, 'index.html'));
  const left = files.filter((file) => !used.has(file)).map((file) => relative(root, file));
  if (left.length > 0) {
    throw new BriefdeckError(`the single-file build left ${left.join(', ')} outside the page`, {
      hint: 'The page would have to load them at run time, which a single file cannot do.',
    });
  }
  // Everything is inline now: the policy allows this page's own scripts by their hashes, and no file.
  const scripts = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const policy = cspMeta(contentSecurityPolicy({ self: false, scripts }));
  return html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/, () => policy);
}

/**
 * Refuses to overwrite a file that is not an earlier briefdeck page: one whose head carries the
 * generator mark that only built pages get (the page template has none).
 */
export function checkReplaceableFile(path: string): void {
  if (!existsSync(path)) return;
  const head = statSync(path).isFile() ? readFileSync(path, 'utf8').slice(0, 16_384) : '';
  if (/^\s*<!doctype html>/i.test(head) && head.split('</head>')[0]?.includes(GENERATOR_META)) return;
  throw new BriefdeckError('refusing to overwrite a file that is not a briefdeck deck', {
    file: path,
    hint: 'Choose a new file name with --out, or remove this file yourself.',
  });
}

export interface SingleFileOptions {
  /** Essay file or deck folder; the reference deck when omitted. */
  source?: string;
  cli?: CliDeckOptions;
  /** The `.html` file to write. */
  outFile: string;
}

/** Builds the deck into `outFile`, written atomically; returns the file's size in bytes. */
export async function buildSingleFile({ source, cli, outFile }: SingleFileOptions): Promise<number> {
  if (!/\.html?$/i.test(outFile)) {
    throw new BriefdeckError('--single-file writes one HTML file: give --out a file name ending in .html', {
      file: outFile,
      hint: 'For example `briefdeck build --single-file --out deck.html`.',
    });
  }
  checkReplaceableFile(outFile);
  const tmp = workFolder('briefdeck-single-');
  try {
    const config = deckViteConfig({ ...(source !== undefined ? { source } : {}), ...(cli ? { cli } : {}), outDir: tmp, singleFile: true });
    await viteBuild({ ...config, logLevel: 'error' });
    const html = inlineBuild(tmp);
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileAtomically(outFile, html);
    return Buffer.byteLength(html);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
