import { graphql } from '@/gql';

export const IdeaCommentFieldsFragment = graphql(`
  fragment IdeaCommentFields on IdeaComment {
    id
    body
    bodyHtml
    createdAt
    updatedAt
    edited
    hidden
    hiddenReason
    viewerCanEdit
    author {
      id
      name
    }
  }
`);
