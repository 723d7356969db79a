import { graphql } from '@/gql';

/** The signed-in user, or null: the router guard and the header read it. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
