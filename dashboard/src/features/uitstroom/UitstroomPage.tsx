// Container for "Uitstroom per doelgroep per kwartaal": hooks, selection and states; drawing is left to components.
import { useId } from 'react';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useCovenants } from '../../hooks/useCovenants.ts';
import { useOutflow } from '../../hooks/useOutflow.ts';
import { resolveCovenant, sortCovenantsByName, yearRangeError, yearRangeToDates } from '../../transforms/filters.ts';
import { OutflowFilterForm } from './OutflowFilterForm.tsx';
import { LoadError, OutflowResult } from './OutflowResult.tsx';
import { useUrlFilters } from './useUrlFilters.ts';

export const PAGE_TITLE = 'Uitstroom per doelgroep per kwartaal';

export function UitstroomPage() {
  const headingId = useId();
  const covenants = useCovenants();
  const [filters, setFilters] = useUrlFilters();

  const gatewayOrder = covenants.status === 'success' ? covenants.data.covenants : [];
  // The default is the gateway's first covenant; the select lists them alphabetically.
  const selected = resolveCovenant(gatewayOrder, filters.covenantId);
  const rangeValid = yearRangeError(filters) === null;
  const outflow = useOutflow(
    selected !== undefined && rangeValid
      ? { covenantId: selected.id, ...yearRangeToDates(filters.fromYear, filters.toYear) }
      : null,
  );

  return (
    <>
      <Heading level={1}>{PAGE_TITLE}</Heading>
      <Paragraph lead>
        Hoeveel mensen per kwartaal zijn uitgestroomd naar een eigen woning, per doelgroep en per convenant.
      </Paragraph>
      <div role="status">{covenants.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}</div>
      {covenants.status === 'error' && <LoadError message={covenants.error.message} onRetry={covenants.retry} />}
      {covenants.status === 'success' && selected === undefined && (
        <Alert type="warning">Er zijn (nog) geen convenanten beschikbaar.</Alert>
      )}
      {selected !== undefined && (
        <>
          <OutflowFilterForm
            covenants={sortCovenantsByName(gatewayOrder)}
            selectedCovenantId={selected.id}
            filters={filters}
            onChange={setFilters}
          />
          {rangeValid && (
            <OutflowResult
              headingId={headingId}
              heading={`${selected.name}, ${filters.fromYear} t/m ${filters.toYear}`}
              outflow={outflow}
            />
          )}
        </>
      )}
    </>
  );
}
