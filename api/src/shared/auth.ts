// Who is asking. Services call these first; resolvers never decide access themselves. What a viewer
// may do is decided by the pure functions of each module's `<domain>.policy.ts`, and nowhere else:
// this file only authenticates and turns a policy's "no" into FORBIDDEN.
import type { Context } from '../context';
import { forbidden, unauthenticated } from './errors';

export type RoleName = 'EMPLOYEE' | 'LEAD' | 'EXECUTIVE' | 'ADMIN';

export interface Viewer {
  id: number;
  name: string;
  email: string;
  role: RoleName;
  departmentId: number | null;
}

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/**
 * The signed-in viewer, when `policy` allows them what it decides; FORBIDDEN otherwise. For decisions
 * that need nothing but the viewer; one about a row is made with the row, once it is read.
 */
export function authorize(ctx: Pick<Context, 'viewer'>, policy: (viewer: Viewer) => boolean, message?: string): Viewer {
  const viewer = requireViewer(ctx);
  if (!policy(viewer)) throw forbidden(message);
  return viewer;
}
