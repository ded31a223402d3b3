import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `briefdeck` command (bin/briefdeck.js over the compiled lib/). */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
