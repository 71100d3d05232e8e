// The date the targets' progress is shown for: by default each covenant's own data date
// (gegevens t/m), or the end of a month. Only those dates exist for protected figures, so the form
// offers nothing else. Changes apply at once.
import { useId } from 'react';
import { FormField, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';
import type { IsoDate } from '../../lib/contract.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { selectableMonthEnds } from '../../transforms/peildatum.ts';

export interface PeildatumFormProps {
  /** null: each covenant's data date. */
  peildatum: IsoDate | null;
  today: IsoDate;
  onChange: (next: IsoDate | null) => void;
}

/** The select's value for "each covenant's data date". */
const DATA_DATE = '';

export function PeildatumForm({ peildatum, today, onChange }: PeildatumFormProps) {
  const id = useId();
  return (
    <form className="app-filters app-peildatum" aria-describedby={`${id}-hint`} onSubmit={(event) => event.preventDefault()}>
      <Paragraph id={`${id}-hint`} className="app-filters__hint">
        De voortgang geldt tot en met de peildatum: standaard de laatste dag waarover elk convenant gegevens heeft (‘gegevens t/m’). Kies het einde van een eerdere
        maand om te zien hoe het er toen voor stond.
      </Paragraph>
      <div className="app-filters__fields">
        <FormField inputId={`${id}-peildatum`} label="Peildatum">
          <Select id={`${id}-peildatum`} name="peildatum" value={peildatum ?? DATA_DATE} onChange={(event) => onChange(event.target.value === DATA_DATE ? null : event.target.value)}>
            <SelectOption value={DATA_DATE}>Gegevens t/m (per convenant)</SelectOption>
            {selectableMonthEnds(today).map((group) => (
              <optgroup key={group.year} label={String(group.year)}>
                {group.dates.map((date) => (
                  <SelectOption key={date} value={date}>
                    {formatDate(date)}
                  </SelectOption>
                ))}
              </optgroup>
            ))}
          </Select>
        </FormField>
      </div>
    </form>
  );
}
