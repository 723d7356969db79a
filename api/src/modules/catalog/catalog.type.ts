import { Field, ID, ObjectType } from 'type-graphql';
import { surveyTypeEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';

export const SurveyType = graphqlEnum('SurveyType', surveyTypeEnum.enumValues);
export type SurveyType = keyof typeof SurveyType;

@ObjectType('Product')
export class ProductType {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}

@ObjectType('Survey')
export class SurveyObject {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => SurveyType) type: SurveyType;
}

@ObjectType('Theme')
export class ThemeType {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}
