import { graphql } from '@/gql';

export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaDetail
    }
  }
`);
