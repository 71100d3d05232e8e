import { describe, expect, it } from 'vitest';
import type { ShownCount } from '../lib/contract.ts';
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { cellText } from './figure-table.ts';
import { afterHomeChartRows, firstBandPastNorm, originShareRows, overallOriginShare, waitingChartRows } from './monitor-charts.ts';
import { afterHomeTable, breakdownTable, formatDate, keyFiguresTable, outlookTable, waitingBandsTable, woonplaatsbeginselTable } from './monitor.ts';

const n = (count: number): ShownCount => ({ count, display: String(count), suppressed: false });
const HIDDEN: ShownCount = { count: null, display: '<5', suppressed: true };

function band(key: string, fromDays: number, toDays: number | null, housed: ShownCount, stillWaiting: ShownCount) {
  return { key, label: `${key} maanden`, fromDays, toDays, housed, stillWaiting };
}

function monitor(overrides: Partial<UitstroomMonitor> = {}): UitstroomMonitor {
  return {
    from: '2026-01-01',
    to: '2026-06-30',
    asOf: '2026-06-30',
    outflowByFacility: { rows: [{ key: 'Beschermd wonen', value: n(20) }, { key: 'Nachtopvang', value: HIDDEN }], total: n(23) },
    outflowByAgeCategory: { rows: [{ key: '28-49', value: n(23) }], total: n(23) },
    woonplaatsbeginsel: {
      housed: n(23),
      returnedToOrigin: n(18),
      shareBasisPoints: 7826,
      perGemeente: [
        { gemeente: { id: 'vlissingen', name: 'Vlissingen' }, housed: n(15), returnedToOrigin: n(12), shareBasisPoints: 8000 },
        { gemeente: { id: 'middelburg', name: 'Middelburg' }, housed: n(8), returnedToOrigin: n(6), shareBasisPoints: null },
      ],
    },
    waitingTime: {
      registered: n(30),
      housed: n(20),
      stillWaiting: n(10),
      longerThanNorm: n(7),
      normDays: 183,
      medianDays: 140,
      p75Days: 200,
      p90Days: null,
      bands: [
        band('0-3', 0, 91, n(8), HIDDEN),
        band('3-6', 92, 183, n(7), HIDDEN),
        band('6-9', 184, 274, n(5), n(5)),
        band('9-12', 275, 365, n(0), n(0)),
      ],
    },
    afterHome: {
      housed: n(23),
      temporaryRelapseWithin6Months: HIDDEN,
      structuralRelapseWithin6Months: n(0),
      temporaryRelapseWithin12Months: n(6),
      structuralRelapseWithin12Months: HIDDEN,
      omklap: n(10),
      omklapShareBasisPoints: 4348,
      negativeEndings: HIDDEN,
    },
    prognosis: [
      { months: 3, expectedOutflow: 4, openTrajectories: n(10) },
      { months: 12, expectedOutflow: 9, openTrajectories: n(10) },
    ],
    signals: { pastNorm: n(7), relapses: HIDDEN, negativeEndings: n(0) },
    suppressionApplied: true,
    ...overrides,
  };
}

const names = { current: '1e halfjaar 2026', previous: '2e halfjaar 2025' };
const row = (table: ReturnType<typeof keyFiguresTable>, key: string) => table.rows.find((r) => r.key === key)?.cells.map(cellText);

describe('key figures', () => {
  const current = monitor();
  const previous = monitor({
    woonplaatsbeginsel: { ...current.woonplaatsbeginsel, housed: n(19), shareBasisPoints: 8100 },
    waitingTime: { ...current.waitingTime, medianDays: null, registered: HIDDEN },
    afterHome: { ...current.afterHome, temporaryRelapseWithin12Months: n(9) },
  });
  const table = keyFiguresTable(current, previous, names);

  it('compares each figure with the previous period', () => {
    expect(table.caption).toBe('Kerncijfers: 1e halfjaar 2026 vergeleken met 2e halfjaar 2025');
    expect(row(table, 'uitstroom')).toEqual(['Uitstroom naar een woning', '23', '19', '+4']);
    expect(row(table, 'terugval-tijdelijk')).toEqual(['Tijdelijke terugval binnen 12 maanden', '6', '9', '−3']);
    expect(row(table, 'woonplaatsbeginsel')).toEqual(['Gehuisvest in gemeente van herkomst', '78,3%', '81,0%', '−2,7 procentpunt']);
  });

  it('gives no difference when either side is hidden or unknown', () => {
    expect(row(table, 'aangemeld')).toEqual(['Aangemeld', '30', '<5', '–']);
    expect(row(table, 'mediaan')).toEqual(['Mediane wachttijd (dagen)', '140', '–', '–']);
    expect(row(table, 'p90')?.slice(1)).toEqual(['–', '–', '–']);
  });
});

describe('tables', () => {
  it('waiting bands with the gateway totals as last row', () => {
    const table = waitingBandsTable(monitor(), '1e halfjaar 2026');
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['0-3 maanden', '8', '<5'],
      ['3-6 maanden', '7', '<5'],
      ['6-9 maanden', '5', '5'],
      ['9-12 maanden', '0', '0'],
      ['Totaal', '20', '10'],
    ]);
  });

  it('woonplaatsbeginsel alphabetically, a withheld share as –', () => {
    const table = woonplaatsbeginselTable(monitor(), 'x');
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['Middelburg', '8', '6', '–'],
      ['Vlissingen', '15', '12', '80,0%'],
      ['Totaal', '23', '18', '78,3%'],
    ]);
  });

  it('after the home, both periods side by side', () => {
    const table = afterHomeTable(monitor(), monitor({ afterHome: { ...monitor().afterHome, omklap: n(4) } }), names);
    expect(table.columns.map((c) => c.label)).toEqual(['Gebeurtenis', '1e halfjaar 2026', '2e halfjaar 2025']);
    expect(table.rows.find((r) => r.key === 'omklap')?.cells.map(cellText)).toEqual(['Omklap naar eigen huurcontract', '10', '4']);
    expect(table.rows.find((r) => r.key === 'tijdelijk-6')?.cells.map(cellText)).toEqual(['Tijdelijke terugval binnen 6 maanden', '<5', '<5']);
  });

  it('a breakdown with its gateway total and labels', () => {
    const table = breakdownTable(monitor().outflowByAgeCategory, 'c', 'Leeftijd', (k) => `${k} jaar`);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([['28-49 jaar', '23'], ['Totaal', '23']]);
  });

  it('signals and the prognosis, dated', () => {
    const table = outlookTable(monitor());
    expect(table.caption).toBe('Signalen en prognose, peildatum 30 juni 2026');
    expect(table.rows.map((r) => cellText(r.cells[1] as never))).toEqual(['7', '<5', '0', '10', '4', '9']);
  });

  it('formats a date the Dutch way', () => {
    expect(formatDate('2026-01-05')).toBe('5 januari 2026');
  });
});

describe('chart rows', () => {
  it('draws no bar for a hidden count and marks the bands past the norm', () => {
    const rows = waitingChartRows(monitor());
    expect(rows[0]).toMatchObject({ housed: 8, stillWaiting: undefined, pastNorm: false });
    expect(rows[2]).toMatchObject({ housed: 5, stillWaiting: 5, pastNorm: true });
    expect(firstBandPastNorm(rows)).toBe('6-9 maanden');
  });

  it('origin shares as percentages, withheld ones undefined', () => {
    expect(originShareRows(monitor())).toEqual([
      { name: 'Middelburg', percent: undefined },
      { name: 'Vlissingen', percent: 80 },
    ]);
    expect(overallOriginShare(monitor())).toBe(78.3);
  });

  it('after-home bars for both periods', () => {
    const rows = afterHomeChartRows(monitor(), monitor({ afterHome: { ...monitor().afterHome, omklap: n(4) } }));
    expect(rows.find((r) => r.key === 'omklap')).toMatchObject({ current: 10, previous: 4 });
    expect(rows.find((r) => r.key === 'negatief')).toMatchObject({ current: undefined, previous: undefined });
  });
});
