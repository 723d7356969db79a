// Who may see the catalog. Products and themes are the vocabulary every filter of the feedback hub
// speaks, so everyone signed in reads them.
import type { Viewer } from '../../shared/auth';

export const mayBrowseCatalog = (_viewer: Viewer): boolean => true;
