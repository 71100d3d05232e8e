// The selection: covenant and year range. Changes apply at once; the hint says so up front.
import { useId } from 'react';
import { FormField, FormFieldDescription, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';
import type { CovenantSummary } from '../../lib/contract.ts';
import { selectableYears, yearRangeError, type OutflowFilters } from '../../transforms/filters.ts';

export interface OutflowFilterFormProps {
  covenants: readonly CovenantSummary[];
  selectedCovenantId: string;
  filters: OutflowFilters;
  onChange: (next: OutflowFilters) => void;
}

export function OutflowFilterForm({ covenants, selectedCovenantId, filters, onChange }: OutflowFilterFormProps) {
  const id = useId();
  const ids = { covenant: `${id}-convenant`, hint: `${id}-hint`, error: `${id}-fout` };
  const rangeError = yearRangeError(filters);
  const yearDescribedBy = rangeError === null ? ids.hint : `${ids.error} ${ids.hint}`;

  return (
    <form className="app-filters" aria-describedby={ids.hint} onSubmit={(event) => event.preventDefault()}>
      <Paragraph id={ids.hint} className="app-filters__hint">
        Grafiek en tabel worden bijgewerkt zodra u een keuze maakt.
      </Paragraph>
      <div className="app-filters__fields">
        <FormField inputId={ids.covenant} label="Convenant" className="app-filters__covenant">
          <Select
            id={ids.covenant}
            name="convenant"
            value={selectedCovenantId}
            onChange={(event) => onChange({ ...filters, covenantId: event.target.value })}
          >
            {covenants.map((covenant) => (
              <SelectOption key={covenant.id} value={covenant.id}>
                {covenant.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <YearField
          name="van"
          label="Van jaar"
          value={filters.fromYear}
          invalid={rangeError !== null}
          describedBy={yearDescribedBy}
          onChange={(fromYear) => onChange({ ...filters, fromYear })}
        />
        <YearField
          name="tot"
          label="Tot en met jaar"
          value={filters.toYear}
          invalid={rangeError !== null}
          describedBy={yearDescribedBy}
          onChange={(toYear) => onChange({ ...filters, toYear })}
        />
      </div>
      {rangeError !== null && (
        <FormFieldDescription id={ids.error} invalid role="alert">
          {rangeError}
        </FormFieldDescription>
      )}
    </form>
  );
}

interface YearFieldProps {
  name: string;
  label: string;
  value: number;
  invalid: boolean;
  describedBy: string;
  onChange: (year: number) => void;
}

function YearField({ name, label, value, invalid, describedBy, onChange }: YearFieldProps) {
  const inputId = `${useId()}-${name}`;
  return (
    <FormField inputId={inputId} label={label} invalid={invalid}>
      <Select
        id={inputId}
        name={name}
        value={value}
        invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {selectableYears().map((year) => (
          <SelectOption key={year} value={year}>
            {year}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
