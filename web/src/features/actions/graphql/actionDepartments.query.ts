import { graphql } from '@/gql';

/** The departments an admin picks between in the queue and the lists. */
export const ActionDepartmentsQuery = graphql(`
  query ActionDepartments {
    departments {
      id
      name
    }
  }
`);
