import { graphql } from '@/gql';

/** What a card of the forum list shows; the body is only cut into a plain-text excerpt. */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard on Idea {
    id
    title
    body
    category
    status
    votes
    viewerHasVoted
    commentCount
    createdAt
    hidden
    author {
      id
      name
    }
    department {
      id
      name
    }
  }
`);
