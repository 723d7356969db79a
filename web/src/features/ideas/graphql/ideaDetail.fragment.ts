import { graphql } from '@/gql';

/**
 * Everything the idea page shows but the comments (paged on their own). Mutations that change an
 * idea answer with these fields so the page updates from the cache.
 */
export const IdeaDetailFragment = graphql(`
  fragment IdeaDetail on Idea {
    id
    title
    body
    bodyHtml
    category
    status
    statusReason
    votes
    viewerHasVoted
    commentCount
    createdAt
    updatedAt
    edited
    hidden
    hiddenReason
    viewerCanEdit
    viewerCanChangeStatus
    viewerCanModerate
    allowedStatuses
    author {
      id
      name
    }
    department {
      id
      name
    }
    feedback {
      ...EvidenceFeedback
    }
    timeline {
      id
      fromStatus
      toStatus
      reason
      createdAt
      changedBy {
        id
        name
      }
    }
    actionItems {
      ...ActionItemFields
    }
  }
`);
