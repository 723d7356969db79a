import { graphql } from '@/gql';

/** The departments an idea can be aimed at, and the forum can be filtered by. */
export const IdeaDepartmentsQuery = graphql(`
  query IdeaDepartments {
    departments {
      id
      name
    }
  }
`);
