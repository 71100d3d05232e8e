// Making an evaluation for one calendar moment: optional notes to start with and, where the
// covenant has sub-regions, optionally one of them. Props only.
import { useEffect, useId, useRef, useState } from 'react';
import { Alert, Button, FormField, FormFieldDescription, Heading, Select, SelectOption } from '../../components/utrecht/index.ts';
import { formatDate } from '../../transforms/monitor.ts';
import { Textarea } from './parts.tsx';

export interface CreateEvaluationFormProps {
  /** 'Halfjaarlijkse monitor 1e halfjaar 2025' */
  title: string;
  /** The period's last day while it is still under way, else null. */
  runningUntil: string | null;
  subRegions: readonly { id: string; name: string }[];
  busy: boolean;
  /** Why the last attempt was refused, in Dutch, or null. */
  error: string | null;
  onSubmit: (input: { notes: string; subRegionId: string | null }) => void;
  onCancel: () => void;
}

const WHOLE = '';

export function CreateEvaluationForm({ title, runningUntil, subRegions, busy, error, onSubmit, onCancel }: CreateEvaluationFormProps) {
  const id = useId();
  const [notes, setNotes] = useState('');
  const [subRegionId, setSubRegionId] = useState(WHOLE);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // The form opens from a button in the table: continue there.
  useEffect(() => notesRef.current?.focus(), []);
  return (
    <form
      className="app-create-evaluation"
      aria-labelledby={`${id}-titel`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onSubmit({ notes, subRegionId: subRegionId === WHOLE ? null : subRegionId });
      }}
    >
      <Heading level={3} id={`${id}-titel`}>
        Evaluatie maken: {title}
      </Heading>
      <p className="utrecht-paragraph">De cijfers van de periode worden nu vastgelegd. Zolang de evaluatie een concept is, kunt u ze opnieuw vastleggen.</p>
      {runningUntil !== null && <Alert type="warning">De periode loopt nog tot en met {formatDate(runningUntil)}: de cijfers zijn voorlopig. Leg ze na afloop opnieuw vast.</Alert>}
      {subRegions.length > 0 && <SubRegionField inputId={`${id}-deelregio`} subRegions={subRegions} value={subRegionId} onChange={setSubRegionId} />}
      <FormField inputId={`${id}-notities`} label="Notities (niet verplicht)">
        <FormFieldDescription id={`${id}-hint`}>Bijvoorbeeld de kwalitatieve toelichting van een partij. U kunt ze later aanvullen.</FormFieldDescription>
        <Textarea id={`${id}-notities`} ref={notesRef} rows={4} value={notes} aria-describedby={`${id}-hint`} onChange={(e) => setNotes(e.target.value)} />
      </FormField>
      {error !== null && (
        <Alert type="error" role="alert">
          {error}
        </Alert>
      )}
      <div className="app-button-row">
        <Button type="submit" appearance="primary-action" disabled={busy}>
          {busy ? 'Bezig met maken…' : 'Evaluatie maken'}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function SubRegionField({ inputId, subRegions, value, onChange }: { inputId: string; subRegions: CreateEvaluationFormProps['subRegions']; value: string; onChange: (value: string) => void }) {
  return (
    <FormField inputId={inputId} label="Deelregio">
      <Select id={inputId} value={value} onChange={(e) => onChange(e.target.value)}>
        <SelectOption value={WHOLE}>Hele convenant</SelectOption>
        {subRegions.map((s) => (
          <SelectOption key={s.id} value={s.id}>
            {s.name}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
