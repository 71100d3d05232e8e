// One covenant on the Bestuurlijk overleg page: its next evaluation moment, the overdue ones, and its
// targets — those that ended before the peildatum folded away, so the current ones fit on one screen.
import { useId } from 'react';
import { DataDate } from '../../components/DataDate.tsx';
import { Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { IsoDate } from '../../lib/contract.ts';
import type { EvaluationMoment, Target } from '../../lib/target-contract.ts';
import { endedText, evaluationText, momentListText, overdueText, type CovenantTargets as Group } from '../../transforms/targets.ts';
import { TargetCard } from './TargetCard.tsx';

export interface CovenantTargetsProps {
  group: Group;
  /** null: the covenant's data date. */
  peildatum: IsoDate | null;
  today: IsoDate;
  onChanged: () => void;
}

export function CovenantTargets({ group, peildatum, today, onChanged }: CovenantTargetsProps) {
  const headingId = useId();
  const { covenant, current, ended } = group;
  return (
    <section className="app-covenant" aria-labelledby={headingId} data-testid="covenant" data-covenant-id={covenant.id}>
      <Heading level={2} id={headingId}>
        {covenant.name}
      </Heading>
      <DataDate date={covenant.dataDate} />
      <dl className="app-covenant__evaluation">
        <div>
          <dt>Volgende evaluatie</dt>
          <dd data-testid="next-evaluation">{covenant.nextEvaluation === null ? 'Geen evaluatiemoment gepland.' : evaluationText(covenant.nextEvaluation)}</dd>
        </div>
        <div>
          <dt>Achterstand</dt>
          <dd data-testid="overdue-evaluations">
            <OverdueMoments moments={covenant.overdueEvaluations} />
          </dd>
        </div>
      </dl>
      {current.length === 0 && ended.length === 0 && <Paragraph>Dit convenant heeft geen streefaantallen.</Paragraph>}
      <TargetList targets={current} peildatum={peildatum} today={today} onChanged={onChanged} />
      {ended.length > 0 && (
        <details className="app-covenant__ended">
          <summary>{endedText(ended.length)}</summary>
          <TargetList targets={ended} peildatum={peildatum} today={today} onChanged={onChanged} />
        </details>
      )}
    </section>
  );
}

function TargetList({ targets, ...rest }: { targets: readonly Target[] } & Omit<CovenantTargetsProps, 'group'>) {
  if (targets.length === 0) return null;
  return (
    <div className="app-target-list">
      {targets.map((target) => (
        <TargetCard key={target.id} target={target} {...rest} />
      ))}
    </div>
  );
}

function OverdueMoments({ moments }: { moments: readonly EvaluationMoment[] }) {
  if (moments.length === 0) return <>{overdueText(0)}</>;
  return (
    <details className="app-covenant__overdue">
      <summary>
        {/* A warning sign besides the words, so the overdue count stands out without relying on colour. */}
        <span aria-hidden="true" className="app-covenant__overdue-icon">
          ⚠
        </span>
        {overdueText(moments.length)}
      </summary>
      <ul className="app-list">
        {moments.map((moment) => (
          <li key={`${moment.kind}-${moment.periodCode}-${moment.source}`}>{momentListText(moment)}</li>
        ))}
      </ul>
    </details>
  );
}
