import { useSyncExternalStore } from 'react';
import { currentSession, subscribeSession, type Session } from '../../lib/session.ts';

/** The signed-in user; re-renders on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, currentSession, () => null);
}
