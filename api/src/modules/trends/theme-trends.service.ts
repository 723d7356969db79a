import type { Context } from '../../context';
import type { FeedbackFilter } from '../feedback/feedback.inputs';
import type { Interval, ThemeTrendType } from './trends.type';

export interface ThemeTrendArgs { filter?: FeedbackFilter | null; interval: Interval; first: number }

export async function themeTrends(_ctx: Context, _args: ThemeTrendArgs): Promise<ThemeTrendType[]> {
  throw new Error('not yet');
}
