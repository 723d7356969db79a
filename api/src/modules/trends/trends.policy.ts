// Who may read trends: everyone signed in. Sharing the numbers is the point of Chorus (api-contract.md),
// and a trend holds no verbatim and no contact.
import type { Viewer } from '../../shared/auth';

export const mayReadTrends = (_viewer: Viewer): boolean => true;
