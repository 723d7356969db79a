// Who may store feedback. Ingestion writes what everyone will read and creates customer contacts, so
// it is for the CX programme's owners; survey tools and help desks will come with API keys of their
// own (api-contract.md), allowed ingestion and nothing else.
import type { Viewer } from '../../shared/auth';

export const mayIngest = (viewer: Viewer): boolean => viewer.role === 'ADMIN';
