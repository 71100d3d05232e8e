// Which covenant's cost split, and which year. The covenant is only offered when more than one has
// cost agreements. Changes apply at once.
import { useId } from 'react';
import { FormField, Paragraph, Select, SelectOption } from '../../components/utrecht/index.ts';

export interface CostSelectionFormProps {
  covenants: readonly { id: string; name: string }[];
  covenantId: string;
  years: readonly number[];
  year: number;
  onChange: (next: { covenantId: string; year: number }) => void;
}

export function CostSelectionForm({ covenants, covenantId, years, year, onChange }: CostSelectionFormProps) {
  const id = useId();
  return (
    <form className="app-filters" aria-describedby={`${id}-hint`} onSubmit={(event) => event.preventDefault()}>
      <Paragraph id={`${id}-hint`} className="app-filters__hint">
        De grafiek en de tabellen worden bijgewerkt zodra u een jaar kiest.
      </Paragraph>
      <div className="app-filters__fields">
        {covenants.length > 1 && (
          <FormField inputId={`${id}-convenant`} label="Convenant" className="app-filters__covenant">
            <Select id={`${id}-convenant`} name="convenant" value={covenantId} onChange={(e) => onChange({ covenantId: e.target.value, year })}>
              {covenants.map((c) => (
                <SelectOption key={c.id} value={c.id}>
                  {c.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        <FormField inputId={`${id}-jaar`} label="Jaar">
          <Select id={`${id}-jaar`} name="jaar" value={String(year)} onChange={(e) => onChange({ covenantId, year: Number(e.target.value) })}>
            {years.map((y) => (
              <SelectOption key={y} value={String(y)}>
                {y}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </form>
  );
}
