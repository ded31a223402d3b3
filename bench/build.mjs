// Build-time benchmark: medians of repeated runs, measured side by side in one process so
// the machine's noise hits every row alike. Usage: node bench/build.mjs [runs=5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));

function time(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [
  ['npm run build (compile + build the reference deck)', 'npm', ['run', 'build', '--silent']],
  ['briefdeck build (reference deck)', process.execPath, ['bin/briefdeck.js', 'build', '--out', join(work, 'deck')]],
  ['briefdeck outline --json (reference deck)', process.execPath, ['bin/briefdeck.js', 'outline', '--json']],
  ['node startup alone', process.execPath, ['-e', '0']],
];

try {
  for (const [, command, args] of rows) time(command, args); // warm-up: disk cache, tsc incremental state
  const samples = rows.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, [, command, args]] of rows.entries()) samples[k].push(time(command, args));
  }
  console.log(`| command | median of ${runs} | min | max |`);
  console.log('|---|---|---|---|');
  rows.forEach(([label], k) => {
    const s = samples[k];
    console.log(`| ${label} | ${median(s).toFixed(2)} s | ${Math.min(...s).toFixed(2)} s | ${Math.max(...s).toFixed(2)} s |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
