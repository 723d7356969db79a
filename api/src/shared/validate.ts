// Input checks that report every bad field at once, as the contract's BAD_USER_INPUT asks.
import { badInput, type FieldReason } from './errors';

// C0 controls but tab, line feed and carriage return
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export class FieldErrors {
  private readonly fields: Record<string, string> = {};
  private readonly reasons: Record<string, FieldReason> = {};

  /** The first problem of a field counts; `reason` lets a portal say it in the viewer's language. */
  add(field: string, message: string, reason?: FieldReason): void {
    if (field in this.fields) return;
    this.fields[field] = message;
    if (reason) this.reasons[field] = reason;
  }

  /** A trimmed text within `max` characters; empty is an error when required, else null. */
  text(value: string | null | undefined, field: string, { max, required = false }: { max: number; required?: boolean }): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (required) this.add(field, 'Must not be empty.', { code: 'REQUIRED' });
      return null;
    }
    if (trimmed.length > max) this.add(field, `Must be at most ${max.toLocaleString('en')} characters.`, { code: 'TOO_LONG', max });
    // control characters (a NUL would even fail the insert) have no place in text people read
    else if (CONTROL.test(trimmed)) this.add(field, 'Must not contain control characters.', { code: 'CONTROL_CHARACTERS' });
    return trimmed;
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length) throw badInput(this.fields, this.reasons);
  }
}
