import { describe, expect, it } from 'vitest';
import type { FrozenTargetProgress } from '../lib/evaluation-contract.ts';
import { monitor, n, SECRET, SMALL } from '../testing/monitor-fixture.ts';
import { cellText, tableLegend, toCsv } from './figure-table.ts';
import { disclosureStatement, frozenAfterHomeTable, frozenKeyFiguresTable, frozenTable, LEGACY_DISCLOSURE, reportFilters, targetProgressTable } from './evaluation-figures.ts';
import { EXACT_LEGEND, LEGACY_LEGEND, PROTECTED_LEGEND, SECRET_LEGEND } from './format.ts';
import { breakdownTable } from './monitor.ts';

const MONITOR = monitor({ waitingTime: { ...monitor().waitingTime, registered: n(52), stillWaiting: n(21), longerThanNorm: SMALL } });

const texts = (rows: { cells: Parameters<typeof cellText>[0][] }[]) => rows.map((row) => row.cells.map(cellText));

describe('frozen monitor tables', () => {
  it('shows the key figures of the one frozen period, without a difference column', () => {
    const table = frozenKeyFiguresTable(MONITOR, '1e halfjaar 2025');
    expect(table.columns.map((c) => c.label)).toEqual(['Kerncijfer', '1e halfjaar 2025']);
    expect(texts(table.rows).slice(0, 4)).toEqual([
      ['Uitstroom naar een woning', '23'],
      ['Aangemeld', '52'],
      ['Van de aangemelden nog wachtend', '21'],
      ['Op de peildatum langer dan 6 maanden wachtend (alle wachtenden)', '<5'],
    ]);
    expect(table.caption).toBe('Kerncijfers 1e halfjaar 2025');
  });

  it('shows what happened after the home for the frozen period only', () => {
    const table = frozenAfterHomeTable(MONITOR, '1e halfjaar 2025');
    expect(table.columns).toHaveLength(2);
    expect(texts(table.rows)[0]).toEqual(['Gehuisvest (basis)', '23']);
    expect(texts(table.rows).at(-1)).toEqual(['Negatieve afloop', '<5']);
  });
});

describe('targetProgressTable', () => {
  const target = (progress: Partial<FrozenTargetProgress['progress']>): FrozenTargetProgress => ({
    targetId: 'woonkans-woningen',
    description: '50 woningen per jaar',
    progress: { periodStart: '2025-01-01', periodEnd: '2025-12-31', asOf: '2025-06-30', target: 50, realised: n(21), expectedByNow: 24.7945, projection: 42.33, status: 'ACHTER', statusLabel: 'achter', reliable: true, ...progress },
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

  it('shows a realised count of 1–4 as <5 and then no projection', () => {
    const table = targetProgressTable([target({ realised: SMALL, projection: null })], '1e halfjaar 2025');
    expect(texts(table.rows)[0]?.slice(4, 7)).toEqual(['<5', '24,8', 'niet getoond']);
    expect(tableLegend(table)).toEqual([PROTECTED_LEGEND]);
  });
});

describe('evaluations frozen before the cell key method', () => {
  it("explain 'x' (a number of 5 or more hidden to protect another) in the legend and in the CSV", () => {
    const old = monitor({ outflowByFacility: { rows: [{ key: 'Beschermd wonen', value: SECRET }, { key: 'Nachtopvang', value: SMALL }], total: n(23) } });
    const table = frozenTable(breakdownTable(old.outflowByFacility, 'c', 'Voorziening'), LEGACY_DISCLOSURE);
    expect(texts(table.rows)).toEqual([['Beschermd wonen', 'x'], ['Nachtopvang', '<5'], ['Totaal', '23']]);
    expect(tableLegend(table)).toEqual([LEGACY_LEGEND, SECRET_LEGEND]);
    expect(toCsv(table)).toContain('\r\nBeschermd wonen;x\r\n');
  });

  it('keep the new legend for evaluations made with the cell key method', () => {
    const table = frozenTable(breakdownTable(monitor().outflowByFacility, 'c', 'Voorziening'), 'ptable-2026-12-v1');
    expect(tableLegend(table)).toEqual([PROTECTED_LEGEND]);
  });
});

describe('report texts', () => {
  it('states how the frozen numbers are protected', () => {
    expect(disclosureStatement({ disclosure: 'ptable-2026-12-v1', monitor: { protectionApplied: true } })).toBe(PROTECTED_LEGEND);
    expect(disclosureStatement({ disclosure: 'ptable-2026-12-v1', monitor: { protectionApplied: false } })).toBe(EXACT_LEGEND);
    expect(disclosureStatement({ disclosure: LEGACY_DISCLOSURE, monitor: { protectionApplied: true } })).toBe(`${LEGACY_LEGEND} ${SECRET_LEGEND}`);
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
