// The viewer: who is asking. For now it comes from development headers the gateway forwards
// (x-viewer-role, x-viewer-organisation); authentication replaces the source, not the shape.

/** Rol: what a user may do. */
export type ViewerRole = 'beheerder' | 'werkgroep' | 'bestuurder' | 'analist' | 'medewerker' | 'anoniem';

export interface Viewer {
  role: ViewerRole;
  /** The party (organisation) the viewer works for, when known. */
  organisationId: string | null;
  /** The user's name or identifier, when known (recorded with every change). */
  user?: string | null;
}

const ROLES: readonly ViewerRole[] = ['beheerder', 'werkgroep', 'bestuurder', 'analist', 'medewerker', 'anoniem'];
export const VIEWER_HEADERS = { role: 'x-viewer-role', organisation: 'x-viewer-organisation', user: 'x-viewer-user' } as const;

export function viewerFromHeaders(get: (name: string) => string | null | undefined): Viewer {
  const role = get(VIEWER_HEADERS.role)?.trim().toLowerCase();
  const organisation = get(VIEWER_HEADERS.organisation)?.trim();
  const user = get(VIEWER_HEADERS.user)?.trim();
  return {
    role: ROLES.find((r) => r === role) ?? 'anoniem',
    organisationId: organisation && /^[a-z0-9-]{1,64}$/.test(organisation) ? organisation : null,
    // Printable, bounded: it is stored as given.
    user: user && /^[\p{L}\p{N} .@'_-]{1,100}$/u.test(user) ? user : null,
  };
}
