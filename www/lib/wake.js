// Waking a pre-rendered widget on the reader's first sign of intent — a click or a key in the
// copy, focus moving into it, printing — and passing the gesture on once the live widget has
// taken the copy's place: the button pressed is pressed again in the live one (the two trees have
// the same shape, so a path of child indexes finds it), focus goes where it was, and a section
// the reader opened stays open.

const GESTURES = ['click', 'keydown', 'focusin'];

/**
 * Calls `start` once, on the first gesture in `root` (a shadow root holding the pre-rendered
 * copy, `.ab`) or when the page prints.
 * - `wake()` starts at once (other figures or another language: the copy no longer fits);
 * - `replayer()`, called just before the live tree replaces the copy, returns the function that
 *   replays the gesture in the live tree (`live`) once it is in place;
 * - `stop()` stops listening for printing (the element left the page).
 * @param {ShadowRoot} root
 * @param {() => void} start
 */
export function wakeOnIntent(root, start) {
  const copy = () => /** @type {HTMLElement | undefined} */ ([...root.children].find((n) => n.classList.contains('ab')));
  const top = copy();
  /** @param {Element} node */
  const pathTo = (node) => {
    const path = [];
    for (let n = node; n && n !== top && n.parentElement; n = n.parentElement) {
      path.unshift([...n.parentElement.children].indexOf(n));
    }
    return path;
  };
  let waiting = true;
  /** @type {number[] | null} */
  let replay = null;
  const wake = () => {
    if (!waiting) return;
    waiting = false;
    for (const type of GESTURES) root.removeEventListener(type, wake, true);
    window.removeEventListener('beforeprint', wake);
    start();
  };
  let swapped = false;
  const pressed = (/** @type {Event} */ event) => {
    const button = event.composedPath().find((n) => n instanceof HTMLButtonElement);
    if (button && !swapped) replay = pathTo(/** @type {Element} */ (button));
  };
  /** @returns {(live: Element) => void} */
  const replayer = () => {
    swapped = true;
    const focused = root.activeElement && pathTo(root.activeElement);
    const open = [...(top?.querySelectorAll('details[open]') ?? [])].map(pathTo);
    return (live) => {
      const at = (/** @type {number[]} */ path) => /** @type {HTMLElement | undefined} */ (path.reduce((n, i) => n?.children[i], live));
      for (const path of open) { const d = at(path); if (d instanceof HTMLDetailsElement) d.open = true; }
      if (focused) at(focused)?.focus();
      if (replay) at(replay)?.click();
      replay = null;
      root.removeEventListener('click', pressed, true);
    };
  };
  // A click, not a pointerdown: a finger that only scrolls the article past the embed is no intent.
  for (const type of GESTURES) root.addEventListener(type, wake, true);
  root.addEventListener('click', pressed, true);
  window.addEventListener('beforeprint', wake);
  // The page may load the element only after its first paint (scripts/prerender-embeds.mjs):
  // a reader who has already moved into the copy is already asking for the live widget.
  if (root.activeElement) wake();
  return { wake, replayer, stop: () => window.removeEventListener('beforeprint', wake) };
}
