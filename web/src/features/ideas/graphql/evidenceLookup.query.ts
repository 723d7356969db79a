import { graphql } from '@/gql';

/** A feedback item about to be linked as evidence (by its id, or from `?feedback=`). */
export const EvidenceLookupQuery = graphql(`
  query EvidenceLookup($id: ID!) {
    feedbackItem(id: $id) {
      ...EvidenceFeedback
    }
  }
`);
