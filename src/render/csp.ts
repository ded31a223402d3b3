import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Content-Security-Policy of every page briefdeck builds (not the dev server's, whose
 * module reloading needs more): nothing from another origin, no script the build did not
 * create — the deck's own files, and inline scripts by their SHA-256 — no plugins, no forms.
 * Reveal's speaker view writes its page into a blank window, which inherits this policy: its
 * one inline script is allowed by its hash, read from the notes plugin itself.
 */

const hash = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

let speakerHash: string | null = null;

/** The hash of the inline script in the notes plugin's speaker page. */
function speakerScriptHash(): string {
  if (speakerHash === null) {
    const require = createRequire(import.meta.url);
    const plugin = readFileSync(join(dirname(require.resolve('reveal.js/plugin/notes')), 'notes.mjs'), 'utf8');
    // The speaker page is one string literal, `document.write("<!-- … </html>")`; its script is
    // what the window will run, with the literal's escapes decoded.
    const start = plugin.indexOf('document.write("') + 'document.write("'.length;
    const end = plugin.indexOf('</html>"', start) + '</html>'.length;
    const page = plugin.slice(start, end).replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, code: string) => {
      if (code.length > 1) return String.fromCharCode(Number.parseInt(code.slice(1), 16));
      return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[code] ?? code;
    });
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    speakerHash = hash(script);
  }
  return speakerHash;
}

/**
 * The policy for a page whose scripts are files of its own origin (`self`) and/or the inline
 * `scripts` given. Styles may be inline: Reveal sets some at run time, and essay text never
 * reaches a style (it is escaped everywhere).
 */
export function contentSecurityPolicy({ self = true, scripts = [] }: { self?: boolean; scripts?: readonly string[] } = {}): string {
  const scriptSources = [...(self ? ["'self'"] : []), speakerScriptHash(), ...scripts.map(hash)];
  return [
    "default-src 'none'",
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${self ? "'self' " : ''}'unsafe-inline'`,
    `img-src ${self ? "'self' " : ''}data: blob:`,
    `font-src ${self ? "'self' " : ''}data:`,
    "connect-src 'self'",
    // The speaker view shows the deck in frames of the same page.
    "frame-src 'self' blob: data:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy as a `<meta>` element for a page's head. */
export function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
}
