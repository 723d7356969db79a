// Who may see the organisation. Departments and colleagues (name, email, role, department) are shared
// with everyone signed in: routing, assigning and @mentions all need them. Changing them (ADMIN) comes
// with the administration screens.
import type { Viewer } from '../../shared/auth';

export const mayBrowseOrganisation = (_viewer: Viewer): boolean => true;
