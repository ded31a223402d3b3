import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../../src/export/single-file.js';
import { parseDeckConfig, readDeckConfig } from '../../src/io/config.js';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { errorOf } from '../helpers/errors.js';

/** deck.yaml's `css`: stylesheets from the deck folder's public/, loaded after the theme. */
describe('deck.yaml css', () => {
  const deckDir = mkdtempSync(join(tmpdir(), 'briefdeck-css-'));
  mkdirSync(join(deckDir, 'public', 'styles'), { recursive: true });
  writeFileSync(
    join(deckDir, 'public', 'custom.css'),
    ':root { --r-heading-color: #14532d; }\n.reveal .bd-footer { padding-left: 20px; background: url(mark.svg) no-repeat left / 14px; }\n',
  );
  writeFileSync(
    join(deckDir, 'public', 'mark.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>',
  );
  writeFileSync(join(deckDir, 'public', 'styles', 'print.css'), '');
  writeFileSync(
    join(deckDir, 'essay.md'),
    '# A Title for the Test\n\nBy Ann Example\n\nA first paragraph that says enough to make a slide of its own here.\n',
  );
  const yaml = (text: string): string => {
    writeFileSync(join(deckDir, 'deck.yaml'), text);
    return join(deckDir, 'deck.yaml');
  };
  afterAll(() => rmSync(deckDir, { recursive: true, force: true }));

  it('names stylesheets in public/, which the built deck loads after the theme', () => {
    const path = yaml('theme: briefing\ncss: [custom.css, styles/print.css]\n');
    expect(readDeckConfig(path).options.css).toEqual(['custom.css', 'styles/print.css']);
    expect(buildFromLocation(locateDeck(deckDir)).stylesheets).toEqual([
      join(deckDir, 'public', 'custom.css'),
      join(deckDir, 'public', 'styles', 'print.css'),
    ]);
  });

  it('reports a stylesheet that is not in public/ at its position in deck.yaml', () => {
    const error = errorOf(() => readDeckConfig(yaml('theme: briefing\ncss:\n  - custom.css\n  - missing.css\n')));
    expect(error.file).toBe(join(deckDir, 'deck.yaml'));
    expect([error.line, error.column]).toEqual([4, 5]);
    expect(error.message).toBe(`css: missing.css is not in ${join(deckDir, 'public')}`);
    expect(error.hint).toMatch(/css: \[custom\.css\]/);
  });

  it('refuses paths that leave public/ or are not .css files, at their position', () => {
    for (const [value, column] of [
      ['../secret.css', 7],
      ['/etc/site.css', 7],
      ['theme.scss', 7],
    ] as const) {
      const error = errorOf(() => parseDeckConfig(`css: [${value}]\n`, 'deck.yaml'));
      expect([error.line, error.column, error.message]).toEqual([
        1,
        column,
        'invalid deck config: css.0: a .css file inside the deck folder’s public/, e.g. custom.css',
      ]);
    }
    expect(errorOf(() => parseDeckConfig('css: custom.css\n', 'deck.yaml')).hint).toMatch(/css: \[custom\.css\]/);
  });

  it('bundles them last, so their rules win, with the images they refer to inlined in a single file', async () => {
    yaml('css: [custom.css]\n');
    const outFile = join(deckDir, 'out', 'deck.html');
    buildSingleFile({ built: buildFromLocation(locateDeck(deckDir)), outFile });
    // The runtime's sheets come minified; the deck's own as written: compare without spaces.
    const css = (parseHTML(readFileSync(outFile, 'utf8')).document.querySelector('style')?.textContent ?? '').replace(/\s+/g, '');
    const custom = css.indexOf('--r-heading-color:#14532d');
    expect(custom).toBeGreaterThan(0);
    // After the theme's own heading colour and after briefdeck's layout of the footer.
    expect(custom).toBeGreaterThan(css.indexOf('--r-heading-color:#0b2545'));
    expect(custom).toBeGreaterThan(css.indexOf('.bd-footer{'));
    const footer = css.slice(custom).match(/\.bd-footer\{([^}]*)\}/)?.[1] ?? '';
    expect(footer).toContain('padding-left:20px');
    expect(footer).toMatch(/url\(["']?data:image\/svg\+xml/);
  });
});

/** A deck folder someone sent cannot make a build copy files from elsewhere, or fetch from the network. */
describe('deck.yaml css references', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefdeck-css-refs-'));
  const deckDir = join(root, 'deck');
  mkdirSync(join(deckDir, 'public', 'fonts'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), 'private');
  writeFileSync(join(root, 'outside.css'), 'body { color: red; }');
  writeFileSync(join(deckDir, 'public', 'fonts', 'ok.woff2'), 'font');
  writeFileSync(join(deckDir, 'public', 'inner.css'), '@font-face { src: url(fonts/ok.woff2); }');
  symlinkSync(join(root, 'secret.txt'), join(deckDir, 'public', 'linked.txt'));
  symlinkSync(join(root, 'outside.css'), join(deckDir, 'public', 'linked.css'));
  symlinkSync(join(root, 'secret.txt'), join(deckDir, 'public', 'notcss.css'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const check = (css: string, name = 'custom.css') => {
    writeFileSync(join(deckDir, 'public', 'custom.css'), css);
    writeFileSync(join(deckDir, 'deck.yaml'), `css: [${name}]\n`);
    return errorOf(() => readDeckConfig(join(deckDir, 'deck.yaml')));
  };

  it.each([
    ['body { background: url(/etc/passwd); }', /refers to \/etc\/passwd, an absolute path/],
    ['body { background: url("../../secret.txt"); }', /refers to \.\.\/\.\.\/secret\.txt, outside the deck folder’s public\//],
    ['body { background: url(linked.txt); }', /refers to linked\.txt, outside the deck folder’s public\//],
    ['@import "../../outside.css";', /refers to \.\.\/\.\.\/outside\.css, outside the deck folder’s public\//],
    ['@import "https://example.com/x.css";', /loads https:\/\/example\.com\/x\.css from the network/],
    ['@import url(//example.com/x.css);', /loads \/\/example\.com\/x\.css from the network/],
    ['body { background: url(missing.png); }', /refers to missing\.png, which does not exist/],
  ])('refuses %s', (css, message) => {
    const error = check(css);
    expect(error.message).toMatch(message);
    expect(error.file).toBe(join(deckDir, 'public', 'custom.css'));
    expect(error.line).toBe(1);
  });

  it('refuses a stylesheet that is a link to a file elsewhere, or to a file that is not text', () => {
    expect(check('', 'linked.css').message).toMatch(/^the stylesheet leads outside the deck folder’s public\//);
    expect(check('', 'notcss.css').message).toMatch(/^the stylesheet leads outside/);
    writeFileSync(join(deckDir, 'public', 'archive.css'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(check('', 'archive.css').message).toBe('the stylesheet is not a text file');
  });

  it('accepts references inside public/, comments, data: URIs and fragments, and follows @import', () => {
    writeFileSync(
      join(deckDir, 'public', 'custom.css'),
      '/* url(/etc/passwd) */\n@import "inner.css";\nbody { background: url(data:image/png;base64,AAAA) url(#f); }',
    );
    writeFileSync(join(deckDir, 'deck.yaml'), 'css: [custom.css]\n');
    expect(readDeckConfig(join(deckDir, 'deck.yaml')).options.css).toEqual(['custom.css']);
    writeFileSync(join(deckDir, 'public', 'inner.css'), 'body { background: url(/abs.png); }');
    const error = errorOf(() => readDeckConfig(join(deckDir, 'deck.yaml')));
    expect(error.file).toBe(join(deckDir, 'public', 'inner.css'));
  });
});
