import { describe, expect, it } from 'vitest';
import type { ShownCount } from '../lib/contract.ts';
import type { FrozenTargetProgress } from '../lib/evaluation-contract.ts';
import type { UitstroomMonitor } from '../lib/monitor-contract.ts';
import { cellText } from './figure-table.ts';
import { frozenAfterHomeTable, frozenKeyFiguresTable, reportFilters, suppressionStatement, targetProgressTable } from './evaluation-figures.ts';

const n = (count: number): ShownCount => ({ count, display: String(count), suppressed: false });
const HIDDEN: ShownCount = { count: null, display: '<5', suppressed: true };

const MONITOR: UitstroomMonitor = {
  from: '2025-01-01',
  to: '2025-06-30',
  asOf: '2025-06-30',
  outflowByFacility: { rows: [], total: n(40) },
  outflowByAgeCategory: { rows: [], total: n(40) },
  woonplaatsbeginsel: { housed: n(40), returnedToOrigin: n(30), shareBasisPoints: 7500, perGemeente: [] },
  waitingTime: { registered: n(52), housed: n(31), stillWaiting: n(21), longerThanNorm: HIDDEN, normDays: 183, medianDays: 150, p75Days: null, p90Days: null, bands: [] },
  afterHome: {
    housed: n(40),
    temporaryRelapseWithin6Months: HIDDEN,
    structuralRelapseWithin6Months: n(0),
    temporaryRelapseWithin12Months: n(5),
    structuralRelapseWithin12Months: HIDDEN,
    omklap: n(12),
    omklapShareBasisPoints: 3000,
    negativeEndings: HIDDEN,
  },
  prognosis: [],
  signals: { pastNorm: n(6), relapses: HIDDEN, negativeEndings: HIDDEN },
  suppressionApplied: true,
};

const texts = (rows: { cells: Parameters<typeof cellText>[0][] }[]) => rows.map((row) => row.cells.map(cellText));

describe('frozen monitor tables', () => {
  it('shows the key figures of the one frozen period, without a difference column', () => {
    const table = frozenKeyFiguresTable(MONITOR, '1e halfjaar 2025');
    expect(table.columns.map((c) => c.label)).toEqual(['Kerncijfer', '1e halfjaar 2025']);
    expect(texts(table.rows).slice(0, 4)).toEqual([
      ['Uitstroom naar een woning', '40'],
      ['Aangemeld', '52'],
      ['Van de aangemelden nog wachtend', '21'],
      ['Van de aangemelden langer dan 6 maanden wachtend', '<5'],
    ]);
    expect(table.caption).toBe('Kerncijfers 1e halfjaar 2025');
  });

  it('shows what happened after the home for the frozen period only', () => {
    const table = frozenAfterHomeTable(MONITOR, '1e halfjaar 2025');
    expect(table.columns).toHaveLength(2);
    expect(texts(table.rows)[0]).toEqual(['Gehuisvest (basis)', '40']);
    expect(texts(table.rows).at(-1)).toEqual(['Negatieve afloop', '<5']);
  });
});

describe('targetProgressTable', () => {
  const target = (progress: Partial<FrozenTargetProgress['progress']>): FrozenTargetProgress => ({
    targetId: 'woonkans-woningen',
    description: '50 woningen per jaar',
    progress: { periodStart: '2025-01-01', periodEnd: '2025-12-31', asOf: '2025-06-30', target: 50, realised: 21, expectedByNow: 24.7945, projection: 42.33, status: 'ACHTER', statusLabel: 'achter', reliable: true, ...progress },
  });

  it('shows target, realised, pro-rata and projection with one decimal', () => {
    const table = targetProgressTable([target({})], '1e halfjaar 2025');
    expect(texts(table.rows)).toEqual([['50 woningen per jaar', '1 januari 2025 t/m 31 december 2025', '30 juni 2025', '50', '21', '24,8', '42,3', 'achter']]);
  });

  it('says when the target is missing and when the projection is still uncertain', () => {
    const table = targetProgressTable([target({ target: null, expectedByNow: null, status: null, statusLabel: 'aantal vrijgekomen woningen ontbreekt', reliable: false })], '1e halfjaar 2025');
    const [row] = texts(table.rows);
    expect(row?.[3]).toBe('–');
    expect(row?.[7]).toBe('aantal vrijgekomen woningen ontbreekt (nog onzeker: eerste maand)');
  });
});

describe('report texts', () => {
  it('states whether small numbers are hidden', () => {
    expect(suppressionStatement(true)).toMatch(/^Kleine aantallen verborgen \(<5\)\. Aantallen van 1 tot en met 4/);
    expect(suppressionStatement(false)).toMatch(/niet verborgen/);
  });

  it('lists the filters the figures were made with', () => {
    expect(reportFilters({ covenantName: 'Woonkans', subRegionName: null, periodName: '1e halfjaar 2025', periodFrom: '2025-01-01', periodTo: '2025-06-30' })).toEqual([
      { label: 'Convenant', value: 'Woonkans' },
      { label: 'Deelregio', value: 'hele convenant (alle deelregio’s)' },
      { label: 'Periode', value: '1e halfjaar 2025 (1 januari 2025 t/m 30 juni 2025)' },
      { label: 'Doelgroep', value: 'alle doelgroepen' },
    ]);
  });
});
