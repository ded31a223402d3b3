import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

/** LibreOffice's command, found on PATH (Debian's `libreoffice-impress` installs /usr/bin/soffice); null when absent. */
function locate(): string | null {
  for (const folder of (process.env.PATH ?? '').split(':')) {
    if (folder && existsSync(join(folder, 'soffice'))) return join(folder, 'soffice');
  }
  return null;
}

export const sofficePath = locate();

/**
 * `describe` for tests that open files in LibreOffice. In CI (`CI=true`) they always run, and a
 * missing LibreOffice fails the run; elsewhere they skip with a note on how to get it, as the
 * browser tests do (test/helpers/browser.ts).
 */
export function describeSoffice(name: string, body: () => void): void {
  if (sofficePath) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it('has LibreOffice to open the files in', () => {
        throw new Error(
          'CI=true but no soffice was found: install it with `apt-get install -y --no-install-recommends libreoffice-impress`',
        );
      });
    });
  } else {
    console.warn(
      `skipping "${name}": no LibreOffice (soffice) found. Install it: apt-get install -y --no-install-recommends libreoffice-impress`,
    );
    describe.skip(name, body);
  }
}

/**
 * Converts `files` to PDF in one LibreOffice run (its start-up is most of the time), with a fresh
 * profile under `work` (HOME), into `work/pdf`; returns each file's PDF path, in order.
 */
export function convertToPdf(files: readonly string[], work: string): string[] {
  if (!sofficePath) throw new Error('no soffice');
  const outDir = join(work, 'pdf');
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true });
  const result = spawnSync(sofficePath, ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home },
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
  const written = new Set(readdirSync(outDir));
  return files.map((file) => {
    const pdf = `${
      file
        .split('/')
        .pop()
        ?.replace(/\.pptx$/, '') ?? ''
    }.pdf`;
    if (!written.has(pdf)) throw new Error(`soffice wrote no ${pdf}: ${result.stdout}${result.stderr}`);
    return join(outDir, pdf);
  });
}
