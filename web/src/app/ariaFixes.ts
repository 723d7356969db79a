// Two things Naive UI renders that screen readers (and axe) trip over, corrected wherever they appear
// until Naive UI fixes them:
// - NCard marks its header, and the title inside it, as role="heading" without an aria-level (axe's
//   aria-required-attr, critical; and two nested headings). The outer one is only a container (title
//   and extra); the title becomes a level-2 heading under the page's h1, or nothing when it holds a
//   heading element of its own.
// - NIcon says role="img" with no name (axe's role-img-alt, serious). Every icon in the portal stands
//   beside words or inside a named button, so an unnamed one is decoration and is hidden.
const CARD_HEADER = '.n-card-header[role="heading"]';
const CARD_TITLE = '.n-card-header__main[role="heading"]:not([aria-level])';
const UNNAMED_ICON = '.n-icon[role="img"]:not([aria-label]):not([aria-labelledby]):not([aria-hidden])';

/** The elements of `root` (itself included) that match `selector`. */
function within(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

export function fixAria(root: Element): void {
  for (const el of within(root, CARD_HEADER)) el.removeAttribute('role');
  for (const el of within(root, CARD_TITLE)) {
    if (el.querySelector('h1, h2, h3, h4, h5, h6')) el.setAttribute('role', 'none');
    else el.setAttribute('aria-level', '2');
  }
  for (const el of within(root, UNNAMED_ICON)) el.setAttribute('aria-hidden', 'true');
}

/**
 * Keeps correcting what pages render; returns the way to stop. Only what was added is looked at, once
 * per batch of changes, so a busy page (a table re-rendering) costs its new nodes, not the document.
 */
export function watchAria(root: HTMLElement): () => void {
  fixAria(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) fixAria(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
