// Evaluaties: the calendar, evaluations with frozen figures, notes and actions, and the printable
// report. Which view shows comes from the URL (`convenant`, `evaluatie`, `afdruk`).
import './evaluaties.css';
import { useId } from 'react';
import { Alert, FormField, Heading, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';
import { useCovenants, type CovenantsData } from '../../hooks/useCovenants.ts';
import { REPORT_PDF_PATH } from '../../lib/report.ts';
import { resolveCovenant, sortCovenantsByName } from '../../transforms/filters.ts';
import { todayInNetherlands } from '../../transforms/periods.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { CovenantEvaluations } from './CovenantEvaluations.tsx';
import { EvaluationDetail } from './EvaluationDetail.tsx';
import { EvaluationReport } from './EvaluationReport.tsx';
import { useEvaluatiesLocation, type EvaluatiesNavigation } from './useEvaluatiesLocation.ts';

export const EVALUATIES_PAGE_TITLE = 'Evaluaties';

type CovenantList = CovenantsData['covenants'];

function subRegionNames(list: CovenantList) {
  return (covenantId: string, subRegionId: string | null) =>
    subRegionId === null ? 'hele convenant' : (list.find((c) => c.id === covenantId)?.subRegions.find((s) => s.id === subRegionId)?.name ?? subRegionId);
}

export function EvaluatiesPage() {
  const navigation = useEvaluatiesLocation();
  const covenants = useCovenants();
  const list = covenants.status === 'success' ? covenants.data.covenants : [];
  const { location, hrefFor, go } = navigation;
  if (location.evaluationId !== null) {
    const id = location.evaluationId;
    const at = (print: boolean) => ({ covenantId: location.covenantId, evaluationId: id, print });
    const pdfHref = `${REPORT_PDF_PATH}?evaluatie=${encodeURIComponent(id)}`;
    if (location.print) return <EvaluationReport id={id} subRegionName={subRegionNames(list)} pdfHref={pdfHref} detail={{ href: hrefFor(at(false)), onNavigate: () => go(at(false), 'push') }} />;
    const back = (covenantId: string | null) => {
      const target = { covenantId: covenantId ?? location.covenantId, evaluationId: null, print: false };
      return { href: hrefFor(target), onNavigate: () => go(target, 'push') };
    };
    return <EvaluationDetail id={id} subRegionName={subRegionNames(list)} links={{ back, printHref: hrefFor(at(true)), pdfHref }} />;
  }
  return <CalendarPage covenants={covenants} list={list} navigation={navigation} />;
}

function CalendarPage({ covenants, list, navigation }: { covenants: ReturnType<typeof useCovenants>; list: CovenantList; navigation: EvaluatiesNavigation }) {
  const id = useId();
  const { location, hrefFor, go } = navigation;
  const selected = resolveCovenant(list, location.covenantId);
  const open = (covenantId: string) => (evaluationId: string) => ({ covenantId, evaluationId, print: false });
  return (
    <div className="app-evaluations">
      <Heading level={1}>{EVALUATIES_PAGE_TITLE}</Heading>
      <Paragraph lead>Evaluaties volgens de afspraken in het convenant: de cijfers van de periode worden vastgelegd, met notities en afgesproken acties, tot de werkgroep de evaluatie vaststelt.</Paragraph>
      <div role="status">{covenants.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}</div>
      {covenants.status === 'error' && <LoadError message={covenants.error.message} onRetry={covenants.retry} />}
      {covenants.status === 'success' && selected === undefined && <Alert type="warning">Er zijn (nog) geen convenanten beschikbaar.</Alert>}
      {selected !== undefined && (
        <>
          <form className="app-filters" onSubmit={(e) => e.preventDefault()}>
            <FormField inputId={`${id}-convenant`} label="Convenant" className="app-filters__covenant">
              <Select id={`${id}-convenant`} name="convenant" value={selected.id} onChange={(e) => go({ covenantId: e.target.value, evaluationId: null, print: false }, 'replace')}>
                {sortCovenantsByName(list).map((c) => (
                  <SelectOption key={c.id} value={c.id}>
                    {c.name}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          </form>
          <CovenantEvaluations
            key={selected.id}
            covenant={selected}
            subRegions={list.find((c) => c.id === selected.id)?.subRegions ?? []}
            today={todayInNetherlands()}
            hrefForEvaluation={(evaluationId) => hrefFor(open(selected.id)(evaluationId))}
            onOpenEvaluation={(evaluationId) => go(open(selected.id)(evaluationId), 'push')}
          />
        </>
      )}
    </div>
  );
}
