import type { HTMLAttributes } from 'vue';

/** `data-testid` for props typed as HTML attributes (Naive UI's inputProps, menuProps). */
export function testId(id: string): HTMLAttributes {
  return { 'data-testid': id } as HTMLAttributes;
}
