// Container for one covenant's calendar and evaluations: one query, the create mutation, and the
// step into the new evaluation once it is made.
import { useId, useState } from 'react';
import { Alert, Heading, Paragraph } from '../../components/utrecht/index.ts';
import { useCreateEvaluation } from '../../hooks/useEvaluationMutations.ts';
import { useEvaluationCalendar, type EvaluationCalendarData } from '../../hooks/useEvaluations.ts';
import { calendarRows, calendarSummary, evaluationErrorMessage, evaluationTitle, type CalendarRow } from '../../transforms/evaluations.ts';
import { LoadError } from '../uitstroom/OutflowResult.tsx';
import { CalendarTable } from './CalendarTable.tsx';
import { CreateEvaluationForm } from './CreateEvaluationForm.tsx';
import { EvaluationList } from './EvaluationList.tsx';

export interface CovenantEvaluationsProps {
  covenant: { id: string; name: string };
  subRegions: readonly { id: string; name: string }[];
  today: string;
  hrefForEvaluation: (id: string) => string;
  onOpenEvaluation: (id: string) => void;
}

export function CovenantEvaluations({ covenant, ...props }: CovenantEvaluationsProps) {
  const calendar = useEvaluationCalendar(covenant.id);
  const data = calendar.status === 'success' ? calendar.data.covenant : null;
  return (
    <div className="app-result" aria-busy={calendar.status === 'loading'}>
      <div role="status" className="app-result__status">
        {calendar.status === 'loading' && <Paragraph>Gegevens laden…</Paragraph>}
      </div>
      {calendar.status === 'error' && <LoadError message={calendar.error.message} onRetry={calendar.retry} />}
      {calendar.status === 'success' && data === null && <LoadError message="dit convenant is niet gevonden" onRetry={calendar.retry} />}
      {data !== null && <CalendarAndList data={data} {...props} />}
    </div>
  );
}

type CalendarCovenant = NonNullable<EvaluationCalendarData['covenant']>;

/** Which moment's create form is open, and sending it. */
function useCreateFromCalendar(covenantId: string, onCreated: (id: string) => void) {
  const create = useCreateEvaluation();
  const [creating, setCreating] = useState<CalendarRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = (row: CalendarRow | null) => {
    setCreating(row);
    setError(null);
  };
  async function submit(row: CalendarRow, input: { notes: string; subRegionId: string | null }) {
    setError(null);
    const notes = input.notes.trim() === '' ? null : input.notes;
    const outcome = await create.run({ input: { covenantId, kind: row.kind, periodCode: row.periodCode, subRegionId: input.subRegionId, notes } });
    if (outcome.status === 'success') onCreated(outcome.data.createEvaluation.id);
    if (outcome.status === 'error') setError(evaluationErrorMessage(outcome.messages, 'De evaluatie is niet gemaakt'));
  }
  return { creating, error, busy: create.state.status === 'running', open, submit };
}

function CalendarAndList({ data, subRegions, today, hrefForEvaluation, onOpenEvaluation }: Omit<CovenantEvaluationsProps, 'covenant'> & { data: CalendarCovenant }) {
  const headingIds = { calendar: useId(), list: useId() };
  const flow = useCreateFromCalendar(data.id, onOpenEvaluation);
  const rows = calendarRows(data.evaluationCalendar, today, data.evaluations);
  const subRegionName = (id: string | null) => (id === null ? 'hele convenant' : (subRegions.find((s) => s.id === id)?.name ?? id));
  const form = flow.creating === null ? null : (
    <CreateEvaluationForm title={evaluationTitle(flow.creating)} runningUntil={flow.creating.running ? flow.creating.periodTo : null} subRegions={subRegions} busy={flow.busy} error={flow.error} onSubmit={(input) => void flow.submit(flow.creating as CalendarRow, input)} onCancel={() => flow.open(null)} />
  );
  return (
    <>
      <section aria-labelledby={headingIds.calendar}>
        <Heading level={2} id={headingIds.calendar}>
          Evaluatiekalender
        </Heading>
        <Paragraph data-testid="calendar-summary">{calendarSummary(rows, today)}</Paragraph>
        {rows.length === 0 ? (
          <Alert type="info">De afspraken van dit convenant leggen geen evaluatiemomenten met een datum vast.</Alert>
        ) : (
          <CalendarTable
            caption={`Evaluatiemomenten van ${data.name} volgens de afspraken in het convenant`}
            rows={rows}
            creating={flow.creating === null ? null : { key: flow.creating.key, form }}
            busy={flow.busy}
            onCreate={flow.open}
            hrefForEvaluation={hrefForEvaluation}
            onOpenEvaluation={onOpenEvaluation}
          />
        )}
      </section>
      <section aria-labelledby={headingIds.list} className="app-evaluation-list">
        <Heading level={2} id={headingIds.list}>
          Gemaakte evaluaties
        </Heading>
        <EvaluationList caption={`Evaluaties van ${data.name}, nieuwste periode eerst`} evaluations={data.evaluations} subRegionName={subRegionName} hrefForEvaluation={hrefForEvaluation} onOpenEvaluation={onOpenEvaluation} />
      </section>
    </>
  );
}
