// PDF benchmark: `briefdeck pdf` on the reference deck and, side by side in the same run,
// `marp --pdf` on a Markdown deck with the same slides' titles and bullets (generated from
// `briefdeck outline --json`). Runs alternate, so the machine's noise hits both alike; each
// figure is the median of RUNS after one warm-up run. Also prints the page count per notes mode.
//   node bench/pdf.mjs [runs=5]        (after `npm run compile`)
// marp is found through MARP (a path to marp-cli's `marp`), else `marp` on PATH; without it,
// only briefdeck's figures are printed. marp-cli is never installed or downloaded by this script:
//   npm install --prefix /tmp/marp @marp-team/marp-cli && MARP=/tmp/marp/node_modules/.bin/marp node bench/pdf.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findBrowser } from '../lib/export/browser.js';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
let chrome;
try {
  chrome = findBrowser();
} catch (error) {
  // `npm run bench` also runs where only builds are measured: say so and stop, without failing.
  console.log(`PDF benchmark skipped: ${error.message}`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-pdf-'));
// Both tools use the same Chromium, and neither may fetch one.
const env = { ...process.env, CHROME_PATH: chrome, PUPPETEER_SKIP_DOWNLOAD: '1' };

function run(command, args) {
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
const row = (label, samples) =>
  `| ${label} | ${median(samples).toFixed(2)} s | ${Math.min(...samples).toFixed(2)} s | ${Math.max(...samples).toFixed(2)} s |`;

try {
  const { markdown, slides } = marpMarkdown();
  const deckMd = join(work, 'deck.md');
  writeFileSync(deckMd, markdown);
  const marp = findMarp();
  const tools = [['briefdeck pdf (reference deck)', process.execPath, ['bin/briefdeck.js', 'pdf', '--out', join(work, 'briefdeck.pdf')]]];
  if (marp) tools.push(['marp --pdf (same slides)', marp, ['--pdf', '--allow-local-files', deckMd, '-o', join(work, 'marp.pdf')]]);

  for (const [, command, args] of tools) run(command, args); // warm-up: disk cache, first Chromium start
  const samples = tools.map(() => []);
  for (let i = 0; i < runs; i++) {
    tools.forEach(([, command, args], k) => {
      samples[k].push(run(command, args).seconds);
    });
  }

  console.log(`PDF of ${slides} slides, ${chrome}, median of ${runs} alternating runs after a warm-up:\n`);
  console.log('| command | median | min | max |');
  console.log('|---|---|---|---|');
  tools.forEach(([label], k) => {
    console.log(row(label, samples[k]));
  });
  if (marp) {
    console.log(`\nbriefdeck / marp: ${(median(samples[0]) / median(samples[1])).toFixed(2)} (target: at most 0.50)`);
  } else {
    console.log("\nmarp was not found (set MARP to marp-cli's `marp`, or put it on PATH): briefdeck only.");
  }

  console.log('\nPages of the reference deck per notes mode:');
  for (const mode of ['none', 'page', 'handout']) {
    const { stdout } = run(process.execPath, ['bin/briefdeck.js', 'pdf', '--notes', mode, '--out', join(work, `${mode}.pdf`)]);
    console.log(`  --notes ${mode}: ${stdout.match(/: (\d+ pages? for \d+ slides?)/)?.[1] ?? stdout.trim()}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
