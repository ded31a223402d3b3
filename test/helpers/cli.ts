import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
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
  return cliResult(result);
}

/**
 * A finished run's status and output. A run ended by a signal or a spawn error has no status:
 * its stderr then says which, for the assertion's message (the CLI has ended so, now and then,
 * under the full suite's load, with nothing on stderr).
 */
export function cliResult(result: SpawnSyncReturns<string>): CliResult {
  const ended =
    result.status === null ? `\n[no exit status: signal ${result.signal ?? 'none'}${result.error ? `, ${result.error.message}` : ''}]` : '';
  return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${ended}` };
}

/**
 * Runs the CLI's `main(argv)` in this process, with its output captured: the checks of messages
 * and exit codes, without a process start each (the real command is run by `runCli`).
 */
export async function runMain(args: string[], cwd = ROOT): Promise<CliResult> {
  const { main } = await import('../../src/cli/program.js');
  const out: string[] = [];
  const err: string[] = [];
  const write =
    (into: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
  const saved = { out: process.stdout.write, err: process.stderr.write, cwd: process.cwd() };
  process.stdout.write = write(out) as typeof process.stdout.write;
  process.stderr.write = write(err) as typeof process.stderr.write;
  process.chdir(cwd);
  try {
    const status = await main(['node', 'briefdeck', ...args]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.chdir(saved.cwd);
  }
}
