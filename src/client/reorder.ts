import type Reveal from 'reveal.js';
import { REORDER_ENDPOINT, type ReorderMove, type ReorderResponse } from '../vite/events.js';
import './reorder.css';

/**
 * The reorder view of `briefdeck dev`: in Reveal's overview (key `O`) every slide can be
 * dragged. A column's top slide carries its whole group, dropped left or right of another
 * column; any other slide moves within its column, dropped above or below another of its
 * slides. Each drop is one move sent to the dev server, which validates it and writes the
 * order to deck.yaml; the page then redraws through the usual HMR update (src/client/hmr.ts).
 */

type RevealDeck = InstanceType<typeof Reveal>;

interface Dragged {
  kind: ReorderMove['kind'];
  id: string;
  /** The group the dragged slide is in (the group itself for a group). */
  group: string;
}

const HINT = "Drag a column's top slide to move its group, or a slide within its column. The order is saved to deck.yaml.";

function slideAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.slides section.bd-slide') : null;
}

function groupOf(slide: HTMLElement): string | null {
  return slide.parentElement?.dataset.group ?? null;
}

/** What dragging `slide` moves: its group when it is the top of its column, else the slide. */
function draggedBy(slide: HTMLElement): Dragged | null {
  const group = groupOf(slide);
  if (!group) return null;
  const top = slide.parentElement?.querySelector(':scope > section') === slide;
  return top ? { kind: 'group', id: group, group } : { kind: 'slide', id: slide.id, group };
}

/** The move a drop of `dragged` on `slide` at (x, y) makes, or null where it cannot go. */
function moveFor(dragged: Dragged, slide: HTMLElement, x: number, y: number): ReorderMove | null {
  const group = groupOf(slide);
  const box = slide.getBoundingClientRect();
  if (dragged.kind === 'group') {
    if (!group || group === dragged.id) return null;
    return { kind: 'group', id: dragged.id, target: group, place: x < box.left + box.width / 2 ? 'before' : 'after' };
  }
  if (group !== dragged.group || slide.id === dragged.id) return null;
  return { kind: 'slide', id: dragged.id, target: slide.id, place: y < box.top + box.height / 2 ? 'before' : 'after' };
}

/** Pixels from the window's edge where a drag steps the overview. */
const EDGE_PX = 48;
/** Milliseconds between two steps while the drag stays at the edge. */
const EDGE_STEP_MS = 350;

export function startReorder(deck: RevealDeck): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const panel = document.createElement('aside');
  panel.className = 'bd-reorder';
  panel.hidden = true;
  const hint = document.createElement('p');
  hint.textContent = HINT;
  const message = document.createElement('p');
  message.className = 'bd-reorder-message';
  message.setAttribute('role', 'status');
  panel.append(hint, message);
  document.body.append(panel);

  let dragged: Dragged | null = null;
  const unmark = (): void => {
    for (const marked of slides.querySelectorAll('[data-bd-drop]')) marked.removeAttribute('data-bd-drop');
  };
  const say = (text: string, kind: 'busy' | 'done' | 'error'): void => {
    message.textContent = text;
    message.dataset.kind = kind;
  };

  deck.on('overviewshown', () => {
    for (const slide of slides.querySelectorAll<HTMLElement>('section.bd-slide')) slide.draggable = true;
    panel.hidden = false;
  });
  deck.on('overviewhidden', () => {
    for (const slide of slides.querySelectorAll<HTMLElement>('section.bd-slide')) slide.draggable = false;
    panel.hidden = true;
    say('', 'done');
  });

  slides.addEventListener('dragstart', (event) => {
    const slide = slideAt(event.target);
    dragged = deck.isOverview() && slide ? draggedBy(slide) : null;
    if (!dragged || !event.dataTransfer) return;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.id);
  });
  slides.addEventListener('dragover', (event) => {
    const slide = slideAt(event.target);
    const move = dragged && slide ? moveFor(dragged, slide, event.clientX, event.clientY) : null;
    unmark();
    if (!slide || !move) return;
    // Accepting the drop: without preventDefault the browser refuses it.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const side = move.kind === 'group' ? (move.place === 'before' ? 'left' : 'right') : move.place === 'before' ? 'top' : 'bottom';
    slide.setAttribute('data-bd-drop', side);
  });
  slides.addEventListener('drop', (event) => {
    const slide = slideAt(event.target);
    const move = dragged && slide ? moveFor(dragged, slide, event.clientX, event.clientY) : null;
    unmark();
    dragged = null;
    if (!move) return;
    event.preventDefault();
    void save(move);
  });
  slides.addEventListener('dragend', () => {
    unmark();
    dragged = null;
  });

  // Dragging near an edge of the window steps the overview that way, so that slides off-screen
  // (the sixth of a long column on a short window) can be reached.
  let lastStep = 0;
  document.addEventListener('dragover', (event) => {
    if (!dragged || !deck.isOverview() || event.timeStamp - lastStep < EDGE_STEP_MS) return;
    const { h, v } = deck.getIndices();
    const near = (position: number, size: number): -1 | 0 | 1 => (position < EDGE_PX ? -1 : position > size - EDGE_PX ? 1 : 0);
    const down = near(event.clientY, window.innerHeight);
    const right = near(event.clientX, window.innerWidth);
    if (down === 0 && right === 0) return;
    lastStep = event.timeStamp;
    if (down !== 0) deck.slide(h, Math.max(0, (v ?? 0) + down));
    else deck.slide(Math.max(0, h + right), 0);
  });

  async function save(move: ReorderMove): Promise<void> {
    say(`Moving ${move.id} ${move.place} ${move.target}…`, 'busy');
    try {
      const response = await fetch(REORDER_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(move),
      });
      const answer = (await response.json()) as ReorderResponse;
      if (answer.ok) {
        const list = answer.ids.length > 0 ? `[${answer.ids.join(', ')}]` : 'the essay order';
        say(answer.changed ? `Saved ${answer.key}: ${list} to ${answer.file}` : 'No change.', 'done');
      } else say(answer.error, 'error');
    } catch (error) {
      say(`The dev server did not answer: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }
}
