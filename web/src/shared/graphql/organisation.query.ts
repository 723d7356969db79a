import { graphql } from '@/gql';

/**
 * What every page may need to know of the organisation: its time zone (due times and periods are read
 * in it, not in the browser's) and how many responses a figure needs before it is shown.
 */
export const OrganisationQuery = graphql(`
  query Organisation {
    organisation {
      timeZone
      minResponses
    }
  }
`);
