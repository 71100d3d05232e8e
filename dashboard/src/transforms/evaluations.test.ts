import { describe, expect, it } from 'vitest';
import type { EvaluationMoment, EvaluationSummary } from '../lib/evaluation-contract.ts';
import {
  actionFormProblem,
  calendarRows,
  calendarSummary,
  evaluatiesSearch,
  evaluationErrorMessage,
  evaluationTitle,
  formatTimestamp,
  isEvaluationId,
  parseEvaluatiesLocation,
  parseTimestamp,
  periodName,
  reportFileName,
  sortEvaluations,
  stateBadge,
} from './evaluations.ts';

function moment(overrides: Partial<EvaluationMoment>): EvaluationMoment {
  return {
    kind: 'HALFJAAR',
    periodCode: '2025-H1',
    periodFrom: '2025-01-01',
    periodTo: '2025-06-30',
    dueOn: '2025-07-31',
    description: 'Twee keer per jaar informeren',
    source: 'art. 8.8',
    state: 'GEPLAND',
    evaluation: null,
    ...overrides,
  };
}

describe('labels', () => {
  it.each([
    ['VASTGESTELD', 'Vastgesteld', 'adopted'],
    ['CONCEPT', 'Concept', 'concept'],
    ['TE_LAAT', 'Te laat', 'late'],
    ['GEPLAND', 'Gepland', 'planned'],
  ] as const)('%s is shown as the word %s', (state, label, tone) => {
    expect(stateBadge(state)).toEqual({ label, tone });
  });

  it.each([
    ['2025-H1', '1e halfjaar 2025'],
    ['2025-K3', '3e kwartaal 2025'],
    ['2025', 'jaar 2025'],
    ['convenantjaar-2', '2e convenantjaar'],
    ['eenmalig-6', '6 maanden na de start'],
    ['iets-anders', 'iets-anders'],
  ])('period %s is called %s', (code, name) => {
    expect(periodName(code)).toBe(name);
  });

  it('titles an evaluation by its kind and period', () => {
    expect(evaluationTitle({ kind: 'HALFJAAR', periodCode: '2025-H1' })).toBe('Halfjaarlijkse monitor 1e halfjaar 2025');
    expect(evaluationTitle({ kind: 'KWARTAAL', periodCode: '2026-K2' })).toBe('Kwartaalrapportage 2e kwartaal 2026');
    expect(evaluationTitle({ kind: 'EENMALIG', periodCode: 'eenmalig-12' })).toBe('Eenmalige evaluatie 12 maanden na de start');
  });
});

describe('calendarRows', () => {
  it('sorts by due date and marks which moments can get an evaluation', () => {
    const rows = calendarRows(
      [
        moment({ periodCode: '2026-H1', periodFrom: '2026-01-01', periodTo: '2026-06-30', dueOn: '2026-07-31' }),
        moment({ periodCode: '2025-H2', periodFrom: '2025-07-01', periodTo: '2025-12-31', dueOn: '2026-01-31', state: 'TE_LAAT' }),
        moment({ state: 'CONCEPT', evaluation: { id: 'e1' } }),
      ],
      '2025-11-24',
    );
    expect(rows.map((r) => [r.periodCode, r.state, r.canCreate, r.running, r.evaluationId])).toEqual([
      ['2025-H1', 'CONCEPT', false, false, 'e1'],
      // Under way: it can be made, with provisional figures.
      ['2025-H2', 'TE_LAAT', true, true, null],
      // Not begun: nothing to freeze yet.
      ['2026-H1', 'GEPLAND', false, true, null],
    ]);
  });

  it('still offers the whole covenant an evaluation when only a sub-region has one', () => {
    const linked = moment({ state: 'CONCEPT', evaluation: { id: 'noord' } });
    const [row] = calendarRows([linked], '2026-11-24', [{ kind: 'HALFJAAR', periodCode: '2025-H1', subRegionId: 'woonkans-noord' }]);
    expect(row).toMatchObject({ evaluationId: 'noord', canCreate: true });
    const [whole] = calendarRows([linked], '2026-11-24', [{ kind: 'HALFJAAR', periodCode: '2025-H1', subRegionId: null }]);
    expect(whole?.canCreate).toBe(false);
  });

  it('makes one row of a moment that two rules ask for, with both rules', () => {
    const rows = calendarRows([
      moment({ kind: 'KWARTAAL', periodCode: '2025-K2', dueOn: '2025-07-31', description: 'Kwartaalrapportage Zorgweb', source: 'art. 10.4' }),
      moment({ kind: 'KWARTAAL', periodCode: '2025-K2', dueOn: '2025-07-31', description: 'Driemaandelijks afstemmen', source: 'art. 13.5' }),
      moment({ kind: 'JAAR', periodCode: '2025', dueOn: '2025-10-31' }),
    ], '2026-11-24');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.rules).toEqual([
      { description: 'Kwartaalrapportage Zorgweb', source: 'art. 10.4' },
      { description: 'Driemaandelijks afstemmen', source: 'art. 13.5' },
    ]);
  });

  it('sums up what is late and what comes next', () => {
    const rows = calendarRows([
      moment({ state: 'TE_LAAT' }),
      moment({ periodCode: '2025-H2', dueOn: '2026-01-31', state: 'TE_LAAT' }),
      moment({ periodCode: '2026-H2', dueOn: '2027-01-31', state: 'GEPLAND' }),
    ], '2026-11-24');
    expect(calendarSummary(rows, '2026-11-24')).toBe('2 evaluaties zijn te laat. Volgende: halfjaarlijkse monitor 2e halfjaar 2026, uiterlijk 31 januari 2027.');
    expect(calendarSummary([], '2026-11-24')).toBe('Geen evaluaties te laat.');
  });
});

describe('sortEvaluations', () => {
  const e = (periodCode: string, kind: EvaluationSummary['kind'], periodFrom: string, periodTo: string) => ({ periodCode, kind, periodFrom, periodTo, subRegionId: null });
  it('puts the newest period first, and the year before its last quarter', () => {
    const sorted = sortEvaluations([e('2025-K3', 'KWARTAAL', '2025-07-01', '2025-09-30'), e('2025-K4', 'KWARTAAL', '2025-10-01', '2025-12-31'), e('2025', 'JAAR', '2025-01-01', '2025-12-31'), e('2026-K1', 'KWARTAAL', '2026-01-01', '2026-03-31')]);
    expect(sorted.map((x) => x.periodCode)).toEqual(['2026-K1', '2025', '2025-K4', '2025-K3']);
  });
});

describe('timestamps', () => {
  it('reads ISO and milliseconds, and shows Dutch time', () => {
    expect(parseTimestamp('2026-11-24T13:05:00.000Z')?.toISOString()).toBe('2026-11-24T13:05:00.000Z');
    expect(parseTimestamp('1795525500000')?.toISOString()).toBe('2026-11-24T13:05:00.000Z');
    expect(parseTimestamp('gisteren')).toBeNull();
    expect(formatTimestamp('2026-11-24T13:05:00.000Z')).toBe('24 november 2026 om 14:05');
    expect(formatTimestamp('2026-07-01T08:00:00Z')).toBe('1 juli 2026 om 10:00');
    expect(formatTimestamp(null)).toBe('–');
  });
});

describe('evaluationErrorMessage', () => {
  it.each([
    ['an evaluation for halfjaar 2025-H1 of "woonkans" exists already', 'Voor dit evaluatiemoment bestaat al een evaluatie. Vernieuw de pagina om die te openen.'],
    ['evaluation "abc" is vastgesteld: its figures, notes and status can no longer change', 'Deze evaluatie is al vastgesteld: cijfers, notities en status kunnen niet meer veranderen.'],
    ['covenant "woonkans" has no kwartaal evaluation for "2025-K1"; its kwartaal moments are 2025-K2', 'Dit evaluatiemoment staat niet in de evaluatiekalender van het convenant. Vernieuw de pagina en kies een moment uit de kalender.'],
    ['role "bestuurder" may not change evaluations; that needs beheerder or werkgroep', 'U mag evaluaties niet wijzigen: daarvoor is de rol werkgroep of beheerder nodig.'],
    ['an action needs a description and an owner', 'Vul bij een actie zowel de omschrijving als de eigenaar in.'],
  ])('%s', (message, dutch) => {
    expect(evaluationErrorMessage([message], 'De evaluatie is niet gemaakt')).toBe(dutch);
  });

  it('shows an unknown refusal after a Dutch lead-in', () => {
    expect(evaluationErrorMessage(['Unexpected error.'], 'De notities zijn niet opgeslagen')).toBe('De notities zijn niet opgeslagen: Unexpected error.');
    expect(evaluationErrorMessage([], 'De notities zijn niet opgeslagen')).toBe('De notities zijn niet opgeslagen.');
  });
});

describe('actionFormProblem', () => {
  it.each([
    [{ description: 'Wachtlijst bespreken', owner: 'Gemeente Venlo', dueOn: '2026-12-01' }, null],
    [{ description: ' ', owner: 'Gemeente Venlo', dueOn: '2026-12-01' }, 'Vul de omschrijving in.'],
    [{ description: '', owner: '', dueOn: '' }, 'Vul de omschrijving, de eigenaar en de datum in.'],
    [{ description: 'x', owner: 'y', dueOn: '1-12-2026' }, 'Vul de datum in als dag-maand-jaar.'],
  ])('%j', (input, problem) => {
    expect(actionFormProblem(input)).toBe(problem);
  });
});

describe('location', () => {
  it('reads covenant, evaluation and print view from the URL', () => {
    expect(parseEvaluatiesLocation('?pagina=evaluaties&convenant=woonkans')).toEqual({ covenantId: 'woonkans', evaluationId: null, print: false });
    expect(parseEvaluatiesLocation('?pagina=evaluaties&evaluatie=abc&afdruk=1')).toEqual({ covenantId: null, evaluationId: 'abc', print: true });
    // A print view needs an evaluation.
    expect(parseEvaluatiesLocation('?afdruk=1').print).toBe(false);
  });

  it('writes them back, keeping the page', () => {
    expect(evaluatiesSearch({ covenantId: 'woonkans', evaluationId: 'abc', print: true }, '?pagina=evaluaties')).toBe('?pagina=evaluaties&convenant=woonkans&evaluatie=abc&afdruk=1');
    expect(evaluatiesSearch({ covenantId: 'woonkans', evaluationId: null, print: true }, '?pagina=evaluaties&evaluatie=abc&afdruk=1')).toBe('?pagina=evaluaties&convenant=woonkans');
  });

  it('knows an evaluation id when it sees one', () => {
    expect(isEvaluationId('0b7c5f5e-1d2a-4c3b-9e8f-001122334455')).toBe(true);
    expect(isEvaluationId('../graphql')).toBe(false);
  });
});

describe('reportFileName', () => {
  it('names the PDF after kind, covenant, sub-region and period', () => {
    expect(reportFileName({ kind: 'HALFJAAR', periodCode: '2025-H1', covenant: { id: 'woonkans' }, subRegionId: null })).toBe('halfjaarlijkse-monitor_woonkans_2025-h1.pdf');
    expect(reportFileName({ kind: 'KWARTAAL', periodCode: '2025-K3', covenant: { id: 'woonkans' }, subRegionId: 'woonkans-noord' })).toBe('kwartaalrapportage_woonkans_woonkans-noord_2025-k3.pdf');
  });
});
