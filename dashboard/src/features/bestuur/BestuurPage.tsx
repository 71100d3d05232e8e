// Bestuurlijk overleg: every covenant's targets on one screen, on a peildatum kept in the URL.
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useTargets } from '../../hooks/useTargets.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { groupByCovenant } from '../../transforms/targets.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { CovenantTargets } from './CovenantTargets.tsx';
import { PeildatumForm } from './PeildatumForm.tsx';
import { usePeildatum } from './usePeildatum.ts';
import './bestuur.css';

export const BESTUUR_PAGE_TITLE = 'Bestuurlijk overleg';

export function BestuurPage() {
  const today = todayInNetherlands();
  const [peildatum, setPeildatum] = usePeildatum(today);
  const targets = useTargets(peildatum);
  const groups = targets.status === 'success' ? groupByCovenant(targets.data.targets, peildatum, today) : [];
  return (
    <>
      <Heading level={1}>{BESTUUR_PAGE_TITLE}</Heading>
      <Paragraph lead>
        De streefaantallen van alle convenanten op één scherm: wat er is gerealiseerd, wat naar rato verwacht mocht worden, de prognose voor het eind van de
        periode en de eerstvolgende evaluatie.
      </Paragraph>
      <Paragraph>
        <strong>Op koers</strong>: de prognose ligt binnen de marge van het streefaantal. <strong>Achter</strong>: de prognose ligt eronder.{' '}
        <strong>Boven</strong>: het streefaantal is al gehaald, of de prognose ligt erboven.
      </Paragraph>
      <PeildatumForm peildatum={peildatum} today={today} onChange={setPeildatum} />
      <div className="app-result" aria-busy={targets.status === 'loading'}>
        <div role="status" className="app-result__status">
          {targets.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
        </div>
        {targets.status === 'error' && <LoadError message={targets.error.message} onRetry={targets.retry} />}
        {targets.status === 'success' && groups.length === 0 && <Alert type="info">Er zijn (nog) geen streefaantallen vastgelegd.</Alert>}
        {groups.map((group) => (
          <CovenantTargets key={group.covenant.id} group={group} peildatum={peildatum} today={today} onChanged={targets.retry} />
        ))}
      </div>
    </>
  );
}
