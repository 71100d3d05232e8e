// The date the targets' progress is shown for. Changes apply at once; only whole, selectable dates are taken.
import { useId } from 'react';
import { Button, FormField, Paragraph } from '../../components/utrecht/index.ts';
import type { IsoDate } from '../../lib/contract.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { FIRST_PEILDATUM, isSelectablePeildatum } from '../../transforms/targets.ts';

export interface PeildatumFormProps {
  peildatum: IsoDate;
  today: IsoDate;
  onChange: (next: IsoDate) => void;
}

export function PeildatumForm({ peildatum, today, onChange }: PeildatumFormProps) {
  const id = useId();
  return (
    <form className="app-filters app-peildatum" aria-describedby={`${id}-hint`} onSubmit={(event) => event.preventDefault()}>
      <Paragraph id={`${id}-hint`} className="app-filters__hint">
        De voortgang geldt tot en met de peildatum (standaard vandaag); kies een eerdere datum om te zien hoe het er toen voor stond.
      </Paragraph>
      <div className="app-filters__fields">
        <FormField inputId={`${id}-peildatum`} label="Peildatum">
          <input
            id={`${id}-peildatum`}
            name="peildatum"
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input app-peildatum__input"
            value={peildatum}
            min={FIRST_PEILDATUM}
            max={today}
            onChange={(event) => {
              // A half-typed or out-of-range date stays in the field until it is whole; the page keeps the last usable one.
              if (isSelectablePeildatum(event.target.value, today)) onChange(event.target.value);
            }}
          />
        </FormField>
        {peildatum !== today && (
          <div className="utrecht-form-field utrecht-form-field--distanced">
            <Button onClick={() => onChange(today)}>Terug naar vandaag ({formatDate(today)})</Button>
          </div>
        )}
      </div>
    </form>
  );
}
