import type { ReasonText } from '@/shared/errors';
import { useFailures } from '@/shared/composables/useFailures';
import { useReasonText } from '@/shared/composables/useReasonText';

/**
 * The API's field reasons in the viewer's language. The app's words for a code are about ideas where
 * ideas have the same code (STATUS_NOT_ALLOWED, DECLINE_REASON_REQUIRED): a request's own words come
 * first, and statuses are named as the portal names a request's.
 */
export const useRequestReasonText = (): ReasonText =>
  useReasonText({ own: 'featureRequests.request.reasons', statuses: 'featureRequestStatus' });

/** Runs mutations and reads their refusals in a request's words (call in setup). */
export const useRequestFailures = () => useFailures(useRequestReasonText());
