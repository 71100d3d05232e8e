import { describe, expect, it } from 'vitest';
import { evaluationMoments, momentState, type EvaluationRule } from './evaluation-calendar.ts';

const rule = (id: number, rhythm: EvaluationRule['rhythm'], extra: Partial<EvaluationRule> = {}): EvaluationRule => ({ id, rhythm, description: `regel ${id}`, month: null, monthsAfterStart: null, source: 'art. x', ...extra });

describe('evaluationMoments', () => {
  it('Meppel: quarterly reports due the month after, the annual evaluation in October', () => {
    const moments = evaluationMoments([rule(1, 'jaar', { month: 10 }), rule(2, 'kwartaal')], { startsOn: '2025-03-13', endsOn: null }, '2026-01-31');
    expect(moments.map((m) => [m.periodCode, m.dueOn])).toEqual([
      ['2025-K1', '2025-04-30'],
      ['2025-K2', '2025-07-31'],
      ['2025', '2025-10-31'],
      ['2025-K3', '2025-10-31'],
      ['2025-K4', '2026-01-31'],
      // Periods under way on `until` are included: their report is what is due next.
      ['2026-K1', '2026-04-30'],
      ['2026', '2026-10-31'],
    ]);
  });

  it('Woonkans: the half-yearly monitor', () => {
    const moments = evaluationMoments([rule(1, 'halfjaar')], { startsOn: '2024-04-15', endsOn: null }, '2025-07-31');
    expect(moments.map((m) => [m.periodCode, m.periodFrom, m.periodTo, m.dueOn])).toEqual([
      ['2024-H1', '2024-01-01', '2024-06-30', '2024-07-31'],
      ['2024-H2', '2024-07-01', '2024-12-31', '2025-01-31'],
      ['2025-H1', '2025-01-01', '2025-06-30', '2025-07-31'],
      ['2025-H2', '2025-07-01', '2025-12-31', '2026-01-31'],
    ]);
  });

  it('Walcheren: after 6 months and within 1 year, and a partneroverleg each covenant year', () => {
    const moments = evaluationMoments(
      [rule(1, 'eenmalig', { monthsAfterStart: 6 }), rule(2, 'eenmalig', { monthsAfterStart: 12 }), rule(3, 'jaar')],
      { startsOn: '2023-06-13', endsOn: null },
      '2025-06-30',
    );
    expect(moments.map((m) => [m.periodCode, m.dueOn])).toEqual([
      ['eenmalig-6', '2023-12-12'],
      ['eenmalig-12', '2024-06-12'],
      ['convenantjaar-1', '2024-06-12'],
      ['convenantjaar-2', '2025-06-12'],
      ['convenantjaar-3', '2026-06-12'],
    ]);
  });

  it('Noordoostpolder: one evaluation in the last quarter; nothing after the covenant ends', () => {
    const moments = evaluationMoments([rule(1, 'eenmalig', { monthsAfterStart: 9 }), rule(2, 'kwartaal')], { startsOn: '2023-01-01', endsOn: '2023-12-31' }, '2026-01-01');
    expect(moments.filter((m) => m.kind === 'eenmalig').map((m) => m.dueOn)).toEqual(['2023-09-30']);
    expect(moments.filter((m) => m.kind === 'kwartaal').map((m) => m.periodCode)).toEqual(['2023-K1', '2023-K2', '2023-K3', '2023-K4']);
  });

  it('lists a one-off evaluation before its moment, as planned', () => {
    expect(evaluationMoments([rule(1, 'eenmalig', { monthsAfterStart: 6 })], { startsOn: '2025-01-01', endsOn: null }, '2025-02-01').map((m) => m.dueOn)).toEqual(['2025-06-30']);
  });

  it('makes one moment of two rules that ask for the same period (Meppel art. 10.4 and 13.5)', () => {
    const moments = evaluationMoments([rule(1, 'kwartaal', { source: 'art. 10.4' }), rule(2, 'kwartaal', { source: 'art. 13.5' })], { startsOn: '2025-01-01', endsOn: null }, '2025-03-01');
    expect(moments).toHaveLength(1);
    expect(moments[0]).toMatchObject({ periodCode: '2025-K1', description: 'regel 1; regel 2', source: 'art. 10.4; art. 13.5' });
  });

  it('leaves out a one-off evaluation without a moment', () => {
    expect(evaluationMoments([rule(1, 'eenmalig')], { startsOn: '2024-01-01', endsOn: null }, '2026-01-01')).toEqual([]);
  });
});

describe('momentState', () => {
  it.each([
    [undefined, '2025-07-31', '2025-07-31', 'gepland'],
    [undefined, '2025-07-31', '2025-08-01', 'te_laat'],
    ['concept', '2025-07-31', '2025-09-01', 'concept'],
    ['vastgesteld', '2025-07-31', '2025-09-01', 'vastgesteld'],
  ] as const)('recorded %s, due %s, on %s: %s', (recorded, dueOn, today, state) => {
    expect(momentState({ dueOn }, recorded, today)).toBe(state);
  });
});
