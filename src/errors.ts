/**
 * The one error type users see: it names the file, the position and what to do.
 * The CLI prints `format()` and exits non-zero; the Vite plugin passes `loc` to the overlay.
 */
export class BriefdeckError extends Error {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly hint: string | null;

  constructor(message: string, where: { file?: string | null; line?: number | null; column?: number | null; hint?: string | null } = {}) {
    super(message);
    this.name = 'BriefdeckError';
    this.file = where.file ?? null;
    this.line = where.line ?? null;
    this.column = where.column ?? null;
    this.hint = where.hint ?? null;
  }

  /** `file:line:column: message` followed by the hint on its own line. */
  format(): string {
    const position = [this.file, this.line, this.column].filter((part) => part !== null).join(':');
    const head = position ? `${position}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  ${this.hint}` : head;
  }
}
