// Signing in. In development the gateway's demo issuer offers a user per role and organisation;
// this picker is clearly marked as demo. Where the demo login is off (production) it says so: the
// organisation's own identity provider then issues the tokens.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Alert, Button, FormField, Heading, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';
import { signIn } from '../../lib/session.ts';

interface DemoUserOption {
  id: string;
  label: string;
  role: string;
  secondFactor: boolean;
}

type Users = { status: 'loading' } | { status: 'off' } | { status: 'error'; message: string } | { status: 'ready'; users: DemoUserOption[] };

async function fetchUsers(signal: AbortSignal): Promise<Users> {
  const response = await fetch('/auth/dev/users', { signal });
  if (response.status === 404) return { status: 'off' };
  if (!response.ok) return { status: 'error', message: `de server antwoordde met HTTP ${response.status}` };
  return { status: 'ready', users: ((await response.json()) as { users: DemoUserOption[] }).users };
}

export function DemoLogin() {
  const selectId = useId();
  const [users, setUsers] = useState<Users>({ status: 'loading' });
  const [chosen, setChosen] = useState('werkgroep');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchUsers(controller.signal).then(setUsers, (error: unknown) => {
      if (!controller.signal.aborted) setUsers({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => controller.abort();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const response = await fetch('/auth/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: chosen }) }).catch(() => null);
    const user = users.status === 'ready' ? users.users.find((u) => u.id === chosen) : undefined;
    if (!response?.ok || !user) {
      setProblem('Aanmelden is niet gelukt: de server gaf geen token. Probeer het opnieuw.');
      return;
    }
    const { token } = (await response.json()) as { token: string };
    signIn({ token, user: { id: user.id, label: user.label } });
  }

  return (
    <section aria-labelledby={`${selectId}-kop`} className="app-login">
      <Heading level={1} id={`${selectId}-kop`}>
        Aanmelden
      </Heading>
      {users.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
      {users.status === 'off' && (
        <Alert type="info">Aanmelden gaat via de identiteitsprovider van uw organisatie. Vraag uw beheerder om een account.</Alert>
      )}
      {users.status === 'error' && <Alert type="error">De aanmeldgegevens konden niet worden geladen: {users.message}</Alert>}
      {users.status === 'ready' && (
        <form onSubmit={(event) => void submit(event)}>
          <Alert type="warning">
            <strong>Demo-aanmelding.</strong> Alleen voor ontwikkeling en demonstratie: kies een rol, zonder wachtwoord. In productie staat deze
            aanmelding uit en meldt u zich aan via uw organisatie, met een tweede factor.
          </Alert>
          <FormField inputId={selectId} label="Aanmelden als">
            <Select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {users.users.map((u) => (
                <SelectOption key={u.id} value={u.id}>
                  {u.label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Button type="submit" appearance="primary-action">
            Aanmelden
          </Button>
          {problem && <Alert type="error">{problem}</Alert>}
        </form>
      )}
    </section>
  );
}
