import { describe, expect, it } from 'vitest';
import { markdownExcerpt } from './excerpt';

describe('markdownExcerpt', () => {
  it('strips markdown to plain text', () => {
    expect(markdownExcerpt('# Faster refunds\n\nWe **should** refund _within_ a day. See [the policy](https://x.no/p).\n\n- one\n- two')).toBe(
      'Faster refunds We should refund within a day. See the policy. one two',
    );
  });

  it('keeps HTML as text (it is never rendered)', () => {
    expect(markdownExcerpt('<img src=x onerror=alert(1)> hi')).toBe('<img src=x onerror=alert(1)> hi');
  });

  it('cuts long text at a word with an ellipsis', () => {
    const out = markdownExcerpt('word '.repeat(100), 42);
    expect(out.length).toBeLessThanOrEqual(43);
    expect(out.endsWith('word…')).toBe(true);
  });

  it('drops code blocks and table rules', () => {
    expect(markdownExcerpt('Before\n```\nconst x = 1;\n```\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('Before a b 1 2');
  });
});
