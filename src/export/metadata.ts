import { statSync } from 'node:fs';
import type { Deck, EssayMeta } from '../types.js';

/** What the exported documents (PDF, PowerPoint) say about themselves, shared so they say the same. */

/**
 * The date written into an exported file: `SOURCE_DATE_EPOCH` when set (the reproducible-builds
 * convention), else when the deck's inputs last changed, so the same deck gives the same bytes.
 */
export function documentDate(inputs: readonly string[], env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

/** The document's subject: the essay's subtitle, else its category, else its approaches (the section titles). */
export function documentSubject(meta: Pick<EssayMeta, 'subtitle' | 'category'>, deck: Deck): string {
  const sections = deck.groups.filter((group) => group.kind === 'section').map((group) => group.title);
  return meta.subtitle ?? meta.category ?? sections.join('; ');
}
