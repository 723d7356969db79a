import { onBeforeUnmount, onMounted, ref } from 'vue';

/** The current time, ticking once a minute, so "due in 3 h" stays true while a page is open. */
export function useNow(intervalMs = 60_000) {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), intervalMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
