// PDF benchmark: `briefdeck pdf` on the reference deck and, side by side in the same run,
// `marp --pdf` on a Markdown deck with the same slides' titles and bullets (generated from
// `briefdeck outline --json`). Runs alternate, so the machine's noise hits both alike; each
// figure is the median of RUNS after one warm-up run. Also prints the page count per notes mode.
//   node bench/pdf.mjs [runs=5]        (after `npm run compile`)
// The two tools are compared on each browser installed here, both given the same one through
// CHROME_PATH: Chromium's headless shell (which `briefdeck pdf` prefers) and the full Chromium.
// Then each as it runs by default: briefdeck with the browser it picks, marp with its own.
// marp is found through MARP (a path to marp-cli's `marp`), else `marp` on PATH; without it,
// only briefdeck's figures are printed. marp-cli is never installed or downloaded by this script:
//   npm install --prefix /tmp/marp @marp-team/marp-cli && MARP=/tmp/marp/node_modules/.bin/marp node bench/pdf.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { BROWSER_CANDIDATES, findPrintBrowser, HEADLESS_SHELL_CANDIDATES } from '../lib/export/browser.js';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
try {
  findPrintBrowser();
} catch (error) {
  // `npm run bench` also runs where only builds are measured: say so and stop, without failing.
  console.log(`PDF benchmark skipped: ${error.message}`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-pdf-'));
// Neither tool may fetch a browser.
const baseEnv = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
delete baseEnv.CHROME_PATH;

function run(command, args, env = baseEnv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

function findMarp() {
  if (process.env.MARP) return existsSync(process.env.MARP) ? process.env.MARP : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'marp'))) return join(dir, 'marp');
  }
  return null;
}

/** The reference deck's slides as Marp Markdown: a `##` title and the bullets, one slide each. */
function marpMarkdown() {
  const outline = JSON.parse(run(process.execPath, ['bin/briefdeck.js', 'outline', '--json']).stdout);
  const slides = outline.groups.flatMap((group) => group.slides);
  const body = slides.map((slide) => [`## ${slide.title}`, '', ...slide.bullets.map((bullet) => `- ${bullet.text}`)].join('\n'));
  return { markdown: `---\nmarp: true\n---\n\n${body.join('\n\n---\n\n')}\n`, slides: slides.length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (value) => `${value.toFixed(2)} s`;

/** Times `tools` (label, command, args, env) in alternating runs after one warm-up each; medians and ranges. */
function compare(tools) {
  for (const [, command, args, env] of tools) run(command, args, env);
  const samples = tools.map(() => []);
  for (let i = 0; i < runs; i++) {
    tools.forEach(([, command, args, env], k) => {
      samples[k].push(run(command, args, env).seconds);
    });
  }
  return samples.map((values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) }));
}

try {
  const { markdown, slides } = marpMarkdown();
  const deckMd = join(work, 'deck.md');
  writeFileSync(deckMd, markdown);
  const marp = findMarp();
  const briefdeckArgs = ['bin/briefdeck.js', 'pdf', '--out', join(work, 'briefdeck.pdf')];
  const marpArgs = ['--pdf', '--allow-local-files', deckMd, '-o', join(work, 'marp.pdf')];
  const browsers = [
    ['headless shell', HEADLESS_SHELL_CANDIDATES.find((path) => existsSync(path))],
    ['Chromium', BROWSER_CANDIDATES.find((path) => existsSync(path))],
  ].filter(([, path]) => path);
  const configurations = [
    ...browsers.map(([name, path]) => [`both on ${name} (${path})`, { ...baseEnv, CHROME_PATH: path }, { ...baseEnv, CHROME_PATH: path }]),
    [`each by default (briefdeck: ${findPrintBrowser(baseEnv)}; marp: its own choice)`, baseEnv, baseEnv],
  ];

  console.log(`PDF of ${slides} slides, median of ${runs} alternating runs after a warm-up:\n`);
  console.log('| browser | briefdeck pdf | marp --pdf | briefdeck / marp |');
  console.log('|---|---|---|---|');
  for (const [label, briefdeckEnv, marpEnv] of configurations) {
    const tools = [['briefdeck', process.execPath, briefdeckArgs, briefdeckEnv]];
    if (marp) tools.push(['marp', marp, marpArgs, marpEnv]);
    const [ours, theirs] = compare(tools);
    const range = (figure) => `${seconds(figure.median)} (${seconds(figure.min)}–${seconds(figure.max)})`;
    console.log(
      `| ${label} | ${range(ours)} | ${theirs ? range(theirs) : '–'} | ${theirs ? (ours.median / theirs.median).toFixed(2) : '–'} |`,
    );
  }
  console.log(
    marp
      ? '\nTarget: briefdeck / marp at most 0.50.'
      : "\nmarp was not found (set MARP to marp-cli's `marp`, or put it on PATH): briefdeck only.",
  );

  console.log('\nPages of the reference deck per notes mode:');
  for (const mode of ['none', 'page', 'handout']) {
    const { stdout } = run(process.execPath, ['bin/briefdeck.js', 'pdf', '--notes', mode, '--out', join(work, `${mode}.pdf`)]);
    console.log(`  --notes ${mode}: ${stdout.match(/: (\d+ pages? for \d+ slides?)/)?.[1] ?? stdout.trim()}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
