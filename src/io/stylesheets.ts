import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { BriefdeckError } from '../errors.js';

/**
 * deck.yaml's stylesheets, checked before any build, dev server or PDF uses them: each must be
 * a text file inside the deck folder's `public/` (after following symlinks), and every file it
 * refers to (`url(…)`, `@import`) too. A deck folder someone sent must not be able to copy files
 * from elsewhere on the machine into a deck that gets published, nor make the deck fetch
 * anything from the network.
 */

const within = (path: string, folder: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** Line of an offset in `text`, 1-based. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The references of a stylesheet, comments blanked (their offsets kept for line numbers). */
export function references(css: string): Array<{ target: string; offset: number; isImport: boolean }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: Array<{ target: string; offset: number; isImport: boolean }> = [];
  for (const match of text.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gi)) {
    found.push({ target: match[2] ?? '', offset: match.index, isImport: true });
  }
  for (const match of text.matchAll(/url\(\s*(["']?)([^"')]*?)\1\s*\)/gi)) {
    if (!/@import\s+url\(\s*$/i.test(text.slice(Math.max(0, match.index - 16), match.index + 4))) {
      found.push({ target: match[2] ?? '', offset: match.index, isImport: false });
    }
  }
  return found;
}

/**
 * Checks `path` (a stylesheet of the deck) and, through `@import`, the stylesheets it loads.
 * `root` is the deck folder's `public/`, resolved.
 */
export function checkStylesheet(path: string, root: string, seen = new Set<string>()): void {
  const real = existsSync(path) ? realpathSync(path) : path;
  if (seen.has(real)) return;
  seen.add(real);
  const fail = (message: string, line: number | null, hint: string): never => {
    throw new BriefdeckError(message, { file: path, line, hint });
  };
  if (!within(real, root)) {
    fail(
      `the stylesheet leads outside the deck folder’s public/ (to ${real})`,
      null,
      'Put the stylesheet itself, not a link to another place, in public/.',
    );
  }
  if (!statSync(real).isFile()) fail('the stylesheet is not a file', null, 'Name a .css file in public/.');
  const bytes = readFileSync(real);
  if (bytes.includes(0)) fail('the stylesheet is not a text file', null, 'Name a .css file in public/.');
  const css = bytes.toString('utf8');
  for (const { target, offset, isImport } of references(css)) {
    const line = lineAt(css, offset);
    if (target === '' || target.startsWith('#') || /^data:/i.test(target)) continue;
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) {
      fail(
        `the stylesheet loads ${target} from the network`,
        line,
        'A deck loads nothing from the network: copy the file into public/ and refer to it by a relative path.',
      );
    }
    if (target.startsWith('/')) {
      fail(
        `the stylesheet refers to ${target}, an absolute path`,
        line,
        'Refer to fonts and images in public/ by a relative path (e.g. url(fonts/x.woff2)).',
      );
    }
    const file = resolve(dirname(real), decodeURI(target.split(/[?#]/)[0] ?? ''));
    if (!existsSync(file))
      fail(`the stylesheet refers to ${target}, which does not exist`, line, 'Put the file in public/, or fix the path.');
    const resolvedFile = realpathSync(file);
    if (!within(resolvedFile, root)) {
      fail(
        `the stylesheet refers to ${target}, outside the deck folder’s public/`,
        line,
        'Copy the file into public/ and refer to it there.',
      );
    }
    if (isImport) checkStylesheet(file, root, seen);
  }
}
