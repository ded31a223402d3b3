import type Reveal from 'reveal.js';
import type { RevealConfig } from 'reveal.js';
import { DECK_UPDATE_EVENT, type DeckUpdate } from '../vite/events.js';

/**
 * Live update in `briefdeck dev`, without a page reload: on each `briefdeck:update` HMR event
 * (the plugin sends one after every successful rebuild of the essay or deck.yaml) the slides,
 * footer, title and Reveal options are swapped in place and the presenter stays on the slide
 * they were on, found by its id wherever the new order puts it. A change of theme or
 * stylesheets reloads the page instead, and the same slide is shown again. In a build `import.meta.hot`
 * is undefined and none of this, nor the reorder view, is included.
 */

type RevealDeck = InstanceType<typeof Reveal>;

/** Reveal options as briefdeck renders them: `RevealConfig` types some of them too narrowly. */
type RenderedRevealOptions = Omit<RevealConfig, 'slideNumber' | 'showSlideNumber' | 'defaultTiming'> & DeckUpdate['reveal'];

/** Replaces the deck's content with `update` and returns to the slide that was showing. */
function applyDeckUpdate(deck: RevealDeck, update: DeckUpdate): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const currentId = deck.getCurrentSlide()?.id || null;
  const { h, v } = deck.getIndices();
  // The overview moves Reveal's backgrounds into `.slides` and binds its clicks per slide:
  // leave it for the swap and come back, so both are redone for the new slides.
  const overview = deck.isOverview();
  if (overview) deck.toggleOverview(false);
  slides.classList.add('no-transition');
  for (const child of [...slides.children]) if (child.tagName === 'SECTION') child.remove();
  const fresh = document.createElement('template');
  fresh.innerHTML = update.slides;
  slides.prepend(fresh.content);
  // Hidden slides go as they do at start, unless the page asked for them (?showHiddenSlides=true).
  deck.removeHiddenSlides();
  // configure() also syncs Reveal with the new DOM (stacks, backgrounds, controls, numbers).
  const options: RenderedRevealOptions = update.reveal;
  deck.configure(options as RevealConfig);
  const target = currentId ? document.getElementById(currentId) : null;
  const at = target && slides.contains(target) ? deck.getIndices(target) : { h, v };
  deck.slide(at.h, at.v);
  if (overview) deck.toggleOverview(true);
  const footer = document.querySelector('.bd-footer');
  if (footer) footer.innerHTML = update.footer;
  document.title = update.title;
  document.documentElement.lang = update.lang;
  document.documentElement.dataset.theme = update.theme;
  // A good build after a failed one: the error it showed is over.
  for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
  requestAnimationFrame(() => requestAnimationFrame(() => slides.classList.remove('no-transition')));
}

/** Where the current slide's id waits across a reload for new stylesheets. */
const RESTORE_KEY = 'briefdeck:slide';

/** Dev only: applies deck updates as they come (after Reveal is ready) and starts the reorder view. */
export function startDevTools(deck: RevealDeck): void {
  const hot = import.meta.hot;
  if (!hot) return;
  let pending: DeckUpdate | null = null;
  deck.on('ready', () => {
    // Back from a reload for new stylesheets: return to the slide that was showing.
    const shown = sessionStorage.getItem(RESTORE_KEY);
    sessionStorage.removeItem(RESTORE_KEY);
    const target = shown ? document.getElementById(shown) : null;
    if (target) {
      const { h, v } = deck.getIndices(target);
      deck.slide(h, v);
    }
    if (pending) applyDeckUpdate(deck, pending);
    pending = null;
  });
  hot.on('vite:beforeFullReload', () => {
    const id = deck.getCurrentSlide()?.id;
    if (id) sessionStorage.setItem(RESTORE_KEY, id);
  });
  hot.on(DECK_UPDATE_EVENT, (update) => {
    if (deck.isReady()) applyDeckUpdate(deck, update);
    else pending = update;
  });
  // Esc on the error overlay closes the overlay, and only that: without this, Reveal would also
  // take the key (its overview). Caught on its way down, before Reveal's listener on the document.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      const overlays = document.querySelectorAll('vite-error-overlay');
      if (overlays.length === 0) return;
      event.stopPropagation();
      event.preventDefault();
      for (const overlay of overlays) {
        const closable = overlay as HTMLElement & { close?: () => void };
        if (closable.close) closable.close();
        else overlay.remove();
      }
    },
    { capture: true },
  );
  // Loaded on demand so that its code and stylesheet never reach a build.
  void import('./reorder.js').then(({ startReorder }) => startReorder(deck));
}
