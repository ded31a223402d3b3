import { type ChildProcess, spawn } from 'node:child_process';
import { readlinkSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { BriefdeckError } from '../errors.js';
import { workFolder } from '../io/output.js';
import { HEADLESS_ARGS, INSTALL_HINT, ONE_PROCESS_ARGS } from './browser.js';

/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
 * messages are JSON, each ended by a NUL byte, written to fd 3 and read from fd 4), the
 * transport puppeteer and playwright use under their APIs. The export needs only a few
 * commands, and speaking them directly saves loading a whole automation library: about a
 * third of a second of CPU per PDF, which is most of what separates one PDF from the next.
 */

/** One protocol session: the browser's, or a page's after attaching to it. */
export interface CdpSession {
  /** `timeoutMs`: how long Chromium may take to answer (default TIMEOUT_MS); a print of a long deck takes longer. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  /** Calls `listener` with each `event`'s params; returns the function that stops it. */
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
}

export interface Chromium {
  /** Chromium's version, e.g. `131.0.6778.85`. */
  version: string;
  /**
   * A new tab of `size` (CSS px) loading `url`, attached. Each PDF gets a fresh one: a page
   * reused for a second PDF printed blank.
   */
  openPage(url: string, size: { width: number; height: number }): Promise<CdpSession>;
  /** Closes the browser (killing it if it does not go) and removes its profile. */
  close(): Promise<void>;
}

/** How long Chromium may take to start, and any one command to answer. */
const TIMEOUT_MS = 30_000;
/** Process groups exist (not on Windows): Chromium gets one of its own. */
const GROUPS = process.platform !== 'win32';
/** Signals that end this process: the browser is killed first. */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** The tail of Chromium's stderr kept for error messages. */
const STDERR_KEPT = 4_096;

interface Pending {
  method: string;
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** The protocol connection: commands by id, events by session and name. */
class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  private buffered = '';
  private closedWith: Error | null = null;

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    // A browser that exits closes the pipe: the process's exit handler reports why.
    input.on('error', () => undefined);
    output.on('error', () => undefined);
  }

  session(sessionId?: string): CdpSession {
    return {
      send: <T>(method: string, params: Record<string, unknown> = {}, timeoutMs = TIMEOUT_MS) =>
        this.send(method, params, sessionId, timeoutMs) as Promise<T>,
      on: (event, listener) => {
        const key = `${sessionId ?? ''} ${event}`;
        const set = this.listeners.get(key) ?? new Set();
        set.add(listener);
        this.listeners.set(key, set);
        return () => {
          set.delete(listener);
        };
      },
    };
  }

  /** Fails every waiting and later command with `error`. */
  fail(error: Error): void {
    this.closedWith ??= error;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
      this.pending.delete(id);
    }
  }

  private send(
    method: string,
    params: Record<string, unknown>,
    sessionId?: string,
    timeoutMs = TIMEOUT_MS,
  ): Promise<Record<string, unknown>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Chromium did not answer ${method} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve, reject, timer });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    let end = this.buffered.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(this.buffered.slice(0, end)) as Message;
      this.buffered = this.buffered.slice(end + 1);
      this.dispatch(message);
      end = this.buffered.indexOf('\0');
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of this.listeners.get(`${message.sessionId ?? ''} ${message.method}`) ?? []) listener(message.params ?? {});
    }
  }
}

/**
 * Removes `folders`: a fresh profile is some 180 files, 20 ms of file system work. On POSIX an
 * `rm -rf` of its own does it while this thread finishes the PDF (node's own recursive removal
 * needs this thread for every step); then whatever is left, if anything, goes here.
 */
function removeAside(folders: readonly string[]): Promise<void> {
  const finish = (): void => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  };
  if (process.platform === 'win32') return Promise.resolve(finish());
  return new Promise((done) => {
    const remover = spawn('rm', ['-rf', '--', ...folders], { stdio: 'ignore' });
    remover.once('error', () => done(finish()));
    remover.once('exit', () => done(finish()));
  });
}

/** `HeadlessChrome/131.0.6778.85` → `131.0.6778.85`. */
function versionOf(product: string): string {
  return product.slice(product.indexOf('/') + 1);
}

/**
 * Starts headless Chromium at `executablePath` with a fresh profile and no network chatter,
 * and waits until it answers. A browser that cannot run, exits or stays silent is a
 * BriefdeckError naming it and saying how to get one that works. `oneProcess`: run it as one
 * process (ONE_PROCESS_ARGS says why).
 */
export async function startChromium(executablePath: string, { oneProcess = true }: { oneProcess?: boolean } = {}): Promise<Chromium> {
  const profile = workFolder('briefdeck-chromium-');
  let started = false;
  const failure = (reason: string): BriefdeckError =>
    started
      ? new BriefdeckError(`the browser at ${executablePath} stopped while printing: ${reason}`, {
          hint: 'Run the command again; if it happens again, try another Chromium or Chrome through CHROME_PATH.',
        })
      : new BriefdeckError(`the browser at ${executablePath} failed to start: ${reason}`, { hint: INSTALL_HINT });
  let child: ChildProcess;
  try {
    // No start tab: it would only be navigated away from, and answering sooner, Chromium
    // creates the page to print while it finishes starting.
    // File access from files: the page to print is a file, its stylesheets are files, and the
    // print set-up edits one of them through the CSSOM, which file:// origins otherwise forbid.
    const args = [
      ...HEADLESS_ARGS,
      ...(oneProcess ? ONE_PROCESS_ARGS : []),
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      '--no-startup-window',
      '--allow-file-access-from-files',
    ];
    child = spawn(executablePath, args, {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // Its own process group, so that it ends with all its processes at once (see killAll).
      detached: GROUPS,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw failure(error instanceof Error ? error.message : String(error));
  }
  const [, , stderr, toBrowser, fromBrowser] = child.stdio as [null, null, Readable, Writable, Readable];
  const connection = new Connection(toBrowser, fromBrowser);
  let stderrTail = '';
  stderr.setEncoding('utf8');
  stderr.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-STDERR_KEPT);
  });
  const exited = new Promise<void>((done) => {
    child.once('error', (error) => {
      connection.fail(failure(error.message));
      done();
    });
    child.once('exit', (code, signal) => {
      const lastLine = stderrTail.trim().split('\n').pop() ?? '';
      connection.fail(failure(`it exited (${signal ?? `code ${code}`})${lastLine ? `: ${lastLine}` : ''}`));
      done();
    });
  });
  // Killed rather than asked to close: nothing in the profile is kept, and `Browser.close`
  // took 0.1 s longer. The whole group goes at once: Chromium's helper processes outlived a
  // killed browser by up to 30 ms, still writing to the profile being removed.
  const killAll = (): void => {
    try {
      if (GROUPS && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Gone already.
    }
  };
  /**
   * The profile, and the folder of Chromium's single-instance socket, which it keeps in the
   * temporary folder, linked from the profile: only a graceful exit removes that one.
   */
  const leftovers = (): string[] => {
    try {
      const socketFolder = dirname(readlinkSync(join(profile, 'SingletonSocket')));
      if (/[/\\]org\.chromium\.Chromium\.\w+$/.test(socketFolder)) return [socketFolder, profile];
    } catch {
      // No socket: the browser never got that far.
    }
    return [profile];
  };
  const removeProfile = (): void => {
    for (const folder of leftovers()) rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  };
  // Whatever ends this process, the browser does not outlive it: its own process group does not
  // get the terminal's Ctrl-C, so the signals are passed on here.
  const onExit = (): void => {
    killAll();
    removeProfile();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    process.exit(128 + (constants.signals[signal] ?? 1));
  };
  process.once('exit', onExit);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      killAll();
      process.removeListener('exit', onExit);
      for (const signal of SIGNALS) process.removeListener(signal, onSignal);
      // A killed process runs no further instruction, so its profile can go at once, and this
      // process need not stay until the system has reaped the browser's.
      for (const stream of [stderr, toBrowser, fromBrowser]) stream.destroy();
      child.unref();
      await removeAside(leftovers());
    })();
    return closing;
  };

  const browser = connection.session();
  // Pages are attached as Chromium creates them, which saves asking for each one: the session
  // of every page created so far, by target id.
  const attached = new Map<string, string>();
  const attachedWaiters = new Set<() => void>();
  browser.on('Target.attachedToTarget', (params) => {
    const { sessionId, targetInfo } = params as { sessionId: string; targetInfo: { targetId: string } };
    attached.set(targetInfo.targetId, sessionId);
    for (const wake of attachedWaiters) wake();
  });
  let product: string;
  try {
    [{ product }] = await Promise.all([
      browser.send<{ product: string }>('Browser.getVersion'),
      browser.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }),
    ]);
    started = true;
  } catch (error) {
    await close();
    throw error instanceof BriefdeckError ? error : failure(error instanceof Error ? error.message : String(error));
  }
  return {
    version: versionOf(product),
    async openPage(url, { width, height }) {
      const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url, width, height });
      let timer: NodeJS.Timeout | undefined;
      let wake = (): void => undefined;
      const sessionId = await new Promise<string>((resolve, reject) => {
        wake = () => {
          const id = attached.get(targetId);
          if (id !== undefined) resolve(id);
        };
        attachedWaiters.add(wake);
        timer = setTimeout(() => reject(failure(`the new page was not attached within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
        void exited.then(() => reject(failure('it exited')));
        wake();
      }).finally(() => {
        clearTimeout(timer);
        attachedWaiters.delete(wake);
      });
      return connection.session(sessionId);
    },
    close,
  };
}
