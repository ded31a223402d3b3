import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The briefdeck package folder (holds `index.html`, `src/client`, `slides/`), from src/ or lib/ alike. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reference deck, built when no essay is named. */
export const REFERENCE_DECK = join(PACKAGE_ROOT, 'slides', 'kei-north-korea');
