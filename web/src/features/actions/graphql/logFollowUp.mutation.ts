import { graphql } from '@/gql';

/** Answers with the item: its log, its first response and the feedback's loop status change with it. */
export const LogFollowUpMutation = graphql(`
  mutation LogFollowUp($input: LogFollowUpInput!) {
    logFollowUp(input: $input) {
      ...ActionItemDetail
    }
  }
`);
