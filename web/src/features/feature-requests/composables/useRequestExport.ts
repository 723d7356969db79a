import { ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import type { FeatureRequestExportQuery as ExportAnswer, FeatureRequestFilter, FeatureRequestOrder, FeatureRequestSummaryFragment } from '@/gql/graphql';
import { FeatureRequestExportQuery } from '../graphql/featureRequestExport.query';

/** The API's largest page (MAX_PAGE): the fewest round trips for a long list. */
export const EXPORT_PAGE_SIZE = 100;
/** a list longer than this many pages is cut rather than looping on a cursor that does not move */
const MAX_PAGES = 500;

/**
 * Every request under a filter and order, page after page, for the CSV file: the list itself shows
 * only the pages loaded so far. The pages bypass the cache (`no-cache`): they are read once, and
 * writing them would put a second copy of each request's figures where the list reads its own.
 */
export function useRequestExport(variables: MaybeRefOrGetter<{ filter: FeatureRequestFilter; orderBy: FeatureRequestOrder }>) {
  const { resolveClient } = useApolloClient();
  const running = ref(false);
  const progress = ref({ done: 0, total: 0 });
  const error = shallowRef<unknown>(null);

  /** All the rows, or null when a page failed (`error` says why) or an export is already running. */
  async function fetchAll(): Promise<FeatureRequestSummaryFragment[] | null> {
    if (running.value) return null;
    running.value = true;
    error.value = null;
    progress.value = { done: 0, total: 0 };
    const { filter, orderBy } = toValue(variables);
    const page = async (after: string | null): Promise<ExportAnswer> =>
      (await resolveClient().query({ query: FeatureRequestExportQuery, variables: { filter, orderBy, first: EXPORT_PAGE_SIZE, after }, fetchPolicy: 'no-cache' })).data;
    const rows: FeatureRequestSummaryFragment[] = [];
    try {
      let after: string | null = null;
      for (let n = 0; n < MAX_PAGES; n++) {
        const connection: ExportAnswer['featureRequests'] = (await page(after)).featureRequests;
        rows.push(...connection.edges.map((e) => e.node));
        progress.value = { done: rows.length, total: connection.totalCount };
        const next = connection.pageInfo.endCursor;
        if (!connection.pageInfo.hasNextPage || !next || next === after) break;
        after = next;
      }
      return rows;
    } catch (e) {
      error.value = e;
      return null;
    } finally {
      running.value = false;
    }
  }

  return { fetchAll, running, progress, error };
}
