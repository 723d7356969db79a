import { graphql } from '@/gql';

/** What the portal knows of a signed-in user; signIn and viewer answer with the same fields. */
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on User {
    id
    name
    email
    role
    locale
    department {
      id
      name
    }
  }
`);
