// Registering a trajectory and recording its steps and events, through the mutations.
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { getAuditLog } from '@uitstroom/db/queries/audit';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test?.close());

const FIELDS = 'id caseCode registeredOn housedOn landlord { id } municipalityOfPlacement { id } contractForm steps { step label occurredOn } events { kind relapseKind occurredOn }';
const REGISTER = `mutation ($input: RegisterTrajectoryInput!) { registerTrajectory(input: $input) { ${FIELDS} } }`;
const STEP = `mutation ($input: RecordTrajectoryStepInput!) { recordTrajectoryStep(input: $input) { ${FIELDS} } }`;
const EVENT = `mutation ($input: RecordTrajectoryEventInput!) { recordTrajectoryEvent(input: $input) { ${FIELDS} } }`;

interface T {
  id: string;
  housedOn: string | null;
  landlord: { id: string } | null;
  contractForm: string | null;
  steps: { step: string; label: string; occurredOn: string }[];
  events: { kind: string; relapseKind: string | null }[];
}

const run = async <R>(query: string, input: Record<string, unknown>, viewer: Viewer = { role: 'medewerker', organisationId: 'emergis', covenants: ['walcheren'] }) => {
  const result = await execute<R>(createServer(test.database), query, { input }, viewer);
  return { data: result.data, error: result.errors?.[0] };
};

const walcheren = {
  covenant: 'walcheren',
  caseCode: 'WTW-9001',
  targetGroup: 'BW',
  facility: 'Beschermd wonen Middelburg',
  providerId: 'emergis',
  municipalityOfOriginId: 'gemeente-vlissingen',
  ageCategory: 'AGE_28_49',
  registeredOn: '2025-01-13',
};

describe('registering and recording a trajectory', () => {
  let id = '';

  it('registers at aanmelding and walks to a home, a relapse and closing', async () => {
    const registered = await run<{ registerTrajectory: T }>(REGISTER, walcheren);
    expect(registered.error).toBeUndefined();
    id = registered.data?.registerTrajectory.id as string;
    expect(registered.data?.registerTrajectory.steps).toEqual([{ step: 'AANMELDING', label: expect.stringMatching(/Aanmelding/), occurredOn: '2025-01-13' }]);

    await run(STEP, { trajectoryId: id, step: 'TOEGANG', occurredOn: '2025-01-17' });
    const housed = await run<{ recordTrajectoryStep: T }>(STEP, {
      trajectoryId: id,
      step: 'SLEUTELOVERDRACHT',
      occurredOn: '2025-05-02',
      landlordId: 'lescaut',
      municipalityOfPlacementId: 'gemeente-vlissingen',
      contractForm: 'TIJDELIJK',
    });
    expect(housed.error).toBeUndefined();
    expect(housed.data?.recordTrajectoryStep).toMatchObject({ housedOn: '2025-05-02', landlord: { id: 'lescaut' }, contractForm: 'TIJDELIJK' });
    const relapse = await run<{ recordTrajectoryEvent: T }>(EVENT, { trajectoryId: id, kind: 'TERUGVAL', relapseKind: 'TIJDELIJK', occurredOn: '2025-09-01' });
    expect(relapse.data?.recordTrajectoryEvent.events).toEqual([{ kind: 'TERUGVAL', relapseKind: 'TIJDELIJK', occurredOn: '2025-09-01' }]);
    const closed = await run<{ recordTrajectoryStep: T }>(STEP, { trajectoryId: id, step: 'AFGESLOTEN', occurredOn: '2026-02-01' });
    expect(closed.data?.recordTrajectoryStep.steps.map((s) => s.step)).toEqual(['AANMELDING', 'TOEGANG', 'SLEUTELOVERDRACHT', 'AFGESLOTEN']);
  });

  it('refuses a registration with every problem named', async () => {
    // As the beheerder: a medewerker naming another provider would be refused before its input is read.
    const { error } = await run(REGISTER, { ...walcheren, caseCode: 'Jan Jansen', providerId: 'woonconcept', municipalityOfOriginId: 'gemeente-meppel', registeredOn: '2099-01-01' }, { role: 'beheerder', organisationId: null });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.problems).toEqual([
      'caseCode: "Jan Jansen" must be 4–32 characters of A–Z, 0–9 and - (a pseudonymous code, never a name)',
      'providerId: "woonconcept" is not a party of covenant walcheren',
      'municipalityOfOriginId: "gemeente-meppel" is not a party of covenant walcheren',
      'registeredOn: 2099-01-01 lies in the future',
    ]);
  });

  it('refuses a case code that already exists in the covenant, and audits the attempt: the answer shows the case exists', async () => {
    const prober: Viewer = { role: 'medewerker', organisationId: 'juvent', covenants: ['walcheren'], user: 'Medewerker Juvent' };
    const { error } = await run(REGISTER, { ...walcheren, providerId: 'juvent' }, prober);
    expect(error?.message).toBe('caseCode: WTW-9001 already exists in covenant walcheren');
    const audit = await getAuditLog(test.database.db, { userName: 'Medewerker Juvent', limit: 10 });
    expect(audit.map((r) => [r.action, r.caseCode, r.outcome])).toEqual([['register', 'WTW-9001', 'denied']]);
  });

  it('refuses a home without landlord, a landlord of the wrong kind, and steps out of order', async () => {
    const other = await run<{ registerTrajectory: T }>(REGISTER, { ...walcheren, caseCode: 'WTW-9002' });
    const otherId = other.data?.registerTrajectory.id as string;
    const noLandlord = await run(STEP, { trajectoryId: otherId, step: 'SLEUTELOVERDRACHT', occurredOn: '2025-05-02', municipalityOfPlacementId: 'gemeente-veere' });
    expect(noLandlord.error?.extensions?.problems).toEqual(['landlordId: a home needs its landlord (woningcorporatie)']);
    const wrongKind = await run(STEP, { trajectoryId: otherId, step: 'SLEUTELOVERDRACHT', occurredOn: '2025-05-02', landlordId: 'emergis', municipalityOfPlacementId: 'gemeente-veere' });
    expect(wrongKind.error?.extensions?.problems).toEqual(['landlordId: Emergis is a zorgaanbieder, not a woningcorporatie']);
    const early = await run(STEP, { trajectoryId: otherId, step: 'TOEGANG', occurredOn: '2025-01-01' });
    expect(early.error?.extensions?.problems).toEqual(['toegang (2025-01-01) cannot lie before aanmelding (2025-01-13)']);
    const omklap = await run(STEP, { trajectoryId: otherId, step: 'OMKLAP', occurredOn: '2025-06-01' });
    expect(omklap.error?.extensions?.problems).toEqual(['omklap needs sleuteloverdracht (a home) to be recorded first']);
  });

  it('refuses an unknown trajectory and an anonymous viewer', async () => {
    const unknown = await run(STEP, { trajectoryId: '00000000-0000-0000-0000-000000000000', step: 'TOEGANG', occurredOn: '2025-01-20' });
    expect(unknown.error?.message).toBe('trajectoryId: no trajectory 00000000-0000-0000-0000-000000000000');
    const anonymous = await execute(createServer(test.database), REGISTER, { input: { ...walcheren, caseCode: 'WTW-9003' } }, { role: 'anoniem', organisationId: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
