import { asc, ilike } from 'drizzle-orm';
import { customers } from '@chorus/db/schema';
import type { Context } from '../../context';
import { authorize, requireViewer } from '../../shared/auth';
import { pageSize } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import type { ContactType, CustomerType } from './customers.type';
import { mayBrowseCustomers, mayViewContact, type ContactScope } from './customers.policy';

/** What everyone who may not see a contact gets: that there is one, and nothing of it. */
export const MASKED_CONTACT: ContactType = { name: null, email: null, phone: null, masked: true };

export async function searchCustomers(ctx: Context, search: string | null | undefined, first: number | null | undefined) {
  authorize(ctx, mayBrowseCustomers);
  const limit = pageSize(first, 20);
  const pattern = containsPattern(search);
  return ctx.db
    .select({ id: customers.id, name: customers.name, segment: customers.segment, region: customers.region, annualRevenue: customers.annualRevenue })
    .from(customers)
    .where(pattern ? ilike(customers.name, pattern) : undefined)
    .orderBy(asc(customers.name))
    .limit(limit);
}

export async function listRegions(ctx: Context): Promise<string[]> {
  authorize(ctx, mayBrowseCustomers);
  const rows = await ctx.db.selectDistinct({ region: customers.region }).from(customers).orderBy(asc(customers.region));
  return rows.map((r) => r.region);
}

export async function customerById(ctx: Context, id: number | null): Promise<CustomerType | null> {
  return id === null ? null : ctx.loaders.customerById.load(id);
}

/**
 * The contact of a feedback item as the viewer may see it: masked unless they may see it, and then
 * recorded in the audit log as shown to them on that item (the loader batches the record).
 */
export async function contactFor(ctx: Context, contactId: number | null, feedback: ContactScope & { id: number }): Promise<ContactType | null> {
  const viewer = requireViewer(ctx);
  if (contactId === null) return null;
  if (!mayViewContact(viewer, feedback)) return MASKED_CONTACT;
  const c = await ctx.loaders.contactShown.load({ viewerId: viewer.id, contactId, feedbackId: feedback.id });
  if (!c) return null;
  return { name: c.name, email: c.email, phone: c.phone, masked: false };
}

