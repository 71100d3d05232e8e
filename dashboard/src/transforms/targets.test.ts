import { describe, expect, it } from 'vitest';
import type { Target, TargetProgress, TargetProgressPoint } from '../lib/target-contract.ts';
import { n, SMALL } from '../testing/monitor-fixture.ts';
import { cellText, csvText, tableLegend, toCsv } from './figure-table.ts';
import { EXACT_LEGEND, PROTECTED_LEGEND } from './format.ts';
import {
  describeProgressChart,
  vacancyCountError,
  endedText,
  evaluationPeriodText,
  evaluationText,
  formatAmount,
  formatBasisPoints,
  formatDecimal,
  groupByCovenant,
  hasEnded,
  metricUnit,
  momentListText,
  monthLabel,
  overdueText,
  progressChartRows,
  PROJECTION_HIDDEN,
  progressTable,
  showsConsequence,
  statusTone,
  statusWord,
  targetFigures,
} from './targets.ts';

const TODAY = '2026-11-24';

function progress(overrides: Partial<TargetProgress> = {}): TargetProgress {
  return {
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    asOf: '2026-06-30',
    elapsedDays: 181,
    totalDays: 365,
    target: 100,
    realised: n(46),
    expectedByNow: 49.589,
    projection: 92.76,
    projectionMethod: 'RUN_RATE',
    status: 'OP_KOERS',
    statusLabel: 'op koers',
    reliable: true,
    vacanciesPreviousYear: null,
    missingInput: null,
    ...overrides,
  };
}

function target(overrides: Partial<Target> & { covenantName?: string } = {}): Target {
  const { covenantName = 'VoorzieningenWijzer Meppel', ...rest } = overrides;
  return {
    id: 'meppel-vzw-bezoeken',
    covenant: { id: covenantName.toLowerCase(), name: covenantName, dataDate: '2026-10-30', nextEvaluation: null, overdueEvaluations: [] },
    subRegionId: null,
    party: null,
    metric: 'BEZOEKEN',
    kind: 'AANTAL',
    amount: 100,
    basisPoints: null,
    period: 'jaar',
    validFrom: '2025-03-13',
    validTo: null,
    description: '100 huishoudens per jaar door WMW bezocht en geadviseerd',
    source: 'art. 10.3',
    toleranceBasisPoints: 1000,
    consequence: 'Partijen gaan met elkaar in gesprek (art. 10.4).',
    progress: progress(),
    history: [],
    ...rest,
  };
}

describe('groupByCovenant', () => {
  const ended = target({ id: 'walcheren-a', covenantName: 'Weer Thuis op Walcheren', validTo: '2023-12-12', description: 'a' });
  const current = target({ id: 'walcheren-b', covenantName: 'Weer Thuis op Walcheren', description: 'b' });
  const meppel = target();
  const woonkans = target({ id: 'woonkans-noord', covenantName: 'Woonkans' });

  it('groups per covenant alphabetically, ended targets apart', () => {
    const groups = groupByCovenant([woonkans, ended, meppel, current], '2026-06-30', TODAY);
    expect(groups.map((g) => [g.covenant.name, g.current.map((t) => t.id), g.ended.map((t) => t.id)])).toEqual([
      ['VoorzieningenWijzer Meppel', ['meppel-vzw-bezoeken'], []],
      ['Weer Thuis op Walcheren', ['walcheren-b'], ['walcheren-a']],
      ['Woonkans', ['woonkans-noord'], []],
    ]);
    expect(groupByCovenant([ended], '2023-12-31', TODAY)[0]?.ended.map((t) => t.id)).toEqual(['walcheren-a']);
    // Without a chosen month end, each covenant's own data date decides.
    expect(groupByCovenant([ended], null, TODAY)[0]?.ended.map((t) => t.id)).toEqual(['walcheren-a']);
  });

  it('counts the ended targets in words', () => {
    expect(endedText(1)).toBe('Afgelopen streefaantal (1)');
    expect(endedText(4)).toBe('Afgelopen streefaantallen (4)');
  });

  it('knows a target that ended before the peildatum, or before its covenant’s data date', () => {
    expect(hasEnded(ended, '2023-11-30', TODAY)).toBe(false);
    expect(hasEnded(ended, '2023-12-31', TODAY)).toBe(true);
    expect(hasEnded(current, '2030-01-31', TODAY)).toBe(false);
    const early = { ...ended, covenant: { ...ended.covenant, dataDate: '2023-12-01' } };
    expect(hasEnded(early, null, TODAY)).toBe(false);
    expect(hasEnded({ ...early, covenant: { ...early.covenant, dataDate: null } }, null, TODAY)).toBe(true);
  });
});

describe('numbers in words', () => {
  it.each([
    [100, '100'],
    [0, '0'],
    [1200, '1.200'],
    [79.4, '≈ 79'],
    [79.5, '≈ 80'],
    [0.3, '≈ 0'],
  ])('amount %d → %s', (value, expected) => {
    expect(formatAmount(value)).toBe(expected);
  });

  it('says a tolerance as a percentage', () => {
    expect(formatBasisPoints(1000)).toBe('10%');
    expect(formatBasisPoints(750)).toBe('7,5%');
  });

  it('tables show one decimal with a comma', () => {
    expect(formatDecimal(8.333)).toBe('8,3');
    expect(formatDecimal(100)).toBe('100,0');
  });

  it('names the unit in singular and plural', () => {
    expect(metricUnit('BEZOEKEN', 1)).toBe('bezoek');
    expect(metricUnit('BEZOEKEN', 46)).toBe('bezoeken');
    expect(metricUnit('WONINGEN', 0)).toBe('woningen');
  });
});

describe('status', () => {
  it.each([
    ['OP_KOERS', 'op-koers', false],
    ['ACHTER', 'achter', true],
    ['BOVEN', 'boven', true],
    [null, 'onbekend', false],
  ] as const)('%s looks %s; consequence shown: %s', (status, tone, consequence) => {
    expect(statusTone(status)).toBe(tone);
    expect(showsConsequence(status)).toBe(consequence);
  });

  it('uses the gateway label, and "onbekend" when a ratio target lacks its input', () => {
    expect(statusWord(progress({ status: 'ACHTER', statusLabel: 'achter' }))).toBe('achter');
    expect(statusWord(progress({ status: null, statusLabel: 'onbekend: het aantal in 2022 vrijgekomen woningen ontbreekt' }))).toBe('onbekend');
  });
});

describe('targetFigures', () => {
  it('says realised against a pro-rated target, the pro rata and the projection with its method', () => {
    const figures = targetFigures(target({ progress: progress({ target: 79.452, expectedByNow: 39.1, projection: 80.2, projectionMethod: 'SEASONAL' }) }));
    expect(Object.fromEntries(figures.map((f) => [f.label, f.value]))).toEqual({
      Periode: '1 januari 2026 t/m 31 december 2026',
      'Gerealiseerd t/m 30 juni 2026': '46 bezoeken',
      'Streefaantal voor de periode': '≈ 79 bezoeken',
      'Verwacht t/m 30 juni 2026 (naar rato)': '≈ 39',
      'Prognose op 31 december 2026': '≈ 80, op basis van het seizoenspatroon van eerdere jaren',
      'Op koers bij een prognose': 'binnen 10% van het streefaantal',
    });
  });

  it('says the target is unknown without one', () => {
    const figures = targetFigures(target({ metric: 'WONINGEN', progress: progress({ target: null, expectedByNow: null, realised: n(1, false), projection: 2 }) }));
    expect(figures.map((f) => f.value).slice(1, 5)).toEqual(['1 woning', 'onbekend', 'onbekend', '2, op basis van het tempo tot nu']);
  });

  it('shows a realised count of 1–4 as <5, and then no projection, saying why', () => {
    const figures = targetFigures(target({ metric: 'WONINGEN', progress: progress({ realised: SMALL, projection: null }) }));
    expect(figures.map((f) => f.value).slice(1, 5)).toEqual(['<5 woningen', '100 woningen', '≈ 50', PROJECTION_HIDDEN]);
  });
});

describe('evaluation moments', () => {
  it.each([
    ['2025-H1', '2025-H1'],
    ['convenantjaar-2', 'convenantjaar 2'],
    ['eenmalig-6', '6 maanden na de start'],
  ])('period %s reads %s', (code, expected) => {
    expect(evaluationPeriodText(code)).toBe(expected);
  });

  it('names kind, period, due date and state', () => {
    expect(evaluationText({ kind: 'JAAR', periodCode: '2026', dueOn: '2026-10-31', state: 'TE_LAAT' })).toBe('Jaarlijkse evaluatie 2026, uiterlijk 31 oktober 2026 (te laat)');
    expect(evaluationText({ kind: 'HALFJAAR', periodCode: '2026-H2', dueOn: '2027-01-31', state: 'GEPLAND' })).toBe('Halfjaarlijkse monitor 2026-H2, uiterlijk 31 januari 2027 (gepland)');
  });

  it('tells two moments of one kind and period apart by their article', () => {
    expect(momentListText({ kind: 'KWARTAAL', periodCode: '2025-K1', dueOn: '2025-04-30', state: 'TE_LAAT', source: 'art. 13.5' })).toBe(
      'Kwartaalrapportage 2025-K1, uiterlijk 30 april 2025 (te laat) — art. 13.5',
    );
  });

  it.each([
    [0, 'Geen evaluatiemomenten te laat.'],
    [1, '1 evaluatiemoment is te laat.'],
    [3, '3 evaluatiemomenten zijn te laat.'],
  ])('%d overdue → %s', (n, expected) => {
    expect(overdueText(n)).toBe(expected);
  });
});

const HISTORY: TargetProgressPoint[] = [
  { date: '2026-01-31', realised: n(8), proRata: 8.493, projection: null },
  { date: '2026-02-28', realised: n(15), proRata: 16.164, projection: null },
  { date: '2026-03-31', realised: n(24), proRata: 24.658, projection: null },
  { date: '2026-04-30', realised: null, proRata: 32.877, projection: 31.5 },
  { date: '2026-05-31', realised: null, proRata: 41.37, projection: 39.25 },
];

describe('progressTable', () => {
  const table = progressTable(target({ history: HISTORY }));

  it('has a row per month: realised, pro rata and projection, missing ones as –', () => {
    expect(table.caption).toBe('Verloop per maand (cumulatief): 100 huishoudens per jaar door WMW bezocht en geadviseerd, 1 januari 2026 t/m 31 december 2026');
    expect(table.columns.map((c) => c.label)).toEqual(['Maand', 'Gerealiseerd', 'Naar rato', 'Prognose']);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['januari 2026', '8', '8,5', '–'],
      ['februari 2026', '15', '16,2', '–'],
      ['maart 2026', '24', '24,7', '–'],
      ['april 2026', '–', '32,9', '31,5'],
      ['mei 2026', '–', '41,4', '39,3'],
    ]);
  });

  it('exports missing numbers as empty cells and decimals with a comma', () => {
    expect(table.rows[3]?.cells.map(csvText)).toEqual(['april 2026', '', '32,9', '31,5']);
    expect(toCsv(table).split('\r\n')[1]).toBe('januari 2026;8;8,5;');
  });

  it('shows a month whose realised count is 1–4 as <5, with the legend for protected counts', () => {
    const small = progressTable(target({ history: [{ date: '2026-01-31', realised: SMALL, proRata: 8.493, projection: null }, ...HISTORY.slice(1)] }));
    expect(small.rows[0]?.cells.map(cellText)).toEqual(['januari 2026', '<5', '8,5', '–']);
    expect(tableLegend(small)).toEqual([PROTECTED_LEGEND]);
    const exact = progressTable(target({ history: [{ date: '2026-01-31', realised: n(2, false), proRata: 8.493, projection: null }] }));
    expect(tableLegend(exact)).toEqual([EXACT_LEGEND]);
  });

  it('labels a period that ends mid-month by its last day', () => {
    expect(monthLabel('2023-12-12')).toBe('t/m 12 december 2023');
    expect(monthLabel('2024-02-29')).toBe('februari 2024');
    expect(monthLabel('2023-02-28')).toBe('februari 2023');
  });
});

describe('progressChartRows', () => {
  it('continues the realised line into the projection from the last realised month', () => {
    const rows = progressChartRows(HISTORY);
    expect(rows.map((r) => [r.label, r.realised, r.projection])).toEqual([
      ['jan', 8, undefined],
      ['feb', 15, undefined],
      ['mrt', 24, 24],
      ['apr', undefined, 31.5],
      ['mei', undefined, 39.25],
    ]);
    expect(rows[0]?.proRata).toBe(8.493);
  });

  it('draws no projection when the period is over', () => {
    const over = HISTORY.map((p) => ({ ...p, realised: p.realised ?? n(30), projection: null }));
    expect(progressChartRows(over).every((r) => r.projection === undefined)).toBe(true);
  });

  it('draws no point for a month shown as <5 (never a guess)', () => {
    const rows = progressChartRows([{ date: '2026-01-31', realised: SMALL, proRata: 8.493, projection: null }, ...HISTORY.slice(1)]);
    expect(rows.map((r) => r.realised)).toEqual([undefined, 15, 24, undefined, undefined]);
  });

  it('describes the chart in one sentence', () => {
    expect(describeProgressChart(target())).toBe(
      'Lijndiagram, cumulatief per maand: 100 huishoudens per jaar door WMW bezocht en geadviseerd, 1 januari 2026 t/m 31 december 2026, ' +
        'met het streefaantal 100 als horizontale lijn. Gerealiseerd t/m 30 juni 2026: 46 bezoeken; prognose aan het eind: ≈ 93. De cijfers staan in de tabel.',
    );
    expect(describeProgressChart(target({ progress: progress({ realised: SMALL, projection: null }) }))).toContain(`Gerealiseerd t/m 30 juni 2026: <5 bezoeken; prognose ${PROJECTION_HIDDEN}.`);
  });
});

describe('vacancyCountError', () => {
  it.each([
    ['240', null],
    [' 0 ', null],
    ['', 'Vul het aantal vrijgekomen woningen in.'],
    ['-3', '"-3" is geen geheel aantal; vul een getal in zoals 240.'],
    ['12,5', '"12,5" is geen geheel aantal; vul een getal in zoals 240.'],
  ])('%j → %j', (text, error) => {
    expect(vacancyCountError(text)).toBe(error);
  });
});
