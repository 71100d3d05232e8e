// The monitor's selection: covenant, period, sub-region and target group. Changes apply at once.
import { useId } from 'react';
import { targetGroupLabel } from '../../components/outflowChartConfig.ts';
import { FormField, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';
import { TARGET_GROUPS, isTargetGroup, type CovenantSummary } from '../../lib/contract.ts';
import { FIRST_SELECTABLE_YEAR, type MonitorFilters } from '../../transforms/monitor-filters.ts';
import { parsePeriod, selectablePeriods, type PeriodKind, type ReportPeriod } from '../../transforms/periods.ts';

export interface MonitorFilterFormProps {
  covenants: readonly CovenantSummary[];
  subRegions: readonly { id: string; name: string }[];
  selectedCovenantId: string;
  filters: MonitorFilters;
  today: string;
  onChange: (next: MonitorFilters) => void;
}

const GROUP_LABELS: Record<PeriodKind, string> = { halfjaar: 'Halfjaren', jaar: 'Jaren', kwartaal: 'Kwartalen' };
const ALL = '';

export function MonitorFilterForm({ covenants, subRegions, selectedCovenantId, filters, today, onChange }: MonitorFilterFormProps) {
  const id = useId();
  const periods = selectablePeriods(FIRST_SELECTABLE_YEAR, today);
  return (
    <form className="app-filters" aria-describedby={`${id}-hint`} onSubmit={(event) => event.preventDefault()}>
      <Paragraph id={`${id}-hint`} className="app-filters__hint">
        Cijfers, grafieken en tabellen worden bijgewerkt zodra u een keuze maakt. De gekozen periode wordt vergeleken met de periode ervoor.
      </Paragraph>
      <div className="app-filters__fields">
        <FormField inputId={`${id}-convenant`} label="Convenant" className="app-filters__covenant">
          <Select id={`${id}-convenant`} name="convenant" value={selectedCovenantId} onChange={(e) => onChange({ ...filters, covenantId: e.target.value, subRegionId: null })}>
            {covenants.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {c.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField inputId={`${id}-periode`} label="Periode">
          <Select id={`${id}-periode`} name="periode" value={filters.period.code} onChange={(e) => onChange({ ...filters, period: parsePeriod(e.target.value) as ReportPeriod })}>
            {(Object.keys(GROUP_LABELS) as PeriodKind[]).map((kind) => (
              <optgroup key={kind} label={GROUP_LABELS[kind]}>
                {periods[kind].map((p) => (
                  <SelectOption key={p.code} value={p.code}>
                    {p.label}
                  </SelectOption>
                ))}
              </optgroup>
            ))}
          </Select>
        </FormField>
        {subRegions.length > 0 && (
          <FormField inputId={`${id}-deelregio`} label="Deelregio">
            <Select id={`${id}-deelregio`} name="deelregio" value={filters.subRegionId ?? ALL} onChange={(e) => onChange({ ...filters, subRegionId: e.target.value === ALL ? null : e.target.value })}>
              <SelectOption value={ALL}>Alle deelregio’s</SelectOption>
              {subRegions.map((s) => (
                <SelectOption key={s.id} value={s.id}>
                  {s.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        <FormField inputId={`${id}-doelgroep`} label="Doelgroep">
          <Select
            id={`${id}-doelgroep`}
            name="doelgroep"
            value={filters.targetGroup ?? ALL}
            onChange={(e) => onChange({ ...filters, targetGroup: isTargetGroup(e.target.value) ? e.target.value : null })}
          >
            <SelectOption value={ALL}>Alle doelgroepen</SelectOption>
            {TARGET_GROUPS.map((g) => (
              <SelectOption key={g} value={g}>
                {targetGroupLabel(g)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </form>
  );
}
