import { departments, users } from '@chorus/db/schema';
import type { Db } from '@chorus/db';
import { byIdLoader } from '../../shared/loaders';

export const orgLoaders = (db: Db) => ({
  departmentById: byIdLoader(db, departments),
  userById: byIdLoader(db, users),
});
