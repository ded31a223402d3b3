import type { RevealApi } from 'reveal.js';

/**
 * Reveal's speaker view shows the deck twice more, in iframes: the current slide and the next.
 * It connects to the main window once the current slide's preview is ready, and the main window
 * then posts its state, which the speaker view passes to both previews; a preview of the next
 * slide that loads later misses it and shows the current slide until the presenter moves on
 * (seen on a busy machine). Here each preview says when it is ready, and the main window posts
 * its state again (the notes plugin posts on the deck's "resumed" event).
 */
const PREVIEW_READY = 'briefdeck-preview-ready';

export function syncSpeakerPreviews(deck: RevealApi): void {
  // (The speaker view loads its previews with `?receiver`.)
  if (new URLSearchParams(window.location.search).has('receiver')) {
    // The preview's parent is the speaker view, whose opener is the main window.
    deck.on('ready', () => window.parent.opener?.postMessage(JSON.stringify({ type: PREVIEW_READY }), '*'));
    return;
  }
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes(PREVIEW_READY)) return;
    deck.getRevealElement()?.dispatchEvent(new CustomEvent('resumed'));
  });
}
