// Evaluations through the API: the calendar from the covenant's rules, an evaluation whose frozen
// figures stay identical after new trajectories are imported, and adoption that locks it.
import { writeTrajectories, type TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';
import { createTestDatabase, type TestDatabase } from '@uitstroom/db/testing';
import { evaluations } from '@uitstroom/db/schema';
import { PTABLE_VERSION } from '@uitstroom/disclosure';
import { execute } from '@uitstroom/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase({ demoData: true });
});
afterAll(() => test?.close());

const werkgroep = { role: 'werkgroep' as const, organisationId: null, covenants: ['meppel-vzw', 'woonkans', 'walcheren', 'noordoostpolder', 'noord-veluwe'] };
async function run<T>(query: string, variables: Record<string, unknown> = {}, role: string = 'werkgroep') {
  const result = await execute<T>(createServer(test.database), query, variables, { ...werkgroep, role } as never);
  return result;
}

const FIGURES = 'figures { disclosure monitor { waitingTime { registered { display } housed { display } medianDays } outflowByFacility { total { display } rows { key value { display } } } afterHome { housed { display } } } targets { targetId progress { realised { display } target status } } }';
const LIVE = `{ _entities(representations: [{ __typename: "Covenant", id: "woonkans" }]) { ... on Covenant { monitor(from: "2025-01-01", to: "2025-06-30") { outflowByFacility { total { display } } } } } }`;

function extraHomes(count: number): TrajectoryRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    covenantId: 'woonkans',
    subRegionId: 'woonkans-noord',
    caseCode: `EXTRA-${i}`,
    targetGroup: 'BW',
    facility: 'Beschermd wonen',
    providerId: 'vincent-van-gogh',
    originMunicipalityId: 'gemeente-venlo',
    placementMunicipalityId: 'gemeente-venlo',
    ageCategory: '28-49',
    landlordId: 'woonwenz',
    contractForm: 'driepartijen',
    steps: [
      { step: 'aanmelding', occurredOn: '2025-01-10' },
      { step: 'sleuteloverdracht', occurredOn: '2025-05-10' },
    ],
    events: [],
  }));
}

describe('evaluations', () => {
  it('derives the calendar: Meppel quarterly and every October', async () => {
    const result = await run<{ _entities: { evaluationCalendar: { kind: string; periodCode: string; dueOn: string; state: string }[] }[] }>(
      '{ _entities(representations: [{ __typename: "Covenant", id: "meppel-vzw" }]) { ... on Covenant { evaluationCalendar(until: "2025-12-31") { kind periodCode dueOn state } } } }',
    );
    expect(result.errors).toBeUndefined();
    const moments = result.data?._entities[0]?.evaluationCalendar ?? [];
    expect(moments).toContainEqual({ kind: 'JAAR', periodCode: '2025', dueOn: '2025-10-31', state: 'TE_LAAT' });
    expect(moments.filter((m) => m.kind === 'KWARTAAL').map((m) => m.periodCode)).toContain('2025-K2');
  });

  it('freezes the figures: new trajectories change the live monitor, not the evaluation', async () => {
    const created = await run<{ createEvaluation: { id: string; status: string; periodFrom: string; periodTo: string } & Record<string, unknown> }>(
      `mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "2025-H1", notes: "Eerste halfjaar" }) { id status periodFrom periodTo ${FIGURES} } }`,
    );
    expect(created.errors).toBeUndefined();
    const evaluation = created.data?.createEvaluation;
    expect(evaluation).toMatchObject({ status: 'CONCEPT', periodFrom: '2025-01-01', periodTo: '2025-06-30', figures: { disclosure: PTABLE_VERSION } });
    const liveBefore = await run<unknown>(LIVE);

    await writeTrajectories(test.database.db, extraHomes(7), 'import');
    const liveAfter = await run<unknown>(LIVE);
    expect(liveAfter.data).not.toEqual(liveBefore.data);

    const again = await run<{ evaluation: Record<string, unknown> }>(`query ($id: ID!) { evaluation(id: $id) { ${FIGURES} } }`, { id: evaluation?.id });
    expect(again.data?.evaluation.figures).toEqual(evaluation?.figures);

    const adopted = await run<{ adoptEvaluation: { status: string; adoptedBy: string } }>('mutation ($id: ID!) { adoptEvaluation(id: $id) { status adoptedBy } }', { id: evaluation?.id });
    expect(adopted.data?.adoptEvaluation).toEqual({ status: 'VASTGESTELD', adoptedBy: 'werkgroep' });
    const refresh = await run('mutation ($id: ID!) { refreshEvaluationFigures(id: $id) { id } }', { id: evaluation?.id });
    expect(refresh.errors?.[0]?.message).toBe(`evaluation "${evaluation?.id}" is vastgesteld: its figures, notes and status can no longer change`);
    const notes = await run('mutation ($id: ID!) { updateEvaluationNotes(id: $id, notes: "x") { id } }', { id: evaluation?.id });
    expect(notes.errors?.[0]?.message).toContain('is vastgesteld');
    const stillFrozen = await run<{ evaluation: Record<string, unknown> }>(`query ($id: ID!) { evaluation(id: $id) { ${FIGURES} } }`, { id: evaluation?.id });
    expect(stillFrozen.data?.evaluation.figures).toEqual(evaluation?.figures);
  });

  it('freezes only what the werkgroep may see, also when the beheerder makes it: protected counts and progress', async () => {
    const made = await run<{ createEvaluation: { figures: { monitor: { outflowByFacility: { total: { protected: boolean } } }; targets: { progress: { realised: { protected: boolean } } }[] } } }>(
      'mutation { createEvaluation(input: { covenantId: "walcheren", kind: EENMALIG, periodCode: "eenmalig-6" }) { figures { monitor { outflowByFacility { total { protected } } } targets { progress { realised { protected } } } } } }',
      {},
      'beheerder',
    );
    expect(made.errors).toBeUndefined();
    const figures = made.data?.createEvaluation.figures;
    expect(figures?.monitor.outflowByFacility.total.protected).toBe(true);
    expect(figures?.targets.length).toBeGreaterThan(0);
    expect(figures?.targets.every((t) => t.progress.realised.protected)).toBe(true);
  });

  it('reads an evaluation frozen under the old suppression truthfully: a number hidden to protect another shows "x", not "<5"', async () => {
    const hidden = (reason: 'primary' | 'secondary') => ({ count: null, display: '<5', suppressed: true, reason });
    const visible = (count: number) => ({ count, display: String(count), suppressed: false, reason: null });
    const legacyMonitor = {
      from: '2024-01-01', to: '2024-06-30', asOf: '2024-06-30', suppressionApplied: true,
      outflowByFacility: { rows: [{ key: 'Beschermd wonen', value: hidden('secondary') }, { key: 'Nachtopvang', value: hidden('primary') }], total: visible(9) },
      outflowByAgeCategory: { rows: [], total: visible(9) },
      woonplaatsbeginsel: { housed: visible(9), returnedToOrigin: visible(0), shareBasisPoints: null, perGemeente: [] },
      waitingTime: { registered: visible(12), housed: visible(9), stillWaiting: hidden('primary'), longerThanNorm: visible(6), normDays: 183, bands: [], medianDays: 120, p75Days: null, p90Days: null },
      afterHome: { housed: visible(9), temporaryRelapseWithin6Months: visible(0), structuralRelapseWithin6Months: visible(0), temporaryRelapseWithin12Months: visible(0), structuralRelapseWithin12Months: visible(0), omklap: visible(0), omklapShareBasisPoints: null, negativeEndings: visible(0) },
      prognosis: [{ months: 3, expectedOutflow: 2, openTrajectories: hidden('primary') }],
      signals: { pastNorm: visible(11), relapses: visible(0), negativeEndings: visible(0) },
    };
    const [row] = await test.database.db
      .insert(evaluations)
      .values({ covenantId: 'noordoostpolder', kind: 'eenmalig', periodCode: 'oud-2024', periodFrom: '2024-01-01', periodTo: '2024-06-30', dueOn: '2024-07-31', figures: { monitor: legacyMonitor, targets: [] }, frozenAt: new Date('2024-08-15T10:00:00Z'), createdBy: 'werkgroep' })
      .returning();
    const read = await run<{ evaluation: { figures: { disclosure: string; monitor: Record<string, Record<string, unknown>> } } }>(
      `query ($id: ID!) { evaluation(id: $id) { figures { disclosure monitor { provisional protectionApplied outflowByFacility { rows { value { display } } }
        waitingTime { longerThanNorm { count } registeredLongerThanNorm { count } stillWaiting { display } quantiles { percent days status } }
        afterHome { within6MonthsObserved observedUntil } } } } }`,
      { id: row?.id },
    );
    expect(read.errors).toBeUndefined();
    const figures = read.data?.evaluation.figures;
    expect(figures?.disclosure).toBe('onderdrukking-2025');
    expect(figures?.monitor.outflowByFacility).toEqual({ rows: [{ value: { display: 'x' } }, { value: { display: '<5' } }] });
    // Then, "longer than 6 months" counted the people registered in the period; the people still waiting past it were the signal.
    expect(figures?.monitor.waitingTime).toMatchObject({ longerThanNorm: { count: 11 }, registeredLongerThanNorm: { count: 6 }, stillWaiting: { display: '<5' } });
    expect((figures?.monitor.waitingTime?.quantiles as unknown[])[0]).toEqual({ percent: 50, days: 120, status: 'GESCHAT' });
    expect(figures?.monitor).toMatchObject({ provisional: false, protectionApplied: true, afterHome: { within6MonthsObserved: false, observedUntil: '2024-06-30' } });
  });

  it('follows up actions after adoption, and shows the moment as adopted', async () => {
    const list = await run<{ _entities: { evaluations: { id: string }[]; evaluationCalendar: { periodCode: string; kind: string; state: string }[] }[] }>(
      '{ _entities(representations: [{ __typename: "Covenant", id: "woonkans" }]) { ... on Covenant { evaluations { id } evaluationCalendar(until: "2025-12-31") { periodCode kind state } } } }',
    );
    const [evaluation] = list.data?._entities[0]?.evaluations ?? [];
    expect(list.data?._entities[0]?.evaluationCalendar).toContainEqual({ periodCode: '2025-H1', kind: 'HALFJAAR', state: 'VASTGESTELD' });
    const added = await run<{ addEvaluationAction: { actions: { id: string; description: string; owner: string; dueOn: string; done: boolean }[] } }>(
      'mutation ($id: ID!) { addEvaluationAction(evaluationId: $id, description: "Wachtlijst Venlo bespreken", owner: "Gemeente Venlo", dueOn: "2025-10-01") { actions { id description owner dueOn done } } }',
      { id: evaluation?.id },
    );
    const [action] = added.data?.addEvaluationAction.actions ?? [];
    expect(action).toMatchObject({ description: 'Wachtlijst Venlo bespreken', owner: 'Gemeente Venlo', dueOn: '2025-10-01', done: false });
    const done = await run<{ setEvaluationActionDone: { actions: { done: boolean }[] } }>('mutation ($id: ID!) { setEvaluationActionDone(actionId: $id, done: true) { actions { done } } }', { id: action?.id });
    expect(done.data?.setEvaluationActionDone.actions).toEqual([{ done: true }]);
  });

  it('gives timestamps as ISO 8601, and answers an id that cannot exist with null or a clear error', async () => {
    const list = await run<{ _entities: { evaluations: { frozenAt: string; createdAt: string; adoptedAt: string | null }[] }[] }>(
      '{ _entities(representations: [{ __typename: "Covenant", id: "woonkans" }]) { ... on Covenant { evaluations { frozenAt createdAt adoptedAt } } } }',
    );
    const [first] = list.data?._entities[0]?.evaluations ?? [];
    for (const stamp of [first?.frozenAt, first?.createdAt, first?.adoptedAt]) expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const missing = await run<{ evaluation: null }>('{ evaluation(id: "nope") { id } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.evaluation).toBeNull();
    const adopt = await run('mutation { adoptEvaluation(id: "nope") { id } }');
    expect(adopt.errors?.[0]?.message).toBe('no evaluation "nope"');
  });

  it('refuses an evaluation of a period that has not begun', async () => {
    const next = `${Number(new Date().toISOString().slice(0, 4)) + 1}-H1`;
    const result = await run(`mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "${next}" }) { id } }`);
    expect(result.errors?.[0]?.message ?? '').toMatch(/has not begun yet|has no halfjaar evaluation/);
  });

  it('refuses a second evaluation of the same moment, an unknown moment, and readers', async () => {
    const twice = await run('mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "2025-H1" }) { id } }');
    expect(twice.errors?.[0]?.message).toBe('an evaluation for halfjaar 2025-H1 of "woonkans" exists already');
    const unknown = await run('mutation { createEvaluation(input: { covenantId: "woonkans", kind: KWARTAAL, periodCode: "2025-K1" }) { id } }');
    expect(unknown.errors?.[0]?.message).toBe('covenant "woonkans" has no kwartaal evaluation for "2025-K1"');
    const reader = await run('mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "2025-H2" }) { id } }', {}, 'bestuurder');
    expect(reader.errors?.[0]?.message).toContain('may not change evaluations');
  });
});
