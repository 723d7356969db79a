import { graphql } from '@/gql';

/** The organisation's time zone: due times and periods are read in it, not in the browser's. */
export const OrganisationQuery = graphql(`
  query Organisation {
    organisation {
      timeZone
    }
  }
`);
