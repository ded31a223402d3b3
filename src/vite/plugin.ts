import { readFileSync, type Stats, statSync, unwatchFile, watchFile } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import type { CliDeckOptions } from '../deck/options.js';
import { BriefdeckError } from '../errors.js';
import { outlineFilePath } from '../io/outline-file.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { type DeckLocation, locateDeck } from '../io/source.js';
import { type BuiltDeck, buildFromLocation } from '../pipeline.js';
import { contentSecurityPolicy, cspMeta } from '../render/csp.js';
import { fillTemplate } from '../render/html.js';
import { DECK_UPDATE_EVENT, type DeckUpdate, REORDER_ENDPOINT, type ReorderResponse } from './events.js';
import { deckStyles } from './styles.js';
import { writeReorder } from './write-order.js';

export interface BriefdeckPluginOptions {
  /** Essay file or deck folder, relative to Vite's `root`; the reference deck when omitted. */
  source?: string;
  /** Options from the CLI; they win over deck.yaml. */
  cli?: CliDeckOptions;
}

const STYLES_MODULE = 'virtual:briefdeck/styles';
const RESOLVED_STYLES_MODULE = `\0${STYLES_MODULE}`;

/** The page's module script (index.html): the browser entry, wherever briefdeck is installed. */
const CLIENT_MODULE = '/@briefdeck/client';
const CLIENT_ENTRY = join(PACKAGE_ROOT, 'src', 'client', 'main.ts');

/** An index.html holding only this comment becomes briefdeck's whole deck page (its index.html). */
const PAGE_MARKER = '<!--briefdeck-->';

/** `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string): boolean => {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
};

/** Milliseconds to wait for a file an editor is rewriting before an empty essay is reported. */
const SETTLE_MS = 250;

function isEmptyFile(path: string): boolean {
  try {
    return statSync(path).size === 0 || readFileSync(path, 'utf8').trim() === '';
  } catch {
    return false;
  }
}

/** Largest reorder request body read; a move is well under 1 KB. */
const MAX_BODY = 16 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) fail(new BriefdeckError('reorder request too large', { hint: 'Send one move at a time.' }));
    });
    req.on('end', () => done(body));
    req.on('error', fail);
  });
}

function sendJson(res: ServerResponse, status: number, body: ReorderResponse): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/**
 * A thin Vite plugin over the pipeline: it fills `index.html` with the deck and its Reveal
 * options and serves `virtual:briefdeck/styles` (the theme and stylesheets) to the client.
 * Errors carry the essay or deck.yaml position, so Vite's overlay and the CLI can show where
 * to look.
 *
 * In another Vite app (`import { briefdeck } from 'briefdeck/vite'`), an `index.html` that holds
 * `<!--briefdeck-->` is replaced by the deck page; a page of one's own can instead hold the
 * placeholders of briefdeck's `index.html` (`<!--briefdeck:head-->`, `:slides-->`, `:footer-->`)
 * and load `/@briefdeck/client` as a module script.
 *
 * In the dev server it also rebuilds on every change to the essay or deck.yaml and sends the
 * rendered deck to the page as a `briefdeck:update` HMR event (src/client/hmr.ts swaps it in,
 * keeping the current slide; a failed rebuild shows Vite's overlay and the page keeps the last
 * good deck), and takes dragged orders at `/__briefdeck/order` (src/client/reorder.ts), which
 * it writes to deck.yaml (src/io/write-config.ts).
 */
export function briefdeck(pluginOptions: BriefdeckPluginOptions = {}): Plugin {
  let location: DeckLocation | null = null;
  let built: BuiltDeck | null = null;
  let serving = false;
  // Vite's root, which `source` is relative to; known once the config is resolved.
  let root = process.cwd();
  const locate = (): DeckLocation => locateDeck(pluginOptions.source, root);
  const build = (): BuiltDeck => {
    location ??= locate();
    built ??= buildFromLocation(location, pluginOptions.cli);
    return built;
  };
  const toViteError = (error: unknown): Error & { loc?: { file: string; line: number; column: number }; id?: string } => {
    if (!(error instanceof BriefdeckError)) return error as Error;
    const wrapped = new Error(error.format()) as Error & { loc?: { file: string; line: number; column: number }; id?: string };
    if (error.file) {
      wrapped.id = error.file;
      wrapped.loc = { file: error.file, line: error.line ?? 1, column: error.column ?? 1 };
    }
    return wrapped;
  };

  return {
    name: 'briefdeck',
    config(user) {
      // In an app of its own (briefdeck installed as a package): pre-bundle reveal.js before the
      // first page is served, as `briefdeck dev` does, so that the page is not reloaded mid-way;
      // and let the dev server read briefdeck's client when it lies outside the app's folder
      // (a linked or global install). Inside briefdeck's own folder, src/vite/config.ts does both.
      const appRoot = resolve(user.root ?? process.cwd());
      if (appRoot === PACKAGE_ROOT) return;
      const revealDeps = ['reveal.js', 'reveal.js/plugin/notes'].map((dep) => `briefdeck > ${dep}`);
      const fsAllow = within(PACKAGE_ROOT, appRoot) ? {} : { fs: { allow: [...(user.server?.fs?.allow ?? [appRoot]), PACKAGE_ROOT] } };
      return { optimizeDeps: { include: revealDeps }, server: fsAllow };
    },
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    resolveId(id) {
      if (id === CLIENT_MODULE) return CLIENT_ENTRY;
      return id === STYLES_MODULE ? RESOLVED_STYLES_MODULE : null;
    },
    async load(id) {
      if (id !== RESOLVED_STYLES_MODULE) return null;
      try {
        const { deck, stylesheets } = build();
        // Resolved from briefdeck's client, so that reveal.js's stylesheets are found in
        // briefdeck's own dependencies whatever app imports them.
        const styles = await Promise.all(
          deckStyles(deck.theme, stylesheets).map(async (style) => (await this.resolve(style, CLIENT_ENTRY))?.id ?? style),
        );
        return [
          ...styles.map((style) => `import ${JSON.stringify(style)};`),
          // Dev only: a change of stylesheets re-runs this module alone; Vite prunes the old ones.
          ...(serving ? ['if (import.meta.hot) import.meta.hot.accept();'] : []),
        ].join('\n');
      } catch (error) {
        throw toViteError(error);
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        try {
          const { rendered, deck } = build();
          const page = html.includes(PAGE_MARKER) ? readFileSync(join(PACKAGE_ROOT, 'index.html'), 'utf8') : html;
          // A built deck carries its Content-Security-Policy; the dev server's module reloading needs more than it allows.
          return fillTemplate(page, rendered, deck.theme, serving ? '' : cspMeta(contentSecurityPolicy()));
        } catch (error) {
          throw toViteError(error);
        }
      },
    },
    configureServer(server: ViteDevServer) {
      const client = server.environments.client;
      // The files watched, fixed at start: a rebuild that fails to find the essay must not stop
      // the next save from being seen.
      let watched: DeckLocation | null = null;
      try {
        watched = locate();
      } catch {
        // Reported on the first request, through the overlay.
      }
      // The stylesheets the deck module imports (theme, deck.yaml's css): when they change, the
      // module is re-run in the page; every other change only needs the update event.
      const stylesOf = (deck: BuiltDeck): string => JSON.stringify([deck.deck.theme, ...deck.stylesheets]);
      let styles: string | null = null;
      try {
        styles = stylesOf(build());
      } catch {
        // Likewise.
      }
      // The last update sent, so that a save that changes nothing (or the second of two watcher
      // events for one save) does not redraw the page; null after an error, so the next good
      // build is always sent and clears the overlay.
      let lastSent: string | null = null;

      /** The files a build reads: the essay, deck.yaml, and the outline.md the presenter edits. */
      const inputs: string[] = watched
        ? [watched.essayPath, ...(watched.deckDir ? [join(watched.deckDir, 'deck.yaml')] : []), outlineFilePath(watched)]
        : [];
      /** The inputs' sizes and times: the same error for the same files is the same save's. */
      const stamp = (): string =>
        inputs
          .map((file) => {
            try {
              const stats = statSync(file);
              return `${stats.size}:${stats.mtimeMs}`;
            } catch {
              return '-';
            }
          })
          .join('|');
      let lastError: string | null = null;
      let settling: ReturnType<typeof setTimeout> | null = null;

      /** Rebuilds from disk and pushes the result to the page: an update, or the error overlay. */
      const rebuild = (settled = false): void => {
        // Re-locate too: deck.yaml may have been created or deleted since the last build.
        location = null;
        built = null;
        let next: BuiltDeck;
        try {
          next = build();
        } catch (error) {
          // An editor that truncates a file and then writes it can be caught in between (an
          // empty essay): look again once the file has settled before reporting anything.
          const empty = watched !== null && isEmptyFile(watched.essayPath);
          if (empty && !settled) {
            if (settling) clearTimeout(settling);
            settling = setTimeout(() => {
              settling = null;
              rebuild(true);
            }, SETTLE_MS);
            return;
          }
          lastSent = null;
          const { message, stack, id, loc } = toViteError(error);
          // The watcher and the stat poll both report one save: say it once.
          const key = `${message}\n${stamp()}`;
          if (key === lastError) return;
          lastError = key;
          const err: ErrorPayload['err'] = { message, stack: error instanceof BriefdeckError ? '' : (stack ?? ''), plugin: 'briefdeck' };
          if (id) err.id = id;
          if (loc) err.loc = loc;
          client.hot.send({ type: 'error', err });
          server.config.logger.error(`briefdeck: ${message}`, { timestamp: true });
          return;
        }
        lastError = null;
        const stylesChanged = styles !== null && stylesOf(next) !== styles;
        styles = stylesOf(next);
        const update: DeckUpdate = { ...next.rendered, theme: next.deck.theme };
        const key = JSON.stringify(update);
        // The second watcher event of one save, or a save that changed nothing: touching the
        // module again here would race with the hot update the first event started.
        if (key === lastSent) return;
        client.hot.send(DECK_UPDATE_EVENT, update);
        lastSent = key;
        const module = client.moduleGraph.getModuleById(RESOLVED_STYLES_MODULE);
        if (!module) return;
        // After the update event, which clears an error overlay: Vite reloads the whole page on
        // its first module update while an overlay shows. A later page load must import the
        // stylesheets of the new build.
        client.moduleGraph.invalidateModule(module);
        // New stylesheets (theme, deck.yaml's css) cannot be swapped reliably in place: Vite's
        // module update for them was seen to stall behind other messages. The page reloads
        // instead, and src/client/hmr.ts brings it back to the slide it showed.
        if (stylesChanged) client.hot.send({ type: 'full-reload' });
      };

      const onFileEvent = (file: string): void => {
        const path = resolve(file);
        if (inputs.includes(path)) rebuild();
      };
      // The whole deck folder, so that a deck.yaml or outline.md created after the start is seen too.
      if (watched) server.watcher.add(watched.deckDir ? [watched.deckDir] : [watched.essayPath, outlineFilePath(watched)]);
      // And a stat poll of the files themselves: inotify was seen to drop the event of a
      // save that closely follows another, which left the page on a stale deck. A duplicate
      // rebuild costs nothing: an unchanged deck is not sent again.
      const polled = inputs;
      const onPoll = (current: Stats, previous: Stats): void => {
        if (current.mtimeMs !== previous.mtimeMs || current.size !== previous.size) rebuild();
      };
      for (const file of polled) watchFile(file, { interval: 250 }, onPoll);
      server.httpServer?.once('close', () => {
        for (const file of polled) unwatchFile(file, onPoll);
      });
      server.watcher.on('change', onFileEvent);
      server.watcher.on('add', onFileEvent);
      server.watcher.on('unlink', onFileEvent);

      server.middlewares.use(REORDER_ENDPOINT, (req, res) => {
        if (req.method !== 'POST') {
          res.setHeader('Allow', 'POST');
          sendJson(res, 405, { ok: false, error: 'POST a move as JSON' });
          return;
        }
        // JSON only, from this page: a cross-site form cannot send JSON without a CORS preflight,
        // and a script on another origin says so in its Origin header.
        const origin = req.headers.origin;
        const foreign = origin !== undefined && (!URL.canParse(origin) || new URL(origin).host !== req.headers.host);
        if (!req.headers['content-type']?.startsWith('application/json') || foreign) {
          sendJson(res, 403, { ok: false, error: 'reorder requests must be JSON from the deck page' });
          return;
        }
        readBody(req)
          .then((body) => {
            let move: unknown;
            try {
              move = JSON.parse(body);
            } catch {
              throw new BriefdeckError('bad reorder request: the body is not JSON');
            }
            const result = writeReorder(watched?.deckDir ?? null, move, pluginOptions.cli);
            // Sent now rather than on the watcher's event: the page updates as soon as possible.
            if (result.changed) rebuild();
            sendJson(res, 200, {
              ok: true,
              file: result.file,
              changed: result.changed,
              key: result.edit.key.join('.'),
              ids: result.edit.ids,
            });
          })
          .catch((error: unknown) => {
            if (error instanceof BriefdeckError) sendJson(res, 422, { ok: false, error: error.format() });
            else sendJson(res, 500, { ok: false, error: error instanceof Error ? error.message : String(error) });
          });
      });
    },
  };
}

/** `import briefdeck from 'briefdeck/vite'` works as well as the named import. */
export default briefdeck;
