import { graphql } from '@/gql';

/** Colleagues an action item can be given to: by name, within a department when one is given. */
export const ActionAssigneesQuery = graphql(`
  query ActionAssignees($search: String, $departmentId: ID, $first: Int) {
    users(search: $search, departmentId: $departmentId, first: $first) {
      id
      name
      department {
        id
        name
      }
    }
  }
`);
