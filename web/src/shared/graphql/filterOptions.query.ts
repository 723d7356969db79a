import { graphql } from '@/gql';

/** The choices of the filter panel's lookup selects, in one round trip. */
export const FeedbackFilterOptionsQuery = graphql(`
  query FeedbackFilterOptions {
    departments {
      id
      name
    }
    products {
      id
      name
    }
    themes {
      id
      name
    }
    regions
  }
`);
