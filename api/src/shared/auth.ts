// Who is asking. Services call these first; resolvers never decide access themselves.
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

export function requireRole(ctx: Pick<Context, 'viewer'>, ...roles: RoleName[]): Viewer {
  const viewer = requireViewer(ctx);
  if (!roles.includes(viewer.role)) throw forbidden();
  return viewer;
}
