// How a follow-up was made. The API stores a free string (50 characters); the portal offers these and
// shows any other value as written (the demo data and older entries may hold their own words).

export const FOLLOW_UP_CHANNELS = ['phone', 'email', 'sms', 'meeting', 'other'] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export function channelLabel(channel: string, t: (key: string) => string): string {
  return (FOLLOW_UP_CHANNELS as readonly string[]).includes(channel) ? t(`actions.channels.${channel}`) : channel;
}
