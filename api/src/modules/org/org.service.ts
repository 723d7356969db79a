import { asc } from 'drizzle-orm';
import { departments } from '@chorus/db/schema';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';

export async function listDepartments(ctx: Context) {
  requireViewer(ctx);
  return ctx.db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.name));
}

export async function departmentOf(ctx: Context, departmentId: number | null) {
  return departmentId === null ? null : ctx.loaders.departmentById.load(departmentId);
}
