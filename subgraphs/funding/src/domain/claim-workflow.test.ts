import { describe, expect, it } from 'vitest';
import { currentStatus, REFUSAL_TEXT, stepProblem, type ClaimStatus } from './claim-workflow.ts';

const steps = (...list: [ClaimStatus, string][]) => list.map(([status, on]) => ({ status, on }));

describe('stepProblem: each step follows exactly one other, never on an earlier day', () => {
  it.each([
    { so: steps(['ingediend', '2026-01-01']), to: 'besproken', on: '2026-01-01', problem: null },
    { so: steps(['ingediend', '2026-01-02']), to: 'besproken', on: '2026-01-01', problem: 'the day (2026-01-01) is before the claim was ingediend (2026-01-02)' },
    { so: steps(['ingediend', '2026-01-01']), to: 'goedgekeurd', on: '2026-01-02', problem: 'the claim is ingediend; only a besproken claim can be approved' },
    { so: steps(['ingediend', '2026-01-01'], ['besproken', '2026-01-02']), to: 'afgewezen', on: '2026-01-02', problem: null },
    { so: steps(['ingediend', '2026-01-01'], ['besproken', '2026-01-02']), to: 'uitbetaald', on: '2026-01-03', problem: 'the claim is besproken; only a goedgekeurd claim can be paid out' },
    { so: steps(['ingediend', '2026-01-01'], ['besproken', '2026-01-02'], ['afgewezen', '2026-01-03']), to: 'goedgekeurd', on: '2026-01-04', problem: 'the claim is afgewezen; only a besproken claim can be approved' },
    { so: steps(['ingediend', '2026-01-01'], ['besproken', '2026-01-02'], ['goedgekeurd', '2026-01-03']), to: 'uitbetaald', on: '2026-01-03', problem: null },
    { so: [], to: 'besproken', on: '2026-01-01', problem: 'the claim has no submission step' },
  ] as const)('$to after $so.length steps on $on', ({ so, to, on, problem }) => {
    expect(stepProblem(so, to, on)).toBe(problem);
  });

  it('the status is the last step', () => {
    expect(currentStatus(steps(['ingediend', '2026-01-01'], ['besproken', '2026-01-02']))).toBe('besproken');
  });

  it('every refusal rule names its source', () => {
    for (const text of Object.values(REFUSAL_TEXT)) expect(text).toMatch(/\(bijlage 3 par\. \d\)\.$/);
  });
});
