import { ApolloClient, HttpLink, InMemoryCache, from, type NormalizedCacheObject } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The cache is the portal's only store of server data. Every object type has an `id` and is
 * normalised by it; Contact has none (it belongs to its Feedback) and is merged into its parent.
 * The feedback inbox is paged with a cursor stack, so each page is its own cache entry (the
 * default: keyed by all arguments) and nothing needs merging. The ideas forum and an idea's
 * comments grow with "Load more" instead: their pages are merged into one list per filter.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // An item already in the cache (from a list) is found without asking the server again,
          // when the cached object has every field the detail query selects.
          feedbackItem: {
            read(existing, { args, toReference }) {
              if (existing !== undefined) return existing;
              return args?.id ? toReference({ __typename: 'Feedback', id: args.id }) : undefined;
            },
          },
          idea: {
            read(existing, { args, toReference }) {
              if (existing !== undefined) return existing;
              return args?.id ? toReference({ __typename: 'Idea', id: args.id }) : undefined;
            },
          },
          ideas: relayStylePagination(['filter', 'orderBy']),
          actionItems: relayStylePagination(['filter']),
          followUpQueue: relayStylePagination(['departmentId']),
          // the request list and each board column ("Show more"); a request's figures follow the
          // filter, so the list asks the network for every new filter (useFeatureRequestList)
          featureRequests: relayStylePagination(['filter', 'orderBy']),
        },
      },
      Idea: {
        fields: {
          comments: relayStylePagination(false),
        },
      },
      Feedback: {
        fields: {
          contact: { merge: true },
        },
      },
      Contact: { keyFields: false },
      PageInfo: { keyFields: false },
    },
  });
}

// @vue/apollo-composable 4.2 calls APIs that Apollo Client 3.14 marks as deprecated for 4.0
// (getLastResult…); we stay on 3.x for it (engineering.md), so those warnings are noise.
(globalThis as Record<symbol, unknown>)[Symbol.for('apollo.deprecations')] = true;

export interface ApolloOptions {
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onUnauthenticated: () => void;
  uri?: string;
}

/** Operations for which UNAUTHENTICATED is an answer, not a lost session. */
const SESSIONLESS = new Set(['SignIn', 'SignOut']);

export function createApolloClient({ onUnauthenticated, uri = '/graphql' }: ApolloOptions): ApolloClient<NormalizedCacheObject> {
  const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
    if (SESSIONLESS.has(operation.operationName)) return;
    const unauthenticated =
      graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
      (networkError && 'statusCode' in networkError && networkError.statusCode === 401);
    if (unauthenticated) onUnauthenticated();
  });

  return new ApolloClient({
    link: from([errorLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first', errorPolicy: 'none' },
    },
  });
}
