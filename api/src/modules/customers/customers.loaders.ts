import type { Db } from '@chorus/db';
import { contacts, customers } from '@chorus/db/schema';
import { byIdLoader } from '../../shared/loaders';

export const customerLoaders = (db: Db) => ({
  customerById: byIdLoader(db, customers),
  contactById: byIdLoader(db, contacts),
});
