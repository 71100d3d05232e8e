// Who is signed in, and signing out, in the page header.
import { Button } from '../../components/utrecht/index.ts';
import { signOut, type Session } from '../../lib/session.ts';

export function SessionBar({ session }: { session: Session }) {
  return (
    <p className="app-session" data-testid="session">
      Aangemeld als <strong>{session.user.label}</strong>{' '}
      <Button type="button" onClick={signOut}>
        Afmelden
      </Button>
    </p>
  );
}
