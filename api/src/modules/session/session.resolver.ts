import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PortalLocale, UserType } from '../org/org.type';
import { setLocale, signIn, signOut, viewerLocale } from './session.service';

@Resolver(() => UserType)
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

  @Mutation(() => UserType, { description: "The viewer's portal language (en, nb or sv): the emails Chorus sends them are in it." })
  setLocale(@Arg('locale', () => PortalLocale) locale: PortalLocale, @Ctx() ctx: Context) {
    return setLocale(ctx, locale);
  }

  @FieldResolver(() => PortalLocale, { nullable: true, description: "the viewer's own portal language as they chose it (null: the browser's); null for anyone else" })
  locale(@Root() user: UserType, @Ctx() ctx: Context) {
    return viewerLocale(ctx, user.id);
  }
}
