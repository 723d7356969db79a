import { graphql } from '@/gql';

/** Remembers the portal language on the server: the emails Chorus sends the viewer are in it. */
export const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: PortalLocale!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);
