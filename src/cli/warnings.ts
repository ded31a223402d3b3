/** Warnings of a build (an outline.md out of step with the essay) on stderr, one a line. */
export function reportWarnings(warnings: readonly string[]): void {
  for (const warning of warnings) process.stderr.write(`briefdeck: warning: ${warning}\n`);
}
