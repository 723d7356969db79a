import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { UserType } from '../org/org.type';
import { signIn, signOut } from './session.service';

@Resolver()
export class SessionResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null when signed out.' })
  viewer(@Ctx() ctx: Context) {
    return ctx.viewer;
  }

  @Mutation(() => UserType, { description: 'Sets the HttpOnly session cookie.' })
  signIn(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return signIn(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie.' })
  signOut(@Ctx() ctx: Context) {
    return signOut(ctx);
  }
}
