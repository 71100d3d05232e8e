import { describe, expect, it } from 'vitest';
import { estimated, monitor, n, notReached, SMALL, tooFew } from '../testing/monitor-fixture.ts';
import { notDrawnText } from './chart-summary.ts';
import { cellText, csvText, tableLegend } from './figure-table.ts';
import { EXACT_LEGEND, PROTECTED_LEGEND } from './format.ts';
import { afterHomeChart, firstBandPastNorm, originNotDrawnText, originShareRows, overallOriginShare, waitingChart } from './monitor-charts.ts';
import { afterHomeNotes, prognosisNotes, waitingQuantilesText } from './monitor-notes.ts';
import { afterHomeTable, breakdownTable, formatDate, keyFiguresTable, outlookTable, periodColumnName, waitingBandsTable, woonplaatsbeginselTable } from './monitor.ts';

const names = { current: '1e halfjaar 2026', previous: '2e halfjaar 2025' };
const row = (table: ReturnType<typeof keyFiguresTable>, key: string) => table.rows.find((r) => r.key === key)?.cells.map(cellText);

describe('key figures', () => {
  const current = monitor();
  const previous = monitor({
    woonplaatsbeginsel: { ...current.woonplaatsbeginsel, housed: n(19), shareBasisPoints: 8100 },
    waitingTime: { ...current.waitingTime, quantiles: [notReached(50), estimated(75, 210), estimated(90, 280)], registered: SMALL },
    afterHome: { ...current.afterHome, temporaryRelapseWithin12Months: n(9) },
  });
  const table = keyFiguresTable(current, previous, names);

  it('compares each figure with the previous period', () => {
    expect(table.caption).toBe('Kerncijfers: 1e halfjaar 2026 vergeleken met 2e halfjaar 2025');
    expect(row(table, 'uitstroom')).toEqual(['Uitstroom naar een woning', '23', '19', '+4']);
    expect(row(table, 'terugval-tijdelijk')).toEqual(['Tijdelijke terugval binnen 12 maanden', '6', '9', '−3']);
    expect(row(table, 'woonplaatsbeginsel')).toEqual(['Gehuisvest in gemeente van herkomst', '78,3%', '81,0%', '−2,7 procentpunt']);
  });

  it('says "longer than 6 months" of everyone waiting, and keeps the cohort figure under its own name', () => {
    expect(row(table, 'langer-dan-norm')).toEqual(['Op de peildatum langer dan 6 maanden wachtend (alle wachtenden)', '41', '41', '0']);
    expect(row(table, 'aangemeld-langer-dan-norm')).toEqual(['Van de in deze periode aangemelden langer dan 6 maanden gewacht', '0', '0', '0']);
  });

  it('gives no difference when either side is <5 or not estimated, and says why a quantile has no number', () => {
    expect(row(table, 'aangemeld')).toEqual(['Aangemeld', '30', '<5', '–']);
    expect(row(table, 'mediaan')).toEqual(['Mediane wachttijd (dagen)', '140', 'nog niet bereikt', '–']);
    expect(row(table, 'p90')).toEqual(['Wachttijd waarbinnen 90% een woning had (dagen)', 'nog niet te schatten', '280', '–']);
    // The CSV holds the same words.
    expect(csvText(table.rows.find((r) => r.key === 'p90')?.cells[1] as never)).toBe('nog niet te schatten');
  });

  it('marks a running period voorlopig in its column', () => {
    expect(periodColumnName('2e halfjaar 2026', monitor({ provisional: true }))).toBe('2e halfjaar 2026 (voorlopig)');
    expect(periodColumnName('1e halfjaar 2026', monitor())).toBe('1e halfjaar 2026');
  });
});

describe('tables', () => {
  it('waiting bands with the gateway totals as last row, and the protected-counts legend', () => {
    const table = waitingBandsTable(monitor(), '1e halfjaar 2026');
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['0-3 maanden', '8', '<5'],
      ['3-6 maanden', '7', '<5'],
      ['6-9 maanden', '5', '5'],
      ['9-12 maanden', '0', '0'],
      ['Totaal', '20', '10'],
    ]);
    expect(tableLegend(table)).toEqual([PROTECTED_LEGEND]);
  });

  it('tells the beheerder the counts are exact', () => {
    const exact = monitor({ outflowByAgeCategory: { rows: [{ key: '28-49', value: n(3, false) }], total: n(3, false) } });
    expect(tableLegend(breakdownTable(exact.outflowByAgeCategory, 'c', 'Leeftijd'))).toEqual([EXACT_LEGEND]);
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

  it('signals and the prognosis, dated; a withheld prognosis shows – and says why once', () => {
    expect(outlookTable(monitor()).caption).toBe('Signalen en prognose, peildatum 30 juni 2026');
    expect(outlookTable(monitor()).rows.map((r) => cellText(r.cells[1] as never))).toEqual(['41', '<5', '0', '10', '4', '9']);
    const note = 'niet getoond: de prognose rust op minder dan 10 open trajecten';
    const small = monitor({ prognosis: [3, 12].map((months) => ({ months, expectedOutflow: null, note, openTrajectories: n(6) })) });
    expect(outlookTable(small).rows.slice(-2).map((r) => cellText(r.cells[1] as never))).toEqual(['–', '–']);
    expect(prognosisNotes(small)).toEqual([`Prognose ${note}.`]);
    expect(prognosisNotes(monitor())).toEqual([]);
  });

  it('formats a date the Dutch way', () => {
    expect(formatDate('2026-01-05')).toBe('5 januari 2026');
  });
});

describe('notes', () => {
  it('says the quantiles, or in the gateway’s words why not, rounded to weeks for protected viewers', () => {
    expect(waitingQuantilesText(monitor())).toBe('Mediane wachttijd 140 dagen; 90%-wachttijd — nog niet te schatten: op dat punt wachtten nog minder dan 10 mensen (afgerond op hele weken).');
    const later = monitor({ protectionApplied: false, waitingTime: { ...monitor().waitingTime, quantiles: [notReached(50), tooFew(75), estimated(90, 300)] } });
    expect(waitingQuantilesText(later)).toBe('Mediane wachttijd — nog niet bereikt: minder dan 50% heeft al een woning; 90% had binnen 300 dagen een woning.');
  });

  it('marks relapse counts whose window is not complete yet, per period', () => {
    const running = monitor({ afterHome: { ...monitor().afterHome, within6MonthsObserved: false, within12MonthsObserved: false } });
    const complete = monitor({ afterHome: { ...monitor().afterHome, within6MonthsObserved: true, within12MonthsObserved: true } });
    expect(afterHomeNotes([{ name: '2e halfjaar 2026', monitor: running }, { name: '1e halfjaar 2026', monitor: monitor() }, { name: '2025', monitor: complete }])).toEqual([
      'Nog niet volledig voor 2e halfjaar 2026: terugval binnen 6 en 12 maanden — wie in deze periode een woning kreeg, is nog geen 6 maanden gevolgd (gegevens t/m 31 oktober 2026).',
      'Nog niet volledig voor 1e halfjaar 2026: terugval binnen 12 maanden — wie in deze periode een woning kreeg, is nog geen 12 maanden gevolgd (gegevens t/m 31 oktober 2026).',
    ]);
  });
});

describe('charts', () => {
  it('draws no bar for a <5, counts it, and marks the bands past the norm', () => {
    const chart = waitingChart(monitor());
    expect(chart.rows[0]).toMatchObject({ housed: 8, stillWaiting: undefined, pastNorm: false });
    expect(chart.rows[2]).toMatchObject({ housed: 5, stillWaiting: 5, pastNorm: true });
    expect(firstBandPastNorm(chart.rows)).toBe('6-9 maanden');
    expect(chart.series).toEqual(['housed', 'stillWaiting']);
    expect(notDrawnText(chart.summary)).toMatch(/^2 waarden '<5' niet getekend/);
  });

  it('leaves a series out of the legend when it has no bar, and says so when nothing can be drawn', () => {
    const w = monitor().waitingTime;
    const onlySmall = monitor({ waitingTime: { ...w, bands: w.bands.map((b) => ({ ...b, housed: n(0), stillWaiting: SMALL })) } });
    expect(waitingChart(onlySmall).series).toEqual([]);
    expect(waitingChart(onlySmall).summary.state).toBe('all-hidden');
    const zeros = monitor({ waitingTime: { ...w, bands: w.bands.map((b) => ({ ...b, housed: n(0), stillWaiting: n(0) })) } });
    expect(waitingChart(zeros).summary.state).toBe('all-zero');
  });

  it('origin shares as percentages; gemeenten without one are left out and counted', () => {
    const rows = originShareRows(monitor());
    expect(rows).toEqual([
      { name: 'Middelburg', percent: undefined },
      { name: 'Vlissingen', percent: 80 },
    ]);
    expect(overallOriginShare(monitor())).toBe(78.3);
    expect(originNotDrawnText(rows)).toBe("Bij 1 gemeente is geen aandeel getoond (minder dan 10 gehuisvest, of een aantal '<5'); die staan niet in het diagram.");
  });

  it('after-home bars for both periods, only periods with a bar in the legend', () => {
    const chart = afterHomeChart(monitor(), monitor({ afterHome: { ...monitor().afterHome, omklap: n(4) } }));
    expect(chart.rows.find((r) => r.key === 'omklap')).toMatchObject({ current: 10, previous: 4 });
    expect(chart.rows.find((r) => r.key === 'negatief')).toMatchObject({ current: undefined, previous: undefined });
    expect(chart.series).toEqual(['previous', 'current']);
    const a = monitor().afterHome;
    const nothingBefore = monitor({ afterHome: { ...a, temporaryRelapseWithin12Months: n(0), omklap: SMALL, structuralRelapseWithin6Months: n(0) } });
    expect(afterHomeChart(monitor(), nothingBefore).series).toEqual(['current']);
  });
});
