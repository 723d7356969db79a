import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** An element's width, followed as it changes (a chart decides what fits from it). */
export function useElementWidth(element: Ref<HTMLElement | null>) {
  const width = ref(0);
  let observer: ResizeObserver | undefined;
  onMounted(() => {
    if (!element.value) return;
    width.value = element.value.clientWidth;
    if (typeof ResizeObserver === 'undefined') return;
    observer = new ResizeObserver(([entry]) => {
      width.value = Math.round(entry.contentRect.width);
    });
    observer.observe(element.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return width;
}
