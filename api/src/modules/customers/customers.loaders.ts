import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { contacts, customers } from '@chorus/db/schema';
import { auditMany } from '../../shared/audit';
import { byIdLoader } from '../../shared/loaders';

/** A contact about to be shown unmasked: to whom, and on which feedback item. */
export interface ContactShown {
  viewerId: number;
  contactId: number;
  feedbackId: number;
}

export const customerLoaders = (db: Db) => ({
  customerById: byIdLoader(db, customers),
  /**
   * Contacts as they are shown unmasked (the caller has decided the viewer may see them): each batch
   * reads them and records, in one more statement, who was shown which on what feedback ("who saw
   * what", product.md). A list of 50 items costs two statements, not 50; the same contact on the same
   * item twice in one request (aliases) is read and recorded once. If the record cannot be written,
   * the contact is not shown.
   */
  contactShown: new DataLoader<ContactShown, typeof contacts.$inferSelect | null, string>(async (keys) => {
    const rows = await db.select().from(contacts).where(inArray(contacts.id, [...new Set(keys.map((k) => k.contactId))]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    await auditMany(db, keys.filter((k) => byId.has(k.contactId)).map((k) => ({
      actorId: k.viewerId, action: 'VIEW_CONTACT', entityType: 'contact', entityId: k.contactId, detail: { feedbackId: k.feedbackId },
    })));
    return keys.map((k) => byId.get(k.contactId) ?? null);
  }, { cacheKeyFn: (k) => `${k.viewerId}:${k.feedbackId}:${k.contactId}` }),
});
