import { graphql } from '@/gql';

/**
 * What the request's page shows of the request itself. Read through its id, the figures count every
 * linked feedback (no list filter applies), and every mutation on the page returns this selection so
 * the page follows without asking again.
 */
export const FeatureRequestDetailFragment = graphql(`
  fragment FeatureRequestDetail on FeatureRequest {
    id
    title
    description
    status
    createdAt
    createdBy {
      id
      name
    }
    product {
      id
      name
    }
    feedbackCount
    customerCount
    revenue
    viewerCanManage
    allowedStatuses
    merged {
      id
      title
      mergedAt
    }
    statusChanges {
      id
      from
      to
      note
      at
      by {
        id
        name
      }
    }
  }
`);
