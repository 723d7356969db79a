import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FeedbackFilter } from '../feedback/feedback.inputs';
import { themeTrends } from './theme-trends.service';
import { trend } from './trends.service';
import { Dimension, Interval, Metric, ThemeTrendType, TrendSeriesType } from './trends.type';

@Resolver()
export class TrendResolver {
  @Query(() => [TrendSeriesType], { description: 'A metric per local period, with n, interval, change and significance (product.md, "Metrics"). Everyone signed in.' })
  trend(
    @Ctx() ctx: Context,
    @Arg('metric', () => Metric) metric: Metric,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: 'QUARTER' }) interval: Interval,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('segmentBy', () => Dimension, { nullable: true }) segmentBy?: Dimension,
  ) {
    return trend(ctx, { metric, interval, filter, segmentBy });
  }

  @Query(() => [ThemeTrendType], { description: 'Themes whose share of feedback changed most between the latest period and the one before. Everyone signed in.' })
  themeTrends(
    @Ctx() ctx: Context,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: 'QUARTER' }) interval: Interval = 'QUARTER',
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number = 10,
  ) {
    return themeTrends(ctx, { filter, interval, first });
  }
}
