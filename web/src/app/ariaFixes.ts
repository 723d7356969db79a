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

export function fixAria(root: ParentNode): void {
  for (const el of root.querySelectorAll(CARD_HEADER)) el.removeAttribute('role');
  for (const el of root.querySelectorAll(CARD_TITLE)) {
    if (el.querySelector('h1, h2, h3, h4, h5, h6')) el.setAttribute('role', 'none');
    else el.setAttribute('aria-level', '2');
  }
  for (const el of root.querySelectorAll(UNNAMED_ICON)) el.setAttribute('aria-hidden', 'true');
}

/** Keeps correcting what pages render; returns the way to stop. */
export function watchAria(root: HTMLElement): () => void {
  fixAria(root);
  const observer = new MutationObserver(() => fixAria(root));
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
