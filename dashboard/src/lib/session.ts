// Who is signed in, for this browser tab: the bearer token and the user it was issued for. Kept in
// sessionStorage (gone when the tab closes), read by every GraphQL request.

export interface SessionUser {
  id: string;
  label: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

export const SESSION_KEY = 'uitstroommonitor.sessie';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  const raw = storage()?.getItem(SESSION_KEY) ?? null;
  if (raw === cached.raw) return cached.session;
  let session: Session | null = null;
  try {
    const parsed = raw === null ? null : (JSON.parse(raw) as Partial<Session>);
    if (typeof parsed?.token === 'string' && typeof parsed.user?.id === 'string' && typeof parsed.user.label === 'string') session = parsed as Session;
  } catch {
    session = null;
  }
  cached = { raw, session };
  return session;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function signIn(session: Session): void {
  storage()?.setItem(SESSION_KEY, JSON.stringify(session));
  notify();
}

export function signOut(): void {
  storage()?.removeItem(SESSION_KEY);
  notify();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The Authorization header of the signed-in user, or none. */
export function authorizationHeader(): Record<string, string> {
  const session = currentSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
