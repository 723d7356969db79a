import { onBeforeUnmount, ref, watch } from 'vue';

/** How long typing pauses before a search is applied. */
export const SEARCH_PAUSE_MS = 350;

/**
 * A list's search box (call in setup). Typing updates the URL (and so the query) once the user pauses,
 * not on every key; Enter applies it at once. `current` is the search the list shows now (from its URL),
 * `apply` sets a new one; a search changed from outside (back, a link) replaces the text in the box.
 */
export function useSearchText(current: () => string, apply: (value: string) => void) {
  const text = ref(current());
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(current, (value) => {
    if (value !== text.value.trim()) text.value = value;
  });
  function onInput(value: string) {
    text.value = value;
    clearTimeout(timer);
    timer = setTimeout(() => apply(value), SEARCH_PAUSE_MS);
  }
  function flush() {
    clearTimeout(timer);
    if (text.value.trim() !== current()) apply(text.value);
  }
  onBeforeUnmount(() => clearTimeout(timer));
  return { text, onInput, flush };
}
