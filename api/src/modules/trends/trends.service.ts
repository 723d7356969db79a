import type { Context } from '../../context';
import type { FeedbackFilter } from '../feedback/feedback.inputs';
import type { Dimension, Interval, Metric, TrendSeriesType } from './trends.type';

export interface TrendArgs { metric: Metric; interval: Interval; filter?: FeedbackFilter | null; segmentBy?: Dimension | null }

export async function trend(_ctx: Context, _args: TrendArgs): Promise<TrendSeriesType[]> {
  throw new Error('not yet');
}
