import { graphql } from '@/gql';

/** An action item as every list shows it (my work, the queue, the overdue list, feedback and ideas). */
export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    version
    title
    status
    priority
    createdAt
    dueAt
    overdue
    firstResponseAt
    assignee {
      id
      name
    }
    department {
      id
      name
    }
    feedback {
      id
      npsScore
      csatScore
      cesScore
      customer {
        id
        name
      }
    }
    idea {
      id
      title
    }
  }
`);
