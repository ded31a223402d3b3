import Reveal, { type RevealConfig } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'virtual:briefdeck/styles';
import type { RevealOptions } from '../render/html.js';
import { REVEAL_OPTIONS_ID } from '../render/page-ids.js';
import { installFit } from './fit.js';
import { startDevTools } from './hmr.js';
import { syncSpeakerPreviews } from './speaker.js';

/**
 * The browser entry: starts Reveal on the rendered slides with the deck's options and the
 * notes plugin (speaker view on `S`), and exposes the deck as `window.Reveal`, which the ESM
 * build does not do and external tools (decktape, the test suite) look for.
 */

/** Options reveal.js accepts but its bundled types lack or narrow. */
type BriefdeckRevealConfig = Omit<RevealConfig, 'defaultTiming' | 'slideNumber' | 'showSlideNumber'> & {
  defaultTiming?: number;
  totalTime?: number;
  slideNumber?: RevealConfig['slideNumber'] | string;
  showSlideNumber?: RevealConfig['showSlideNumber'] | string;
};

declare global {
  interface Window {
    Reveal: InstanceType<typeof Reveal>;
  }
}

const element = document.querySelector<HTMLElement>('.reveal');
if (!element) throw new Error('briefdeck: the page has no .reveal element');
// The deck's options travel in the page (src/render/html.ts), so this script is the same for every deck.
const options = JSON.parse(document.getElementById(REVEAL_OPTIONS_ID)?.textContent ?? '{}') as Partial<RevealOptions>;
const config: BriefdeckRevealConfig = { ...options, plugins: [Notes] };
const deck = new Reveal(element, config as RevealConfig);
window.Reveal = deck;
// Shrinks a slide whose content would overflow, within readable bounds (src/client/fit.ts).
installFit(deck);
// `briefdeck dev` only: live update keeping the current slide, and the reorder view.
startDevTools(deck);
// The speaker view's previews show the right slides however slowly they load.
syncSpeakerPreviews(deck);
void deck.initialize();
