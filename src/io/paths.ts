import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` that holds a package.json. */
function packageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`briefdeck: no package.json above ${start}`);
  }
}

/**
 * The briefdeck package folder (holds `index.html`, `src/client`, `slides/`), found from this
 * file's place: src/io/ when run from source, somewhere in the bundled lib/ otherwise.
 */
export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

/** The reference deck, built when no essay is named. */
export const REFERENCE_DECK = join(PACKAGE_ROOT, 'slides', 'kei-north-korea');
