// Whose notifications a viewer reads and marks: their own, ADMINs included. A notification names what
// happened to one person (mentions, assignments), which is nobody else's business.
import { eq, type SQL } from 'drizzle-orm';
import { notifications } from '@chorus/db/schema';
import type { Viewer } from '../../shared/auth';

/** The decision as a condition, so that no one else's notification is ever read or changed. */
export const ownNotifications = (viewer: Viewer): SQL => eq(notifications.userId, viewer.id);
