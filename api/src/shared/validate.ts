// Input checks that report every bad field at once, as the contract's BAD_USER_INPUT asks.
import { badInput } from './errors';

export class FieldErrors {
  private readonly fields: Record<string, string> = {};

  add(field: string, message: string): void {
    this.fields[field] ??= message;
  }

  /** A trimmed text within `max` characters; empty is an error when required, else null. */
  text(value: string | null | undefined, field: string, { max, required = false }: { max: number; required?: boolean }): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) this.add(field, 'Must not be empty.');
      return null;
    }
    if (trimmed.length > max) this.add(field, `Must be at most ${max.toLocaleString('en')} characters.`);
    return trimmed;
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length) throw badInput(this.fields);
  }
}
