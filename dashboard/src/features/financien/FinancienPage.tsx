// Financiën: the VoorzieningenWijzer cost split per party and year, and every Garantiefonds with its
// balance, claims and contribution rounds. One operation finds what there is; each part fetches its own.
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useFinanceCovenants } from '../../hooks/useFinancien.ts';
import { costCovenants } from '../../transforms/funding-figures.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { CostSplit } from './CostSplit.tsx';
import { FundPanel } from './FundPanel.tsx';
import './financien.css';

export const FINANCIEN_PAGE_TITLE = 'Financiën';

export function FinancienPage() {
  const today = todayInNetherlands();
  const covenants = useFinanceCovenants();
  const list = covenants.status === 'success' ? covenants.data.covenants : [];
  const funds = list.flatMap((c) => c.funds);
  return (
    <>
      <Heading level={1}>{FINANCIEN_PAGE_TITLE}</Heading>
      <Paragraph lead>
        Wat de partijen betalen: de kostenverdeling van de VoorzieningenWijzer per jaar, en het Garantiefonds met zijn saldo, claims en bijdragerondes. Alle bedragen
        in euro’s, tot op de cent.
      </Paragraph>
      <div className="app-result" aria-busy={covenants.status === 'loading'}>
        <div role="status" className="app-result__status">
          {covenants.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
        </div>
        {covenants.status === 'error' && <LoadError message={covenants.error.message} onRetry={covenants.retry} />}
        {covenants.status === 'success' && (
          <>
            <CostSplit covenants={costCovenants(list)} today={today} />
            {funds.length === 0 && <Alert type="info">Er is (nog) geen garantiefonds vastgelegd.</Alert>}
            {funds.map((fund) => (
              <FundPanel key={fund.id} fundId={fund.id} fundName={fund.name} />
            ))}
          </>
        )}
      </div>
    </>
  );
}
