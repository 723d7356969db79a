import { graphql } from '@/gql';

/** A feedback item linked to an idea as evidence: enough for a small card with its score. */
export const EvidenceFeedbackFragment = graphql(`
  fragment EvidenceFeedback on Feedback {
    id
    receivedAt
    channel
    text
    npsScore
    csatScore
    cesScore
    customer {
      id
      name
    }
  }
`);
