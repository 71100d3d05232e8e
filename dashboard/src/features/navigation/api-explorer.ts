// Who may open the API-verkenner (the bundled GraphiQL at /graphiql.html): the roles that may run
// their own operations and introspect the schema — the analist and the beheerder. The role is the
// `role` claim of the session's token, the same claim the gateway reads; the dashboard only uses it
// to decide what to show, the gateway still decides what is allowed.

export const API_EXPLORER_PATH = '/graphiql.html';

const EXPLORER_ROLES: ReadonlySet<string> = new Set(['analist', 'beheerder']);

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The `role` claim of a JWT, unverified (display only); null when the token is not a JWT or has none. */
export function tokenRole(token: string): string | null {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return null;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    const role = typeof claims === 'object' && claims !== null ? (claims as { role?: unknown }).role : undefined;
    return typeof role === 'string' ? role : null;
  } catch {
    return null;
  }
}

export function mayUseApiExplorer(role: string | null): boolean {
  return role !== null && EXPLORER_ROLES.has(role);
}
