import type { TrajectoryRow } from '@uitstroom/db/queries/trajectories';
import type { Context } from '../context.ts';
import { stepLabel, type CanonicalStepName } from '../domain/steps.ts';
import { oneTrajectory } from './case-reads.ts';

const party = (id: string | null) => (id ? { __typename: 'Party', id } : null);

async function stepDate(trajectory: TrajectoryRow, step: CanonicalStepName, { loaders }: Context): Promise<string | null> {
  const steps = await loaders.stepsByTrajectory.load(trajectory.id);
  return steps.find((s) => s.step === step)?.occurredOn ?? null;
}

export const Trajectory = {
  // Another subgraph's reference: null (and a denied audit row) where the viewer may not see it.
  __resolveReference: (ref: { id: string }, context: Context) => oneTrajectory(ref.id, context, { quiet: true }),
  covenant: (t: TrajectoryRow) => ({ id: t.covenantId }),
  provider: (t: TrajectoryRow) => party(t.providerId),
  municipalityOfOrigin: (t: TrajectoryRow) => party(t.originMunicipalityId),
  municipalityOfPlacement: (t: TrajectoryRow) => party(t.placementMunicipalityId),
  landlord: (t: TrajectoryRow) => party(t.landlordId),
  steps: async (t: TrajectoryRow, _: unknown, { loaders }: Context) => {
    const [steps, labels] = await Promise.all([loaders.stepsByTrajectory.load(t.id), loaders.stepLabelsByCovenant.load(t.covenantId)]);
    return steps.map((s) => ({ step: s.step, occurredOn: s.occurredOn, label: stepLabel(s.step, labels) }));
  },
  events: (t: TrajectoryRow, _: unknown, { loaders }: Context) => loaders.eventsByTrajectory.load(t.id),
  registeredOn: (t: TrajectoryRow, _: unknown, context: Context) => stepDate(t, 'aanmelding', context),
  housedOn: (t: TrajectoryRow, _: unknown, context: Context) => stepDate(t, 'sleuteloverdracht', context),
  closedOn: (t: TrajectoryRow, _: unknown, context: Context) => stepDate(t, 'afgesloten', context),
};
