import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Db } from '@chorus/db';
import { departments, users } from '@chorus/db/schema';
import { byIdLoader } from '../../shared/loaders';

// Only what a User shows: the password hash and lockout state never leave the session service.
export const publicUserColumns = { id: users.id, name: users.name, email: users.email, role: users.role, departmentId: users.departmentId };

type PublicUser = Pick<typeof users.$inferSelect, keyof typeof publicUserColumns>;

export const orgLoaders = (db: Db) => ({
  departmentById: byIdLoader(db, departments),
  userById: new DataLoader<number, PublicUser | null>(async (ids) => {
    const rows = await db.select(publicUserColumns).from(users).where(inArray(users.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
});
