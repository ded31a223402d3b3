import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

/**
 * Zod for deck.yaml and the reorder endpoint: `zod/mini`, which every command loads in a
 * fraction of the time of zod's classic API, with the English messages that classic zod
 * loads by default (the CLI prints them).
 */
z.config(en());

export { z };
