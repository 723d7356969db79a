import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FeedbackInput, IngestResult } from './ingest.inputs';
import { ingestFeedback } from './ingest.service';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description: 'Stores feedback from survey tools and help desks. A rejected row stores nothing; the others are stored. Idempotent on (source, externalId).',
  })
  ingestFeedback(@Arg('input', () => [FeedbackInput]) input: FeedbackInput[], @Ctx() ctx: Context) {
    return ingestFeedback(ctx, input);
  }
}
