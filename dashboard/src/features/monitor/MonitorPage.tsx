// Container for the werkgroep's uitstroommonitor: selection from the URL, one operation, states.
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { useCovenants } from '../../hooks/useCovenants.ts';
import { useMonitor } from '../../hooks/useMonitor.ts';
import { resolveCovenant, sortCovenantsByName } from '../../transforms/filters.ts';
import { resolveSubRegion } from '../../transforms/monitor-filters.ts';
import { previousPeriod, todayInNetherlands } from '../../transforms/periods.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { MonitorFilterForm } from './MonitorFilterForm.tsx';
import { MonitorResult } from './MonitorResult.tsx';
import { useMonitorFilters } from './useMonitorFilters.ts';

export const MONITOR_PAGE_TITLE = 'Uitstroommonitor';

export function MonitorPage() {
  const today = todayInNetherlands();
  const covenants = useCovenants();
  const [filters, setFilters] = useMonitorFilters();
  const list = covenants.status === 'success' ? covenants.data.covenants : [];
  const selected = resolveCovenant(list, filters.covenantId);
  const subRegions = list.find((c) => c.id === selected?.id)?.subRegions ?? [];
  const subRegionId = resolveSubRegion(subRegions, filters.subRegionId);
  const previous = previousPeriod(filters.period);
  const monitor = useMonitor(
    selected === undefined
      ? null
      : { covenantId: selected.id, from: filters.period.from, to: filters.period.to, previousFrom: previous.from, previousTo: previous.to, subRegionId, targetGroup: filters.targetGroup },
  );
  const scope = [
    selected?.name,
    subRegions.find((s) => s.id === subRegionId)?.name,
    filters.targetGroup === null ? undefined : targetGroupLabel(filters.targetGroup),
  ].filter((part) => part !== undefined);

  return (
    <>
      <Heading level={1}>{MONITOR_PAGE_TITLE}</Heading>
      <Paragraph lead>
        De halfjaarlijkse monitor van de werkgroep: uitstroom, wachttijd, woonplaatsbeginsel en wat er na de woning gebeurt, vergeleken met de periode ervoor.
      </Paragraph>
      <div role="status">{covenants.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}</div>
      {covenants.status === 'error' && <LoadError message={covenants.error.message} onRetry={covenants.retry} />}
      {covenants.status === 'success' && selected === undefined && <Alert type="warning">Er zijn (nog) geen convenanten beschikbaar.</Alert>}
      {selected !== undefined && (
        <>
          <MonitorFilterForm
            covenants={sortCovenantsByName(list)}
            subRegions={subRegions}
            selectedCovenantId={selected.id}
            filters={{ ...filters, subRegionId }}
            today={today}
            onChange={setFilters}
          />
          <MonitorResult
            monitor={monitor}
            scope={scope.join(', ')}
            fileScope={[selected.id, subRegionId ?? '', filters.targetGroup ?? ''].filter((part) => part !== '').join('-')}
            period={filters.period}
            previous={previous}
          />
        </>
      )}
    </>
  );
}
