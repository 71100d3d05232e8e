// The small form a ratio target needs: how many homes the corporation let again in the year before.
import { useId, useState, type FormEvent } from 'react';
import { Button, FormField, Paragraph } from '../../components/utrecht/index.ts';
import { graphqlRequest } from '../../lib/graphql.ts';
import { vacancyCountError } from '../../transforms/targets.ts';

export const SET_VACANCY_COUNT = /* GraphQL */ `
  mutation DashboardSetVacancyCount($partyId: ID!, $year: Int!, $count: Int!) {
    setVacancyCount(partyId: $partyId, year: $year, count: $count) { year count }
  }
`;

export interface VacancyFormProps {
  partyId: string;
  partyName: string;
  year: number;
  onSaved: () => void;
}

export function VacancyForm({ partyId, partyName, year, onSaved }: VacancyFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const error = vacancyCountError(value);
    setProblem(error);
    if (error !== null) return;
    setSaving(true);
    try {
      await graphqlRequest(SET_VACANCY_COUNT, { partyId, year, count: Number(value) });
      onSaved();
    } catch (failure) {
      setProblem(`Opslaan is niet gelukt: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="app-vacancy-form" onSubmit={save} noValidate>
      <FormField inputId={`${id}-aantal`} label={`Vrijgekomen woningen van ${partyName} in ${year}`} invalid={problem !== null}>
        <input
          id={`${id}-aantal`}
          className="utrecht-textbox utrecht-textbox--html-input"
          inputMode="numeric"
          value={value}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem === null ? undefined : `${id}-fout`}
          onChange={(event) => setValue(event.target.value)}
        />
      </FormField>
      {problem !== null && (
        <Paragraph id={`${id}-fout`} role="alert" className="app-vacancy-form__error">
          {problem}
        </Paragraph>
      )}
      <Button type="submit" appearance="primary-action" disabled={saving}>
        {saving ? 'Opslaan…' : 'Opslaan'}
      </Button>
    </form>
  );
}
