import { graphql } from '@/gql';

export const CustomerSearchQuery = graphql(`
  query CustomerSearch($search: String, $first: Int) {
    customers(search: $search, first: $first) {
      id
      name
      segment
      region
    }
  }
`);
