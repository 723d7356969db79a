// Naive UI's selects and date pickers focus an inner element that no <label> can point at, so
// this directive names every focusable element inside the control (WCAG 4.1.2 "name, role, value").
import type { Directive } from 'vue';

const FOCUSABLE = 'input, [tabindex="0"]';

function apply(el: HTMLElement, label: string | undefined) {
  if (!label) return;
  const targets = el.matches(FOCUSABLE) ? [el] : Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE));
  for (const target of targets) {
    if (target.getAttribute('aria-label') !== label) target.setAttribute('aria-label', label);
  }
}

export const vLabel: Directive<HTMLElement, string | undefined> = {
  mounted: (el, binding) => apply(el, binding.value),
  updated: (el, binding) => apply(el, binding.value),
};
