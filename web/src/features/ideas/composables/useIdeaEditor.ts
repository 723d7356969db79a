import { computed, type Ref } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import type { EvidenceFeedbackFragment } from '@/gql/graphql';
import { EvidenceLookupQuery } from '../graphql/evidenceLookup.query';
import { IdeaDepartmentsQuery } from '../graphql/ideaDepartments.query';
import { RenderMarkdownQuery } from '../graphql/renderMarkdown.query';

/** The departments an idea can be aimed at, as select options by name. */
export function useIdeaDepartments() {
  const { result, loading, error } = useQuery(IdeaDepartmentsQuery, null, { fetchPolicy: 'cache-first' });
  const options = computed(() =>
    (result.value?.departments ?? []).map((d) => ({ value: d.id, label: d.name })).sort((a, b) => a.label.localeCompare(b.label)),
  );
  return { options, loading, error };
}

/**
 * The editor's preview, rendered by the server exactly as the saved body will be. Asked for only
 * while the Preview tab is open, once the writer pauses.
 */
export function useMarkdownPreview(markdown: Ref<string>, active: Ref<boolean>) {
  const { result, loading, error } = useQuery(
    RenderMarkdownQuery,
    () => ({ markdown: markdown.value }),
    () => ({ enabled: active.value && markdown.value.trim() !== '', debounce: 300, fetchPolicy: 'cache-first' }),
  );
  const html = computed(() => (markdown.value.trim() ? (result.value?.renderMarkdown ?? null) : ''));
  return { html, loading, error };
}

export type LookupResult = { feedback: EvidenceFeedbackFragment } | { missing: true } | { error: unknown };

/** Looks up a feedback item about to be linked as evidence. */
export function useEvidenceLookup() {
  const { resolveClient } = useApolloClient();
  async function lookup(id: string): Promise<LookupResult> {
    try {
      const { data } = await resolveClient().query({ query: EvidenceLookupQuery, variables: { id }, fetchPolicy: 'cache-first' });
      return data.feedbackItem ? { feedback: data.feedbackItem } : { missing: true };
    } catch (e) {
      return { error: e };
    }
  }
  return { lookup };
}

/** "17", "#17" or a link to /feedback/17 → "17"; null when it is none of those. */
export function parseFeedbackRef(text: string): string | null {
  const value = text.trim();
  const plain = /^#?([A-Za-z0-9_-]{1,64})$/.exec(value);
  if (plain) return plain[1];
  const link = /\/feedback\/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)/.exec(value);
  return link ? link[1] : null;
}
