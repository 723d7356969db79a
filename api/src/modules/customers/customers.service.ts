import { asc, ilike } from 'drizzle-orm';
import { contacts, customers } from '@chorus/db/schema';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { pageSize } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import type { ContactType, CustomerType } from './customers.type';
import { MASKED_CONTACT, mayViewContact, type ContactScope } from './privacy';

export async function searchCustomers(ctx: Context, search: string | null | undefined, first: number | null | undefined) {
  requireViewer(ctx);
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
  requireViewer(ctx);
  const rows = await ctx.db.selectDistinct({ region: customers.region }).from(customers).orderBy(asc(customers.region));
  return rows.map((r) => r.region);
}

export async function customerById(ctx: Context, id: number | null): Promise<CustomerType | null> {
  return id === null ? null : ctx.loaders.customerById.load(id);
}

export async function contactFor(ctx: Context, contactId: number | null, scope: ContactScope): Promise<ContactType | null> {
  const viewer = requireViewer(ctx);
  if (contactId === null) return null;
  if (!mayViewContact(viewer, scope)) return MASKED_CONTACT;
  const c: typeof contacts.$inferSelect | null = await ctx.loaders.contactById.load(contactId);
  if (!c) return null;
  return { name: c.name, email: c.email, phone: c.phone, masked: false };
}

