import { graphql } from '@/gql';

/** An action item made from an idea, as the idea page lists it. */
export const IdeaActionItemFragment = graphql(`
  fragment IdeaActionItem on ActionItem {
    id
    title
    status
    priority
    createdAt
    dueAt
    assignee {
      id
      name
    }
    department {
      id
      name
    }
  }
`);
