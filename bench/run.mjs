// `npm run bench`: every speed and memory figure of briefdeck in one run, written to
// docs/benchmarks.md (and printed). Side by side with marp-cli, installed on demand at a pinned
// version into a cache folder and given the same system Chromium; runs alternate, so the
// machine's noise hits both alike, and each figure is the median of RUNS after a warm-up.
//   node bench/run.mjs [runs=7]        (after `npm run compile`)
//   BENCH_NO_INSTALL=1: do not install marp-cli (its rows are then left out).
// Measured with GNU time (/usr/bin/time): wall time, CPU time (user + system) and peak RSS of
// each process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findPrintBrowser } from '../lib/export/browser.js';

const runs = Number(process.argv[2] ?? 7);
const root = new URL('..', import.meta.url).pathname;
const MARP_VERSION = '4.5.1';
const TIME = '/usr/bin/time';
const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));
const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };

if (!existsSync(TIME)) {
  console.error('bench: GNU time (/usr/bin/time) is needed for CPU time and peak memory: apt install time');
  process.exit(1);
}

/** One run under GNU time: wall and CPU seconds, peak RSS in MiB. */
function measure(command, args, extraEnv = {}) {
  const result = spawnSync(TIME, ['-f', '@@%e %U %S %M', command, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stderr.split('\n').findLast((text) => text.startsWith('@@'));
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const [wall, user, system, kib] = line.slice(2).split(' ').map(Number);
  return { wall, cpu: user + system, rss: kib / 1024, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** Alternating runs of `tools` after one warm-up each: stats of wall, CPU and RSS per tool. */
function compare(tools) {
  for (const tool of tools) measure(tool.command, tool.args, tool.env);
  const samples = tools.map(() => ({ wall: [], cpu: [], rss: [] }));
  for (let i = 0; i < runs; i++) {
    tools.forEach((tool, k) => {
      const { wall, cpu, rss } = measure(tool.command, tool.args, tool.env);
      samples[k].wall.push(wall);
      samples[k].cpu.push(cpu);
      samples[k].rss.push(rss);
    });
  }
  return samples.map((s) => ({ wall: stats(s.wall), cpu: stats(s.cpu), rss: stats(s.rss) }));
}

/** marp-cli at the pinned version, in a cache folder; null when it cannot be had. */
function marpCli() {
  if (process.env.BENCH_NO_INSTALL === '1') return null;
  const dir = join(tmpdir(), `briefdeck-bench-marp-${MARP_VERSION}`);
  const bin = join(dir, 'node_modules', '.bin', 'marp');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    console.log(`installing @marp-team/marp-cli@${MARP_VERSION} into ${dir} …`);
    const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, `@marp-team/marp-cli@${MARP_VERSION}`], {
      encoding: 'utf8',
      env,
    });
    if (installed.status !== 0) {
      console.log(`marp-cli could not be installed; its rows are left out:\n${installed.stderr.slice(-500)}`);
      return null;
    }
  }
  return bin;
}

/** The reference deck's slides as Marp Markdown, from `briefdeck outline --json`: a `##` title and the bullets each. */
function marpMarkdown() {
  const outline = JSON.parse(measure(process.execPath, ['bin/briefdeck.js', 'outline', '--json']).stdout);
  const slides = outline.groups.flatMap((group) => group.slides);
  const body = slides.map((slide) => [`## ${slide.title}`, '', ...slide.bullets.map((bullet) => `- ${bullet.text}`)].join('\n'));
  return { markdown: `---\nmarp: true\n---\n\n${body.join('\n\n---\n\n')}\n`, slides: slides.length };
}

/** An essay of about `bytes`, recombined from the written fixtures' paragraphs, with a heading every 12 paragraphs. */
function generatedEssay(bytes) {
  const fixtures = join(root, 'test', 'fixtures');
  const paragraphs = [];
  for (const name of readdirSync(fixtures).sort()) {
    for (const file of ['essay.txt', 'essay.md']) {
      const path = join(fixtures, name, file);
      if (!existsSync(path)) continue;
      for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
        const text = block.replace(/\s*\n\s*/g, ' ').trim();
        if (text.split(' ').length > 30 && /[.!?]$/.test(text) && !/^[#>*-]|^---/.test(text)) paragraphs.push(text);
      }
    }
  }
  let text = '# A Long Essay Made of Many Others\n\nBy Jane Doe\n\n';
  for (let i = 0; text.length < bytes; i++) {
    if (i % 12 === 0) text += `## Part ${i / 12 + 1} of the argument\n\n`;
    text += `${paragraphs[i % paragraphs.length]}\n\n`;
  }
  return text.slice(0, bytes);
}

/**
 * An essay of distinct real paragraphs: every paragraph of running text (30 words or more, ending a
 * sentence, no heading, list item, quote, table or footnote) of the study corpus's essays
 * (test/corpus/tuning, then test/corpus/holdout, folders in name order), each once, with a heading
 * every 12 paragraphs. The generated essays repeat a few hundred paragraphs, so the pipeline's
 * text-keyed caches answer almost every one; here none repeats.
 */
function distinctEssay() {
  const seen = new Set();
  const paragraphs = [];
  for (const set of ['tuning', 'holdout']) {
    const dir = join(root, 'test', 'corpus', set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      for (const file of ['essay.md', 'essay.txt']) {
        const path = join(dir, name, file);
        if (!existsSync(path)) continue;
        for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
          const text = block.replace(/\s*\n\s*/g, ' ').trim();
          if (text.split(' ').length < 30 || !/[.!?]["'”’)]*$/.test(text) || seen.has(text)) continue;
          // (A note's own number opening it, "[1] This memo is based on …", "(2) …": a page's notes, read as the end of a text.)
          if (/^(#|>|[-*+]\s|\d+[.)]\s|\[\^|\[\d{1,3}\]|\(\d{1,3}\)|\||```|~~~|<|---|!\[)/.test(text)) continue;
          seen.add(text);
          paragraphs.push(text);
        }
      }
    }
  }
  let text = '# A Long Essay of Distinct Paragraphs\n\nBy Jane Doe\n\n';
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i % 12 === 0) text += `## Part ${i / 12 + 1}\n\n`;
    text += `${paragraph}\n\n`;
  }
  return { text, paragraphs: paragraphs.length };
}

const fmt = (value, unit, digits = 2) => `${value.toFixed(digits)}${unit}`;
const range = (s, unit, digits = 2) => `${fmt(s.median, unit, digits)} (${fmt(s.min, '', digits)}–${fmt(s.max, unit, digits)})`;
const lines = [];
const out = (text = '') => {
  lines.push(text);
  console.log(text);
};

try {
  const marp = marpCli();
  const { markdown, slides } = marpMarkdown();
  const deckMd = join(work, 'deck.md');
  writeFileSync(deckMd, markdown);
  let browser = null;
  try {
    browser = findPrintBrowser(env);
  } catch {
    // Without a browser only the builds are measured.
  }

  out('# Benchmarks');
  out();
  out(
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`,
  );
  out(`Each figure: median of ${runs} runs after a warm-up (min–max in brackets), runs of the tools alternating.`);
  out(`The reference deck has ${slides} slides; marp-cli ${MARP_VERSION} gets the same titles and bullets as Markdown.`);
  out();

  out('## Essay → static deck');
  out();
  const buildTools = [
    {
      label: '`briefdeck build` (reference deck)',
      command: process.execPath,
      args: ['bin/briefdeck.js', 'build', '--out', join(work, 'bd')],
    },
  ];
  if (marp) buildTools.push({ label: '`marp deck.md -o deck.html`', command: marp, args: [deckMd, '-o', join(work, 'marp.html')] });
  const built = compare(buildTools);
  out('| command | wall | CPU | peak RSS |');
  out('|---|---|---|---|');
  for (const [k, tool] of buildTools.entries())
    out(`| ${tool.label} | ${range(built[k].wall, ' s')} | ${range(built[k].cpu, ' s')} | ${range(built[k].rss, ' MiB', 0)} |`);
  if (marp) {
    const [b, m] = built;
    out();
    out(
      `Ratios briefdeck / marp: wall ${(b.wall.median / m.wall.median).toFixed(2)}, CPU ${(b.cpu.median / m.cpu.median).toFixed(2)}, peak RSS ${(b.rss.median / m.rss.median).toFixed(2)} (targets ≤ 0.5, ≤ 0.5, ≤ 1.0).`,
    );
  }
  out();

  if (browser) {
    out('## Essay → PDF');
    out();
    const pdfTools = [
      {
        label: '`briefdeck pdf` (its default browser)',
        command: process.execPath,
        args: ['bin/briefdeck.js', 'pdf', '--out', join(work, 'bd.pdf')],
      },
    ];
    if (marp)
      pdfTools.push({
        label: '`marp --pdf` (the system Chromium)',
        command: marp,
        args: ['--pdf', '--allow-local-files', deckMd, '-o', join(work, 'marp.pdf')],
        env: { CHROME_PATH: browser },
      });
    const printed = compare(pdfTools);
    out('| command | wall | CPU (this process and the browser) | peak RSS (largest process) |');
    out('|---|---|---|---|');
    for (const [k, tool] of pdfTools.entries())
      out(`| ${tool.label} | ${range(printed[k].wall, ' s')} | ${range(printed[k].cpu, ' s')} | ${range(printed[k].rss, ' MiB', 0)} |`);
    if (marp) {
      out();
      out(`Ratio briefdeck / marp, wall: ${(printed[0].wall.median / printed[1].wall.median).toFixed(2)} (target ≤ 0.5).`);
    }
    out();
  }

  out('## Essay → PowerPoint');
  out();
  const [pptx] = compare([{ command: process.execPath, args: ['bin/briefdeck.js', 'pptx', '--out', join(work, 'bd.pptx')] }]);
  out('| command | wall | CPU | peak RSS |');
  out('|---|---|---|---|');
  out(`| \`briefdeck pptx\` (reference deck) | ${range(pptx.wall, ' s')} | ${range(pptx.cpu, ' s')} | ${range(pptx.rss, ' MiB', 0)} |`);
  out();

  out('## The pipeline on long essays');
  out();
  const distinct = distinctEssay();
  const distinctBytes = Buffer.byteLength(distinct.text);
  const distinctMb = (distinctBytes / 1e6).toFixed(1);
  out(
    "`briefdeck build` on essays recombined from the fixtures' paragraphs (a heading every 12 paragraphs), start-up included, one warm-up run first.",
  );
  out(
    `These generated essays repeat a few hundred paragraphs over and over, so the pipeline's caches keyed by text (the tagger's, the scoring of title phrases, others) answer almost every paragraph after its first time and flatter the figures. The last row is honest text: ${distinct.paragraphs.toLocaleString('en')} distinct paragraphs of running text from the study corpus's essays (test/corpus/tuning and holdout, each paragraph once, a heading every 12), ${distinctMb} MB, beside a generated essay of the same size.`,
  );
  out();
  out('| essay | wall | CPU | MB/s (CPU) | peak RSS | slides |');
  out('|---|---|---|---|---|---|');
  /** Warm-up, then median/min/max of `times` builds of `text`: one table row; the CPU median. */
  const pipelineRow = (label, name, text, times) => {
    const essay = join(work, `${name}.md`);
    writeFileSync(essay, text);
    const bytes = Buffer.byteLength(text);
    const args = ['bin/briefdeck.js', 'build', essay, '--out', join(work, `big-${name}`)];
    measure(process.execPath, args);
    const samples = [];
    let summary = '';
    for (let i = 0; i < times; i++) {
      const result = measure(process.execPath, args);
      samples.push(result);
      summary = result.stdout;
    }
    const cpu = stats(samples.map((s) => s.cpu));
    const wall = stats(samples.map((s) => s.wall));
    const rss = stats(samples.map((s) => s.rss));
    const slideCount = /(\d+) slides?/.exec(summary)?.[1] ?? '?';
    out(
      `| ${label} | ${range(wall, ' s')} | ${range(cpu, ' s')} | ${(bytes / 1e6 / cpu.median).toFixed(2)} | ${range(rss, ' MiB', 0)} | ${slideCount} |`,
    );
    return cpu.median;
  };
  const sizes = [10_000, 100_000, 1_000_000, 10_000_000];
  const cpuBySize = sizes.map((size) =>
    pipelineRow(
      size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`,
      `essay-${size}`,
      generatedEssay(size),
      size >= 1_000_000 ? Math.min(3, runs) : runs,
    ),
  );
  const sameSize = pipelineRow(`${distinctMb} MB, generated`, 'essay-generated', generatedEssay(distinct.text.length), Math.min(3, runs));
  const honest = pipelineRow(`${distinctMb} MB, distinct paragraphs`, 'essay-distinct', distinct.text, Math.min(3, runs));
  out();
  out(
    `Growth from 10 KB to 10 MB (1000× the text): ${(cpuBySize.at(-1) / cpuBySize[0]).toFixed(0)}× the CPU time; from 1 MB to 10 MB: ${(cpuBySize[3] / cpuBySize[2]).toFixed(1)}×. Distinct paragraphs take ${(honest / sameSize).toFixed(1)}× the CPU time of the generated essay of their size.`,
  );
  out();

  out('## First load');
  out();
  const dist = join(work, 'bd');
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...index.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((match) => match[1]);
  const files = ['index.html', ...linked];
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  out(`The reference deck's page and the files it loads (${files.length}): ${(gzip / 1024).toFixed(0)} KB gzip (target < 100 KB).`);
  writeFileSync(join(root, 'docs', 'benchmarks.md'), `${lines.join('\n')}\n`);
  console.log('\nwrote docs/benchmarks.md');
} finally {
  rmSync(work, { recursive: true, force: true });
}
