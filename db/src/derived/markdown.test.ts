import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { XSS_VECTORS } from './xss-vectors';

describe('renderMarkdown', () => {
  it('renders links, lists, emphasis and code', () => {
    const html = renderMarkdown('Hello **team**, _see_ [the report](https://example.com/r).\n\n- one\n- two\n\n`code`\n\n```\nblock\n```');
    expect(html).toContain('<strong>team</strong>');
    expect(html).toContain('<em>see</em>');
    expect(html).toContain('<a href="https://example.com/r" target="_blank" rel="noopener noreferrer nofollow">the report</a>');
    expect(html).toContain('<ul>\n<li>one</li>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<pre><code>block\n</code></pre>');
  });

  it('shows pasted HTML as text instead of rendering it', () => {
    expect(renderMarkdown('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>\n');
  });

  it.each(XSS_VECTORS.map((v, i) => [i, v] as const))('neutralises OWASP vector %i', (_i, vector) => {
    const html = renderMarkdown(vector);
    expect(html).not.toMatch(/<script/i);
    // no tag carries an event handler or a script URL (escaped text like &lt;img onerror=…&gt; is harmless)
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
      expect(tag).toMatch(/^<(p|br|a|code|pre|strong|em|ul|ol|li|blockquote|h[1-6]|hr|table|thead|tbody|tr|th|td|s|del)[\s>/]/i);
    }
  });

  it('covers at least 30 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
  });
});
