import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { BriefdeckError } from '../errors.js';
import { sha256Of, type WrittenHashes } from '../io/output.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { references } from '../io/stylesheets.js';
import type { BuiltDeck } from '../pipeline.js';
import { contentSecurityPolicy, cspMeta } from '../render/csp.js';
import { runtimePage } from '../render/html.js';
import { RUNTIME_DIR, runtimePaths } from '../vite/runtime.js';

/**
 * A built deck without a bundler: the rendered page over the prebuilt runtime (`lib/runtime/`,
 * src/vite/runtime.ts), which `npm run compile` bundles once for every deck. The page loads a
 * classic script and stylesheets in the cascade order of src/vite/styles.ts, so it runs from
 * `file://` as well as from a server. `vite build` with the plugin gives the same slides (a test
 * compares them); this path only skips the bundling, which is the same for every deck.
 */

const template = (): string => readFileSync(join(PACKAGE_ROOT, 'index.html'), 'utf8');

/**
 * deck.yaml's stylesheets and every file they refer to (`@import`, `url()`), which
 * src/io/stylesheets.ts has checked all lie in the deck folder's `public/`.
 */
function deckFiles(stylesheets: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    if (extname(file).toLowerCase() !== '.css') return;
    for (const { target } of references(readFileSync(file, 'utf8'))) {
      if (target === '' || target.startsWith('#') || /^data:/i.test(target)) continue;
      visit(resolve(dirname(file), decodeURI(target.split(/[?#]/)[0] ?? '')));
    }
  };
  for (const sheet of stylesheets) visit(sheet);
  return [...found];
}

/**
 * Writes the deck into `outDir`: `index.html`, the runtime under `assets/` with content-hashed
 * names (a new version never meets a cached old one), and deck.yaml's stylesheets with the files
 * they refer to under `assets/deck/`, their layout kept so that relative references still hold.
 * Notes the SHA-256 of the page and of the runtime's files in `hashes`, for the output's manifest.
 */
export function writeStaticDeck(built: BuiltDeck, outDir: string, hashes: WrittenHashes = new Map()): void {
  const runtime = runtimePaths(built.deck.theme, built.stylesheets);
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  const copyHashed = (file: string): string => {
    const bytes = readFileSync(file);
    const ext = extname(file);
    const hash = sha256Of(bytes);
    const name = `${basename(file, ext)}-${hash.slice(0, 8)}${ext}`;
    writeFileSync(join(assets, name), bytes);
    hashes.set(join(assets, name), hash);
    return `assets/${name}`;
  };
  const root = built.publicDir;
  const deckLinks = new Map<string, string>();
  if (root) {
    for (const file of deckFiles(built.stylesheets)) {
      const rel = relative(root, file).split(sep).join('/');
      const target = join(assets, 'deck', rel);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
      deckLinks.set(file, `assets/deck/${rel.split('/').map(encodeURIComponent).join('/')}`);
    }
  }
  const link = (file: string): string => (file.startsWith(RUNTIME_DIR) ? copyHashed(file) : (deckLinks.get(file) ?? copyHashed(file)));
  const page = runtimePage(
    template(),
    built.rendered,
    built.deck.theme,
    { script: copyHashed(runtime.script), styles: runtime.styles.map(link) },
    cspMeta(contentSecurityPolicy()),
  );
  // (Encoded once: the bytes written are the bytes hashed.)
  const bytes = Buffer.from(page, 'utf8');
  writeFileSync(join(outDir, 'index.html'), bytes);
  hashes.set(join(outDir, 'index.html'), sha256Of(bytes));
}

/** File types a stylesheet may refer to, for data: URIs. */
const MEDIA_TYPES: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.css': 'text/css',
};

/** A stylesheet with its imports inlined in place and the files it refers to as data: URIs. */
function inlineStylesheet(file: string, seen: Set<string> = new Set()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  const local = (target: string): string => resolve(dirname(file), decodeURI(target.split(/[?#]/)[0] ?? ''));
  const skip = (target: string): boolean => target === '' || target.startsWith('#') || /^data:/i.test(target);
  return css
    .replace(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1\s*\)?[^;]*;/gi, (whole, _quote: string, target: string) =>
      skip(target) ? whole : inlineStylesheet(local(target), seen),
    )
    .replace(/url\(\s*(["']?)([^"')]*?)\1\s*\)/gi, (whole, _quote: string, target: string) => {
      if (skip(target)) return whole;
      const path = local(target);
      const type = MEDIA_TYPES[extname(path).toLowerCase()];
      if (!type) {
        throw new BriefdeckError(`the stylesheet refers to ${target}, a kind of file a single-file deck cannot hold`, {
          file,
          hint: `Use fonts and images of these kinds: ${Object.keys(MEDIA_TYPES).join(', ')}.`,
        });
      }
      return `url("data:${type};base64,${readFileSync(path).toString('base64')}")`;
    });
}

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

/**
 * The deck as one self-contained page (`build --single-file`): the runtime's script and every
 * stylesheet inside it, fonts and images as data: URIs, so that it works opened from disk and
 * loads nothing. Its policy allows its own inline script by hash, and no file.
 */
export function singleFilePage(built: BuiltDeck): string {
  const runtime = runtimePaths(built.deck.theme, built.stylesheets);
  const script = scriptText(readFileSync(runtime.script, 'utf8'));
  // One style element, the sheets in cascade order.
  const styles = `<style>${styleText(runtime.styles.map((file) => inlineStylesheet(file)).join('\n'))}</style>`;
  const policy = cspMeta(contentSecurityPolicy({ self: false, scripts: [script] }));
  const page = runtimePage(template(), built.rendered, built.deck.theme, { script: 'inline', styles: [] }, policy + styles);
  return page.replace('<script src="inline"></script>', () => `<script>${script}</script>`);
}
