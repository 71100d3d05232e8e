// The API-verkenner page: who is signed in decides what it shows. GraphiQL (with Monaco, a few MB)
// loads only for a signed-in analist or beheerder; everyone else gets a short Dutch message at once.
import { lazy, Suspense } from 'react';
import { useSession } from '../features/aanmelden/useSession.ts';
import { mayUseApiExplorer, tokenRole } from '../features/navigation/api-explorer.ts';
import { signOut } from '../lib/session.ts';

const Ide = lazy(() => import('./Ide.tsx'));

function SignedOut() {
  return (
    <div className="api-explorer__message" role="alert">
      <h1>U bent niet aangemeld</h1>
      <p>
        De API-verkenner gebruikt de aanmelding van het dashboard. <a href="/">Meld u aan op het dashboard</a> en open daar de
        API-verkenner (rechtsboven).
      </p>
    </div>
  );
}

function NotAllowed({ role }: { role: string | null }) {
  return (
    <div className="api-explorer__message" role="alert">
      <h1>Geen toegang tot de API-verkenner</h1>
      <p>
        De API-verkenner is er voor de analist en de beheerder: zij mogen zelf bevragingen opstellen en de beschrijving van de API
        inzien. {role === null ? 'Uw aanmelding noemt geen rol.' : `Uw rol is ${role}.`} <a href="/">Terug naar het dashboard</a>
      </p>
    </div>
  );
}

export function ApiExplorerPage() {
  const session = useSession();
  const role = session === null ? null : tokenRole(session.token);
  return (
    <div className="api-explorer">
      <header className="api-explorer__header">
        <p className="api-explorer__brand">
          Uitstroommonitor <span aria-hidden="true">·</span> API-verkenner
        </p>
        {session && (
          <p className="api-explorer__session" data-testid="session">
            Aangemeld als <strong>{session.user.label}</strong>{' '}
            <button type="button" onClick={signOut}>
              Afmelden
            </button>
          </p>
        )}
        <a href="/">Naar het dashboard</a>
      </header>
      <main className="api-explorer__main">
        {session === null ? (
          <SignedOut />
        ) : !mayUseApiExplorer(role) ? (
          <NotAllowed role={role} />
        ) : (
          <Suspense fallback={<p className="api-explorer__message" role="status">De API-verkenner wordt geladen…</p>}>
            <Ide />
          </Suspense>
        )}
      </main>
    </div>
  );
}
