/**
 * What a long command is doing, reported as each step starts: the CLI shows it on a terminal
 * (src/cli/progress.ts), an API caller may pass its own `onProgress`. The pure stages never
 * report; the edges that call them do (src/pipeline.ts, src/export/).
 */

/** The steps, in the order they start; in `pdf`, Chromium starts while the deck is outlined and rendered. */
export type ProgressStep = 'starting-browser' | 'outlining' | 'rendering' | 'laying-out' | 'printing' | 'finishing' | 'writing';

export interface Progress {
  step: ProgressStep;
  /** The file concerned: the essay being outlined, the output being written. */
  file?: string;
  /** Size of the essay, in bytes (`outlining`). */
  bytes?: number;
  /** Slides in the deck, once it is built. */
  slides?: number;
  /** Pages of the PDF, once it is made (`writing`). */
  pages?: number;
}

export type OnProgress = (progress: Progress) => void;
