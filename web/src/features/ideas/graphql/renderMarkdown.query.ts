import { graphql } from '@/gql';

/** The editor's preview: the server renders and sanitises exactly as it will for bodyHtml. */
export const RenderMarkdownQuery = graphql(`
  query RenderMarkdown($markdown: String!) {
    renderMarkdown(markdown: $markdown)
  }
`);
