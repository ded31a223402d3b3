import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateDeck } from '../../src/io/source.js';
import { buildFromLocation } from '../../src/pipeline.js';
import { browserPath } from '../helpers/browser.js';
import { type CliResult, cliResult } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/fixtures.js';

/**
 * The package as a user gets it: `npm pack`, then an install of the tarball with no install
 * scripts and no network, then every command from a folder of the user's own, the API from a
 * project of its own, and the Vite plugin in a Vite app of its own. One pack and one install
 * (a global one, into a temporary prefix) serve every case; the two projects link to it.
 *
 * Slow (it packs, which compiles with declaration files): run by `npm run test:package`, which
 * `.ci/run` runs after `npm test`.
 */

const ESSAY = join(FIXTURES, 'markdown-nested-options', 'essay.md');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** A PDF needs a Chromium; elsewhere than CI its cases are skipped without one, as the browser tests are. */
const withBrowser = browserPath !== null || process.env.CI !== undefined;

/** The environment without npm's own variables: `npm test` sets them for its scripts, and they would steer the npm run here. */
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))) as NodeJS.ProcessEnv;

function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const timings: Record<string, number> = {};
async function timed<T>(step: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[step] = Math.round(performance.now() - started);
  }
}

const root = mkdtempSync(join(tmpdir(), 'briefdeck-package-'));
const prefix = join(root, 'prefix');
const installed = join(prefix, 'lib', 'node_modules', 'briefdeck');
const bin = join(prefix, 'bin', 'briefdeck');
/** The user's own folder, far from the checkout and the install. */
const work = join(root, 'work');
let tarball = '';
let tarballFiles: string[] = [];

function briefdeck(args: string[], cwd = work): CliResult {
  return cliResult(spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' }, timeout: 120_000 }));
}

/** A project of the user's with briefdeck (and whatever else of the install) under node_modules. */
function project(name: string, packages: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  for (const [pkg, target] of Object.entries(packages)) symlinkSync(target, join(dir, 'node_modules', pkg), 'dir');
  return dir;
}

beforeAll(async () => {
  // Packed from a copy of the checkout: `npm pack` compiles (`prepare`) into the copy's lib/,
  // never the checkout's, which other test files run at the same time.
  const copy = join(root, 'checkout');
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !/^(test|docs|bench)\//.test(file) && existsSync(join(ROOT, file)));
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const packDir = join(root, 'pack');
  mkdirSync(packDir);
  const packed = await timed('npm pack', () => npm(['pack', '--json', '--pack-destination', packDir], copy));
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(packDir, info?.filename ?? '');
  tarballFiles = (info?.files ?? []).map((file) => file.path);
  // The dependencies are in npm's cache after `npm ci`; their metadata may not be (npm ci reads
  // the lockfile, not the registry), and then `--offline` cannot resolve them: the install
  // falls back to `--prefer-offline`, which asks the registry only for what the cache lacks.
  const install = (mode: string) =>
    npm(['install', '-g', '--prefix', prefix, mode, '--ignore-scripts', '--no-audit', '--no-fund', tarball], root);
  let result = await timed('npm install', () => install('--offline'));
  if (result.status !== 0 && /ENOTCACHED/.test(result.stderr)) {
    console.warn('npm install --offline: metadata not in the cache (ENOTCACHED); installing with --prefer-offline');
    result = await timed('npm install', () => install('--prefer-offline'));
  }
  expect(result.status, result.stderr).toBe(0);
  mkdirSync(work);
  copyFileSync(ESSAY, join(work, 'policy.md'));
}, 300_000);

afterAll(() => {
  console.log(`package test timings (ms): ${JSON.stringify(timings)}`);
  rmSync(root, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('carries the compiled CLI, API, plugin, declarations and runtime, and nothing of the tests', () => {
    for (const file of [
      'bin/briefdeck.js',
      'lib/cli/program.cjs',
      'lib/code-cache/cli~program.cjs.v8cache',
      'lib/index.js',
      'lib/types/index.d.ts',
      'lib/vite/plugin.js',
      'lib/types/vite/plugin.d.ts',
      'lib/runtime/briefdeck.js',
      'lib/runtime/theme-briefing.css',
      'src/client/main.ts',
      'index.html',
      'templates/essay.md',
      'slides/kei-north-korea/essay.txt',
      'LICENSE',
      'README.md',
      'package.json',
    ])
      expect(tarballFiles, file).toContain(file);
    expect(tarballFiles.filter((file) => /^(test|docs|bench|scripts)\/|\.test\.ts$/.test(file))).toEqual([]);
  });

  it('installs with no install scripts and pulls no build or test tool', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      private?: boolean;
      license: string;
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('MIT');
    expect(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?install$/.test(name))).toEqual([]);
    const runtime = Object.keys(manifest.dependencies);
    expect(runtime.filter((name) => name in manifest.devDependencies)).toEqual([]);
    expect(
      runtime.filter((name) => /^(typescript|vitest|rolldown|tsx|@biomejs\/.*|@types\/.*|playwright.*|linkedom|fast-check)$/.test(name)),
    ).toEqual([]);
    // Installed: the packages the CLI leaves outside its bundle, not the bundled ones.
    const modules = readdirSync(join(installed, 'node_modules'));
    for (const name of runtime) expect(modules, name).toContain(name);
    for (const bundled of ['commander', 'markdown-it', 'yaml', 'zod', 'pdf-lib', 'pptxgenjs', 'jszip'])
      expect(modules, bundled).not.toContain(bundled);
  });

  it('--version prints the package version', () => {
    const result = briefdeck(['--version']);
    expect([result.status, result.stdout]).toEqual([0, `${VERSION}\n`]);
  });

  it('outline, from another folder: the same outline as the checkout makes', () => {
    const result = briefdeck(['outline', 'policy.md', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const outline = JSON.parse(result.stdout) as { groups: Array<{ id: string; slides: Array<{ id: string }> }> };
    const expected = buildFromLocation(locateDeck(ESSAY)).outline;
    expect(outline.groups.map((group) => [group.id, group.slides.map((slide) => slide.id)])).toEqual(
      expected.groups.map((group) => [group.id, group.slides.map((slide) => slide.id)]),
    );
  });

  it('the installed CLI starts from the code cache packed with it: no file of it compiled afresh', () => {
    const result = spawnSync(bin, ['outline', 'policy.md'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...cleanEnv(), NO_COLOR: '1', BRIEFDECK_TRACE: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/trace code-cache [1-9]\d* cached, 0 compiled/);
  });

  it('build, from another folder: a static deck whose page finds its assets', () => {
    const result = briefdeck(['build', 'policy.md', '--out', 'site']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^briefdeck: wrote site\/index\.html: \d+ groups, \d+ slides \(\d+ ms\)\n$/);
    const html = readFileSync(join(work, 'site', 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="(assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) expect(existsSync(join(work, 'site', ref)), ref).toBe(true);
  });

  it('init, then build of the folder it made', () => {
    const made = briefdeck(['init', 'talk', '--essay', 'policy.md']);
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(join(work, 'talk')).sort()).toEqual(['deck.yaml', 'essay.md', 'public']);
    const built = briefdeck(['build', 'talk', '--out', 'talk-site', '--json']);
    expect(built.status, built.stderr).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ command: 'build', essay: join(work, 'talk', 'essay.md') });
  });

  it.runIf(withBrowser)('pdf, from another folder: one page a slide', () => {
    const result = briefdeck(['pdf', 'policy.md', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { path: string; pages: number; slides: number };
    expect(report.path).toBe(join(work, 'policy.pdf'));
    expect(report.pages).toBe(report.slides);
    expect(readFileSync(report.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('pptx, from another folder: a PowerPoint file (pptxgenjs bundled into lib/)', () => {
    const result = briefdeck(['pptx', 'policy.md', '--out', 'policy.pptx']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^briefdeck: wrote policy\.pptx: \d+ slides \(\d+ ms\)\n$/);
    expect(readFileSync(join(work, 'policy.pptx')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('dev, from another folder: serves the deck', async () => {
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const dev: ChildProcess = spawn(bin, ['dev', 'policy.md', '--port', String(port)], { cwd: work, env: cleanEnv(), stdio: 'ignore' });
    try {
      let page = '';
      for (let tries = 0; tries < 100 && !page.includes('</html>'); tries++) {
        await new Promise((done) => setTimeout(done, 200));
        page = await fetch(`http://127.0.0.1:${port}/`).then(
          (response) => response.text(),
          () => '',
        );
      }
      const title = buildFromLocation(locateDeck(ESSAY)).deck.meta.title;
      expect(page).toContain(`<title>${title.replace(/&/g, '&amp;')}</title>`);
      expect(page).toContain('src="/@briefdeck/client"');
      // (Asked again while the connection is reset: Vite may restart its server once it has optimised the client's
      // dependencies on the first request, as the browser's Vite client reconnects; the answer must still be the script.)
      let status = 0;
      for (let tries = 0; tries < 25 && status !== 200; tries++) {
        if (tries > 0) await new Promise((done) => setTimeout(done, 200));
        status = await fetch(`http://127.0.0.1:${port}/@briefdeck/client`).then(
          (response) => response.status,
          () => 0,
        );
      }
      expect(status).toBe(200);
    } finally {
      dev.kill('SIGTERM');
    }
  });

  it('the API, imported by a project of its own: the pure stages, files, and BriefdeckError', () => {
    const dir = project('api-user', { briefdeck: installed });
    copyFileSync(ESSAY, join(dir, 'essay.md'));
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { readFileSync } from 'node:fs';
import { BriefdeckError, buildDeck, essayToOutline, exportPdf, outlineToDeck, renderDeck } from 'briefdeck';

const { outline } = essayToOutline({ path: 'essay.md', text: readFileSync('essay.md', 'utf8') });
const sections = outline.groups.filter((group) => group.kind === 'section').map((group) => group.id);
const deck = outlineToDeck(outline, { order: [sections[1], sections[0]], theme: 'serif' });
const rendered = renderDeck(deck);
let error = null;
try {
  outlineToDeck(outline, { hide: ['no-such-slide'] });
} catch (caught) {
  error = { isBriefdeckError: caught instanceof BriefdeckError, text: caught.format() };
}
const steps = [];
const built = await buildDeck('essay.md', { out: 'site', onProgress: (progress) => steps.push(progress.step) });
const pdf = process.argv[2] === 'pdf' ? await exportPdf('essay.md', { notes: 'handout' }) : null;
console.log(JSON.stringify({ sections, order: deck.groups.map((group) => group.id), theme: deck.theme, title: rendered.title, error, built, steps, pdf }));
`,
    );
    const result = spawnSync(process.execPath, ['use.mjs', withBrowser ? 'pdf' : ''], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as {
      sections: string[];
      order: string[];
      theme: string;
      title: string;
      error: { isBriefdeckError: boolean; text: string };
      built: { index: string; slides: number };
      steps: string[];
      pdf: { path: string; pages: number; slides: number } | null;
    };
    const [first, second] = out.sections;
    expect(out.order.indexOf(second ?? '')).toBeLessThan(out.order.indexOf(first ?? ''));
    expect(out.theme).toBe('serif');
    expect(out.title).toBe(buildFromLocation(locateDeck(ESSAY)).rendered.title);
    expect(out.error.isBriefdeckError).toBe(true);
    expect(out.error.text).toMatch(/^options\.hide: unknown group or slide id "no-such-slide"\n {2}Valid group or slide ids: /);
    expect(out.built.index).toBe(join(dir, 'site', 'index.html'));
    expect(existsSync(out.built.index)).toBe(true);
    expect(out.steps).toEqual(['outlining', 'rendering', 'writing']);
    if (withBrowser) {
      expect(out.pdf?.path).toBe(join(dir, 'essay-handout.pdf'));
      expect(out.pdf?.pages).toBeGreaterThanOrEqual(out.pdf?.slides ?? Number.POSITIVE_INFINITY);
    }
  });

  it('the API has declaration files a strict TypeScript project checks against, every import resolved', () => {
    const dir = project('types-user', { briefdeck: installed, vite: join(installed, 'node_modules', 'vite') });
    writeFileSync(
      join(dir, 'use.ts'),
      `import { type BuildReport, type Deck, essayToOutline, outlineToDeck, renderDeck } from 'briefdeck';
import { briefdeck } from 'briefdeck/vite';
import type { Plugin } from 'vite';

const { outline } = essayToOutline({ path: 'essay.md', text: '# Title' });
const deck: Deck = outlineToDeck(outline, { minutes: 10 });
const html: string = renderDeck(deck).slides;
const plugin: Plugin = briefdeck({ source: 'essay.md' });
export const used: Array<unknown> = [html, plugin, (report: BuildReport) => report.files.length];
// @ts-expect-error: a theme is a string, so the types are real, not any.
outlineToDeck(outline, { theme: 42 });
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          // Off: the declaration files must resolve every import with only the installed packages.
          skipLibCheck: false,
          types: ['node'],
        },
        files: ['use.ts'],
      }),
    );
    symlinkSync(join(ROOT, 'node_modules', '@types'), join(dir, 'node_modules', '@types'), 'dir');
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('the Vite plugin, in a Vite app of its own: `vite build` makes the deck of the app’s essay', () => {
    const vite = join(installed, 'node_modules', 'vite');
    const dir = project('vite-app', { briefdeck: installed, vite });
    mkdirSync(join(dir, 'talk'));
    copyFileSync(ESSAY, join(dir, 'talk', 'essay.md'));
    writeFileSync(join(dir, 'index.html'), '<!--briefdeck-->\n');
    writeFileSync(
      join(dir, 'vite.config.js'),
      `import { defineConfig } from 'vite';
import { briefdeck } from 'briefdeck/vite';

export default defineConfig({ base: './', logLevel: 'warn', plugins: [briefdeck({ source: 'talk' })] });
`,
    );
    const result = spawnSync(process.execPath, [join(vite, 'bin', 'vite.js'), 'build'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    const expected = buildFromLocation(locateDeck(ESSAY));
    expect(html).toContain(`<title>${expected.rendered.title.replace(/&/g, '&amp;')}</title>`);
    expect(html.match(/<section\b/g)?.length).toBe(expected.rendered.slides.match(/<section\b/g)?.length);
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    expect(assets.filter((name) => name.endsWith('.js'))).toHaveLength(1);
    const css = assets.filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(dir, 'dist', 'assets', name), 'utf8'));
    // Reveal's base styles and briefdeck's briefing theme, found in briefdeck's own install.
    expect(css.join('')).toMatch(/\.reveal \.slides/);
    expect(css.join('')).toContain('--r-heading-color:#0b2545');
  });
});
