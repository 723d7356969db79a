// The audit log: who saw or changed what. A change is recorded in the same transaction as the change;
// a sight of personal data (VIEW_CONTACT) when it is served, one statement for a whole batch.
import { auditLog } from '@chorus/db/schema';
import type { Db } from '@chorus/db';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AuditEntry {
  actorId: number;
  action: string;
  entityType: string;
  entityId: number | string;
  detail?: Record<string, unknown>;
}

export async function audit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await auditMany(db, [entry]);
}

/** Many entries in one insert: what a list of 50 items records costs one statement, not 50. */
export async function auditMany(db: Db | Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.insert(auditLog).values(entries.map((e) => ({ ...e, entityId: String(e.entityId), detail: e.detail ?? {} })));
}
