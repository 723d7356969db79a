// The audit log: who saw or changed what. Written in the same transaction as the change it records.
import { auditLog } from '@chorus/db/schema';
import type { Db } from '@chorus/db';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function audit(
  db: Db | Tx,
  entry: { actorId: number; action: string; entityType: string; entityId: number | string; detail?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditLog).values({ ...entry, entityId: String(entry.entityId), detail: entry.detail ?? {} });
}
