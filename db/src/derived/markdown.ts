// User-written text (ideas, comments) as HTML: markdown rendered with raw HTML switched off, then
// sanitised against an allow-list, so neither markdown tricks nor pasted HTML can carry a script.
// Rendered once, when the text is written, and stored (body_html): rendering 20 kB on every read held
// the event loop for seconds. Change RENDER_VERSION with the rules and stored HTML is re-rendered at
// start-up (refresh.ts).
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// html: false escapes any HTML in the source; markdown-it also refuses javascript:, vbscript:, file:
// and most data: link targets on its own. The sanitiser below is the second, independent wall.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 's', 'del',
    'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['style'], td: ['style'] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // links open in a new tab and give the target no handle on the portal
    a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer nofollow' }),
  },
};
ALLOWED.allowedAttributes = { ...(ALLOWED.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'target', 'rel'] };

/** Bump when the renderer or the allow-list changes. */
export const RENDER_VERSION = 1;

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), ALLOWED);
}
