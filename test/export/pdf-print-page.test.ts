import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import * as inPage from '../../src/export/pdf-print-page.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * The functions that run inside the page travel as their source text (`fn.toString()`), so each
 * must work with nothing of its module around it. Each is rebuilt here from its source alone, in
 * a scope that holds only the page globals given to it, and run against a small fake page: a
 * reference to anything of the module would be a ReferenceError, or is caught by the name check.
 */

type InPageFunction = (...args: never[]) => unknown;

const functions = Object.entries(inPage as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'function' ? [[name, value as InPageFunction] as const] : [],
);

/** `fn` rebuilt from its source, seeing only `globals` (and the JavaScript built-ins). */
function fromSource<F extends InPageFunction>(fn: F, globals: Record<string, unknown> = {}): F {
  const names = Object.keys(globals);
  const revived: unknown = new Function(...names, `return (${fn.toString()});`)(...Object.values(globals));
  if (typeof revived !== 'function') throw new Error(`${fn.name} did not evaluate to a function`);
  return revived as F;
}

/** Names the module declares or imports at its top level: none may appear in an in-page function's source. */
function moduleScopeNames(): string[] {
  const source = readFileSync(join(ROOT, 'src', 'export', 'pdf-print-page.ts'), 'utf8');
  const declared = [...source.matchAll(/^(?:export\s+)?(?:async\s+)?(?:function|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm)];
  // An import's local name is the last word of its part: `type X`, `X as Y`.
  const imported = [...source.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}/gm)].flatMap((match) =>
    (match[1] ?? '').split(',').map((part) => /([\w$]+)\s*$/.exec(part)?.[1] ?? ''),
  );
  return [...declared.map((match) => match[1] ?? ''), ...imported].filter(Boolean);
}

describe('the in-page functions of the PDF export', () => {
  it('are the five inPage… functions, each a function again when evaluated from its source alone', () => {
    expect(functions.map(([name]) => name).sort()).toEqual([
      'inPageArrange',
      'inPageErrors',
      'inPageInspect',
      'inPagePrepare',
      'inPagePrintViewReady',
    ]);
    for (const [, fn] of functions) expect(typeof fromSource(fn)).toBe('function');
  });

  it('name nothing of their module but themselves', () => {
    const names = moduleScopeNames();
    expect(names).toContain('inPageArrange');
    for (const [name, fn] of functions) {
      const source = fn.toString();
      const used = names.filter((other) => other !== name && new RegExp(`\\b${other.replace('$', '\\$')}\\b`).test(source));
      expect(used, name).toEqual([]);
    }
  });

  it('inPageErrors: the errors inPagePrepare recorded, or none', () => {
    const withErrors = { briefdeckPrint: { errors: ['boom'], revealRulesEdited: 1 } };
    expect(fromSource(inPage.inPageErrors, { window: withErrors })()).toEqual(['boom']);
    expect(fromSource(inPage.inPageErrors, { window: {} })()).toEqual([]);
  });

  it("inPagePrepare: records errors, adds the CSS and takes padding and display out of Reveal's print rule", () => {
    const windowListeners = new Map<string, (event: unknown) => void>();
    const documentListeners = new Map<string, () => void>();
    class FakeRule {
      removed: string[] = [];
      style = { removeProperty: (property: string) => this.removed.push(property) };
      constructor(readonly selectorText: string) {}
    }
    const reveals = new FakeRule('html.reveal-print .reveal .slides section');
    const other = new FakeRule('.reveal .slides section');
    const appended: Array<{ textContent?: string }> = [];
    const fakeWindow: Record<string, unknown> = {
      addEventListener: (type: string, listener: (event: unknown) => void) => windowListeners.set(type, listener),
    };
    const fakeDocument = {
      addEventListener: (type: string, listener: () => void) => documentListeners.set(type, listener),
      createElement: () => ({}),
      head: { append: (element: { textContent?: string }) => appended.push(element) },
      styleSheets: [{ cssRules: [reveals, other] }],
    };
    fromSource(inPage.inPagePrepare, { window: fakeWindow, document: fakeDocument, CSSStyleRule: FakeRule })('.x { color: red; }');
    windowListeners.get('error')?.({ message: 'ReferenceError: oops' });
    windowListeners.get('unhandledrejection')?.({ reason: 'rejected' });
    documentListeners.get('DOMContentLoaded')?.();
    expect(fakeWindow.briefdeckPrint).toEqual({ errors: ['ReferenceError: oops', 'rejected'], revealRulesEdited: 1 });
    expect(appended.map((element) => element.textContent)).toEqual(['.x { color: red; }']);
    expect(reveals.removed).toEqual(['padding', 'display']);
    expect(other.removed).toEqual([]);
  });

  it("inPagePrintViewReady: not yet on the start tab, failed on Chromium's error page, ready once laid out and fitted", async () => {
    const at = (protocol: string) => fromSource(inPage.inPagePrintViewReady, { window: { location: { protocol } } })();
    await expect(at('about:')).resolves.toBe('not-yet');
    await expect(at('chrome-error:')).resolves.toBe('failed');
    let frames = 0;
    const dataset: Record<string, string> = {};
    const fakeDocument = {
      querySelector: (selector: string) => (selector.includes('loading-scroll-mode') ? null : {}),
      fonts: { status: 'loaded' },
      documentElement: { dataset },
    };
    const ready = fromSource(inPage.inPagePrintViewReady, {
      window: { location: { protocol: 'file:' }, Reveal: { isReady: () => true } },
      document: fakeDocument,
      // The deck is fitted on the third frame.
      requestAnimationFrame: (callback: () => void) => {
        frames += 1;
        if (frames === 2) dataset.bdFitted = '';
        callback();
      },
    })();
    await expect(ready).resolves.toBe('ready');
    expect(frames).toBe(2);
  });

  const printView = `<html><head></head><body>
    <div class="reveal"><div class="slides">
      <div class="pdf-page"><section id="title" class="bd-title"><h1>Title</h1></section></div>
      <div class="pdf-page"><section id="point"><h2>Point</h2><aside class="notes"><p>The notes.</p></aside></section></div>
    </div><div class="bd-footer">The Peninsula</div></div>
    <a href="#/point">printed</a><a href="#/hidden">hidden</a><a href="file:///etc/hosts">local</a><a href="https://example.org/">web</a>
  </body></html>`;

  it('inPageInspect: the printed slide ids; links to printed slides made local, to others and to local files dropped', () => {
    const { document } = parseHTML(printView);
    const result = fromSource(inPage.inPageInspect, { window: { briefdeckPrint: { errors: [], revealRulesEdited: 2 } }, document })();
    expect(result).toEqual({ slideIds: ['title', 'point'], pageWidth: 0, revealRulesEdited: 2 });
    expect([...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#point',
      null,
      null,
      'https://example.org/',
    ]);
  });

  it('inPageArrange: measures clipped slides, adds the link list, footers and notes pages', () => {
    const { document } = parseHTML(printView);
    // linkedom lays nothing out: the slide "point" is given content 30 px past its page's right edge.
    class FakeRange {
      node: Element | null = null;
      selectNodeContents(node: Element): void {
        this.node = node;
      }
      getBoundingClientRect(): { width: number; right: number; bottom: number } {
        return { width: 10, right: this.node?.id === 'point' ? 30 : 0, bottom: 0 };
      }
    }
    document.createRange = () => new FakeRange() as unknown as Range;
    const Reveal = { getSlideNotes: (slide: Element) => slide.querySelector('aside.notes')?.innerHTML ?? null };
    const arrange = fromSource(inPage.inPageArrange, { window: { Reveal }, document });
    const result = arrange({ notes: 'page', css: '.y {}', handoutWidth: 600, pageWidth: 1331 });
    expect(result).toEqual({ notedIds: ['point'], clipped: [{ id: 'point', right: 30, bottom: 0 }] });
    expect([...document.querySelectorAll('nav.bd-print-nav a')].map((link) => link.getAttribute('href'))).toEqual(['#title', '#point']);
    // The footer on every page but the title's.
    expect([...document.querySelectorAll('.pdf-page')].map((page) => page.querySelector('.bd-footer') !== null)).toEqual([false, true]);
    const notesPage = document.querySelector('.pdf-page + article.bd-notes-page');
    expect(notesPage?.textContent).toBe('Speaker notes · slide 2 of 2PointThe notes.');
    expect(document.head.lastElementChild?.textContent).toBe('.y {}');
  });
});
