/**
 * Geometry of guidance: scroll the window so that an element is in view below the simulation's sticky bar
 * (the démonstration's step bar or the exercise's task card), moving as little as possible. Used for the
 * step's target, a refused field with its message, and the outcome card.
 */

const MARGIN = 12;

/** The sticky bar of the simulation that holds `element`, if any. */
function stickyOf(element: Element): HTMLElement | null {
  return element.closest('.sim')?.querySelector<HTMLElement>('[data-sticky]') ?? null;
}

/** Scrolls the window so that `element` sits between the sticky bar and the bottom of the window. */
export function revealBelowBar(element: Element): void {
  const bar = stickyOf(element);
  const rect = element.getBoundingClientRect();
  const barHeight = bar?.offsetHeight ?? 0;
  // Above: the bar stays where it is now, or sticks at the top of the window with its whole height (when the
  // end of the simulation is pushing it up, it comes back down as the page scrolls up). Below: once
  // scrolled, the bar sticks at the top of the window.
  const barBottomNow = bar ? Math.max(bar.getBoundingClientRect().bottom, barHeight) : 0;
  const view = window.innerHeight;
  let delta = 0;
  if (rect.top < barBottomNow + MARGIN) delta = rect.top - barBottomNow - MARGIN;
  else if (rect.bottom > view - MARGIN) delta = Math.min(rect.bottom - view + MARGIN, rect.top - barHeight - MARGIN);
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, left: 0, behavior: 'instant' });
}

/**
 * Calls `found` with the first element `selector` finds in `root` once it is there (a lazy screen may take a
 * few frames to render its target); gives up after about a second. Returns a cancel function.
 */
export function whenPresent(root: () => Element | null, selector: string, found: (element: Element) => void): () => void {
  let frames = 0;
  let handle = 0;
  const look = () => {
    const element = root()?.querySelector(selector);
    if (element) {
      found(element);
      // Once more on the next frame: a screen that has just changed may still be settling its layout.
      handle = requestAnimationFrame(() => found(element));
    }
    else if (frames++ < 60) handle = requestAnimationFrame(look);
  };
  handle = requestAnimationFrame(look);
  return () => cancelAnimationFrame(handle);
}
