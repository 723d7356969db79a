// The executive dashboard's API (api-contract.md, "Trends"): one point per local period of a metric,
// with its n, 95% interval, change against the period before and whether that change is significant.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/enums';
import { ThemeType } from '../catalog/catalog.type';

export const Metric = graphqlEnum('Metric', [
  'NPS', 'CSAT', 'CES', 'CLI', 'VOLUME', 'RESPONSE_RATE', 'FIRST_RESPONSE_HOURS', 'SLA_ATTAINMENT',
] as const, 'Definitions, items counted and intervals: product.md, "Metrics".');
export type Metric = keyof typeof Metric;

export const Interval = graphqlEnum('Interval', ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const,
  "Periods in the organisation's time zone (CHORUS_TIME_ZONE); weeks start on Monday.");
export type Interval = keyof typeof Interval;

export const Dimension = graphqlEnum('Dimension', ['DEPARTMENT', 'PRODUCT', 'REGION', 'SEGMENT', 'CHANNEL'] as const);
export type Dimension = keyof typeof Dimension;

@ObjectType('TrendPoint')
export class TrendPointType {
  @Field(() => Date, { description: "the instant the period starts in the organisation's time zone" }) periodStart: Date;
  @Field(() => Float, { nullable: true, description: 'null when not sufficient' }) value: number | null;
  @Field(() => Int, { description: 'responses (or items; invitations for RESPONSE_RATE) behind the value' }) n: number;
  @Field(() => Float, { nullable: true, description: '95% interval, where the metric has one' }) low: number | null;
  @Field(() => Float, { nullable: true }) high: number | null;
  @Field(() => Float, { nullable: true, description: "value minus the previous period's value; null for the first point or when either is not sufficient" })
  change: number | null;
  @Field(() => Boolean, { description: '|change| > 1.96 × √(SE₁² + SE₂²)' }) significant: boolean;
  @Field(() => Boolean, { description: 'n reaches the minimum (CHORUS_MIN_RESPONSES, 30 by default); VOLUME always' }) sufficient: boolean;
}

@ObjectType('TrendSeries')
export class TrendSeriesType {
  @Field(() => String, { nullable: true, description: "null when not segmented; else the department's, product's or region's name, or the enum value" })
  segment: string | null;
  @Field(() => String, { nullable: true, description: "the department's or product's id, for a drill-down filter (the name for REGION, the value for SEGMENT and CHANNEL)" })
  segmentKey: string | null;
  @Field(() => [TrendPointType]) points: TrendPointType[];
}

@ObjectType('ThemeTrend')
export class ThemeTrendType {
  @Field(() => ThemeType) theme: ThemeType;
  @Field(() => Int, { description: 'feedback items with the theme in the latest period' }) current: number;
  @Field(() => Int, { description: '… in the period before' }) previous: number;
  @Field(() => Float, { description: '× 100 of all feedback in the latest period' }) currentShare: number;
  @Field(() => Float) previousShare: number;
  @Field(() => Float, { description: 'currentShare − previousShare' }) change: number;
  @Field(() => Boolean, { description: 'two-proportion test at 95%' }) significant: boolean;
  @Field(() => Float, { nullable: true, description: '× 100 of the current items that are NEGATIVE' }) negativeShare: number | null;
  @Field(() => Date, { description: 'the latest period' }) periodStart: Date;
}
