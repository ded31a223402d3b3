/**
 * The print CSS of the PDF export (src/export/pdf-print.ts): what the printed page adds to the
 * deck's own stylesheets, as text that travels into the page.
 */

/** Handout paper: A4 portrait, as presenter handouts are; the slide is scaled to the text width. */
export const HANDOUT = { widthMm: 210, heightMm: 297, marginTopMm: 14, marginSideMm: 16 };
export const PX_PER_MM = 96 / 25.4;

/**
 * Added before Reveal lays out the print view. A slide gets the deck's height (Reveal sets only
 * its width; the deck's `height: 100%` would take the taller page's height), each page its
 * footer, as on screen, and the list of links to every slide (see inPageArrange) stays unseen.
 */
export function slideStylesheet(slideHeight: number): string {
  return `
html.print-pdf .reveal .slides .pdf-page > section { height: ${slideHeight}px; }
.reveal .slides .pdf-page > .bd-footer { display: block; }
.bd-print-nav { display: none; }
`;
}

/**
 * Notes pages (`--notes page`), in the theme's colours like the slides between them, and
 * handouts (`--notes handout`, A4), dark on white paper whatever the theme. A notes page is a slide-sized
 * page whose padding repeats on every page its notes flow onto (box-decoration-break); a named
 * @page with margins instead left a blank page at the end of the document.
 */
export function notesStylesheet(): string {
  const { widthMm, heightMm, marginTopMm, marginSideMm } = HANDOUT;
  return `
.reveal .slides article.bd-notes-page {
  break-before: page;
  padding: 48px 72px 56px;
  box-decoration-break: clone;
  text-align: left;
  font-size: 24px;
  line-height: 1.45;
  color: var(--r-main-color, #1d2733);
  font-family: var(--r-main-font, sans-serif);
}
.reveal .slides article.bd-notes-page + .pdf-page { break-before: page; }
.bd-notes-kicker {
  margin: 0 0 0.3em;
  font-size: 15px;
  font-weight: 700;
  letter-spacing: 0.1em;
  text-transform: uppercase;
  color: var(--bd-muted, var(--r-main-color, #4b5563));
}
.reveal .slides article.bd-notes-page h2 {
  margin: 0 0 0.8em;
  padding-bottom: 0.3em;
  font-size: 30px;
  text-transform: none;
  border-bottom: 2px solid var(--bd-rule, currentColor);
}
.reveal .slides .bd-notes-text p { margin: 0 0 0.75em; }

@page bd-handout { size: ${widthMm}mm ${heightMm}mm; margin: ${marginTopMm}mm ${marginSideMm}mm; }
html.bd-handouts body {
  page: bd-handout;
  background: #ffffff !important;
  width: auto !important;
  height: auto !important;
}
/* On the notes only: the slide in the frame keeps the deck's own styles. */
.reveal .slides .bd-handout .bd-notes-text {
  text-align: left;
  font-size: 11pt;
  line-height: 1.45;
  color: #1d2733;
  font-family: var(--r-main-font, sans-serif);
}
.reveal .slides article.bd-handout + article.bd-handout { break-before: page; }
/* A fixed, contained box: without containment the scaled page's slide number made Chromium
   shrink whole handouts to 2/3; a border, unlike an outline, is not painted onto the page before. */
.bd-handout-frame {
  position: relative;
  overflow: hidden;
  contain: strict;
  break-inside: avoid;
  border: 1px solid #b8c0cc;
  margin: 0 0 7mm;
}
.reveal .slides .bd-handout-frame > .pdf-page {
  transform-origin: 0 0;
  break-after: auto !important;
  page-break-after: auto !important;
}
/* Positioned like the frame, so it is painted after it: the PDF's text then reads slide, then notes. */
.reveal .slides .bd-handout .bd-notes-text { position: relative; }
.reveal .slides .bd-handout .bd-notes-text p { margin: 0 0 0.6em; }
`;
}
