import { basename, relative } from 'node:path';
import type { OnProgress, Progress } from '../progress.js';
import { plural } from './shared.js';

/**
 * How the long commands (`build`, `pdf`) talk while they work. On a terminal, one status line
 * on stderr says which step is running, with slide counts and the time so far, and is erased
 * when the command ends; the summary line on stdout then stays alone. When stderr is not a
 * terminal (a script, CI, a log file), nothing is written there but warnings and errors, so
 * the output is the one summary line it always was. `--quiet` silences the status line too.
 */

/** The step in words, for the status line. */
export function describeProgress(progress: Progress, cwd: string): string {
  const slides = progress.slides ?? 0;
  switch (progress.step) {
    case 'starting-browser':
      return 'starting Chromium';
    case 'outlining':
      return `outlining ${basename(progress.file ?? 'the essay')}${progress.bytes !== undefined ? ` (${Math.ceil(progress.bytes / 1024)} KB)` : ''}`;
    case 'rendering':
      return `rendering ${plural(slides, 'slide')}`;
    case 'laying-out':
      return `laying out ${plural(slides, 'slide')} in the print view`;
    case 'printing':
      return `printing ${plural(slides, 'slide')} in Chromium`;
    case 'finishing':
      return `adding bookmarks and metadata for ${plural(slides, 'slide')}`;
    case 'writing':
      return `writing ${relative(cwd, progress.file ?? '') || progress.file}${progress.pages !== undefined ? ` (${plural(progress.pages, 'page')})` : ''}`;
  }
}

/** The status line on a terminal: `onProgress` for the work, `stop()` before the summary. */
export interface StatusLine {
  /** Undefined when nothing is shown (not a terminal, or `--quiet`): the work then reports nothing. */
  onProgress: OnProgress | undefined;
  stop(): void;
}

/** Refreshes of the time shown while one step runs (a long print), in ms. */
const TICK_MS = 250;

export function statusLine(stream: NodeJS.WriteStream, options: { quiet: boolean; cwd: string }): StatusLine {
  if (options.quiet || !stream.isTTY) return { onProgress: undefined, stop: () => undefined };
  const started = performance.now();
  let text = '';
  const draw = (): void => {
    if (!text) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // Carriage return and erase-line: the line is rewritten in place, never scrolled.
    stream.write(`\r\x1b[2Kbriefdeck: [${seconds} s] ${text}…`);
  };
  const timer = setInterval(draw, TICK_MS);
  // The status line never keeps the process alive.
  timer.unref();
  return {
    onProgress: (progress) => {
      text = describeProgress(progress, options.cwd);
      draw();
    },
    stop: () => {
      clearInterval(timer);
      if (text) stream.write('\r\x1b[2K');
    },
  };
}
