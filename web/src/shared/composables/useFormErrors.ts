import { nextTick, ref } from 'vue';
import type { Failure } from './useFailures';

/**
 * What a form says is wrong with its fields: its own checks first (before anything is sent), then what
 * the API refused (call in setup). A field's message goes once the field is edited, and after a failed
 * submit the first field with a message takes the focus, so a keyboard or screen reader user lands on it.
 */
export function useFormErrors<F extends string>(fields: readonly F[], inputIds: Record<F, string>) {
  const clientErrors = ref<Partial<Record<string, string>>>({});
  const failure = ref<Failure | null>(null);

  const errorOf = (field: F) => clientErrors.value[field] ?? failure.value?.fields[field];

  /** A field (or any input path the API names) was edited: what was said of it no longer holds. */
  function clearError(field: string) {
    const { [field]: _client, ...rest } = clientErrors.value;
    clientErrors.value = rest;
    if (failure.value?.fields[field]) {
      const { [field]: _server, ...others } = failure.value.fields;
      failure.value = { ...failure.value, fields: others };
    }
  }

  async function focusFirstError() {
    await nextTick();
    const field = fields.find((f) => errorOf(f));
    const el = field && document.getElementById(inputIds[field]);
    // a select or a rich editor holds its input inside the element with the id
    (el?.matches('input, textarea') ? el : el?.querySelector<HTMLElement>('input, [tabindex="0"]'))?.focus();
  }

  return { clientErrors, failure, errorOf, clearError, focusFirstError };
}
