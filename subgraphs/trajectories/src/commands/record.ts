// recordTrajectoryStep / recordTrajectoryEvent: one step or event on an existing trajectory.
import type { Db } from '@uitstroom/db/client';
import { getEventsByTrajectoryIds, getStepsByTrajectoryIds, getTrajectoriesByIds, insertEvent, insertStep, type TrajectoryRow } from '@uitstroom/db/queries/trajectories';
import { writeAudit } from '@uitstroom/db/queries/audit';
import type { AuditActor } from '../access.ts';
import { loadDirectory } from '../directory.ts';
import { eventProblems, stepProblems, type EventKind } from '../domain/step-rules.ts';
import type { CanonicalStepName } from '../domain/steps.ts';
import { todayInNetherlands } from '@uitstroom/subgraph-kit';
import { refuse } from './errors.ts';
import { partyProblem } from './register.ts';

export interface RecordStepInput {
  trajectoryId: string;
  step: CanonicalStepName;
  occurredOn: string;
  landlordId?: string | null;
  municipalityOfPlacementId?: string | null;
  contractForm?: TrajectoryRow['contractForm'];
}

async function loadTrajectory(db: Db, id: string): Promise<TrajectoryRow> {
  const [trajectory] = /^[0-9a-f-]{36}$/i.test(id) ? await getTrajectoriesByIds(db, [id]) : [];
  if (!trajectory) refuse([`trajectoryId: no trajectory ${id}`]);
  return trajectory;
}

export async function recordStep(db: Db, input: RecordStepInput, actor?: AuditActor): Promise<void> {
  const trajectory = await loadTrajectory(db, input.trajectoryId);
  const steps = await getStepsByTrajectoryIds(db, [trajectory.id]);
  const problems = stepProblems(steps, input.step, input.occurredOn, todayInNetherlands());
  let home: Parameters<typeof insertStep>[1]['home'];
  if (input.step === 'sleuteloverdracht') {
    const directory = await loadDirectory(db);
    if (!input.landlordId) problems.push('landlordId: a home needs its landlord (woningcorporatie)');
    else problems.push(...[partyProblem(directory, trajectory.covenantId, 'landlordId', input.landlordId, 'woningcorporatie')].filter((p) => p !== null));
    if (!input.municipalityOfPlacementId) problems.push('municipalityOfPlacementId: a home needs the gemeente it is in');
    else problems.push(...[partyProblem(directory, trajectory.covenantId, 'municipalityOfPlacementId', input.municipalityOfPlacementId, 'gemeente')].filter((p) => p !== null));
    home = { landlordId: input.landlordId ?? '', placementMunicipalityId: input.municipalityOfPlacementId ?? '', contractForm: input.contractForm ?? null };
  } else if (input.landlordId || input.municipalityOfPlacementId || input.contractForm) {
    problems.push('landlordId, municipalityOfPlacementId and contractForm belong to sleuteloverdracht only');
  }
  if (problems.length > 0) refuse(problems);
  await db.transaction(async (tx) => {
    await insertStep(tx, { trajectoryId: trajectory.id, step: input.step, occurredOn: input.occurredOn, home });
    if (actor) await writeAudit(tx, [{ ...actor, action: 'record-step', subject: 'trajectory', covenantId: trajectory.covenantId, caseCode: trajectory.caseCode, outcome: 'allowed', detail: input.step }]);
  });
}

export interface RecordEventInput {
  trajectoryId: string;
  kind: EventKind;
  relapseKind?: 'tijdelijk' | 'structureel' | null;
  occurredOn: string;
}

export async function recordEvent(db: Db, input: RecordEventInput, actor?: AuditActor): Promise<void> {
  const trajectory = await loadTrajectory(db, input.trajectoryId);
  const [steps, events] = await Promise.all([getStepsByTrajectoryIds(db, [trajectory.id]), getEventsByTrajectoryIds(db, [trajectory.id])]);
  const problems = eventProblems(steps, events, input.kind, input.relapseKind ?? null, input.occurredOn, todayInNetherlands());
  if (problems.length > 0) refuse(problems);
  await db.transaction(async (tx) => {
    await insertEvent(tx, { trajectoryId: trajectory.id, kind: input.kind, relapseKind: input.relapseKind ?? null, occurredOn: input.occurredOn });
    if (actor) await writeAudit(tx, [{ ...actor, action: 'record-event', subject: 'trajectory', covenantId: trajectory.covenantId, caseCode: trajectory.caseCode, outcome: 'allowed', detail: input.kind }]);
  });
}
