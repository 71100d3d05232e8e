import { describe, expect, it } from 'vitest';
import type { Fund, FundBalance, FundClaimSummary, FundRound } from '../lib/funding-contract.ts';
import { cellText, toCsv, type FigureTableModel } from './figure-table.ts';
import {
  balanceChartRows,
  balanceHistoryTable,
  claimChart,
  claimListTable,
  claimSummaryTable,
  formatTick,
  fundKeyFiguresTable,
  openRoundTable,
  paymentText,
  quarterTicks,
  roundSummary,
} from './fund-figures.ts';

const NBSP = '\u00a0';
const euro = (text: string) => `€${NBSP}${text}`;
const screen = (table: FigureTableModel) => table.rows.map((row) => row.cells.map(cellText));
const csvLines = (table: FigureTableModel) => toCsv(table).replace(/^\uFEFF/, '').trimEnd().split('\r\n');

const balance = (on: string, balanceCents: number, reservedCents: number, threshold = 2_500_000): FundBalance => ({
  on,
  balanceCents,
  reservedCents,
  availableCents: balanceCents - reservedCents,
  belowThreshold: balanceCents < threshold,
});

const round: FundRound = {
  id: 'r2',
  number: 2,
  kind: 'AANVULLING',
  raisedOn: '2026-03-05',
  balanceAtRaiseCents: 2_312_347,
  reason: 'Saldo onder de drempel na uitbetaling',
  owedCents: 11_800_001,
  paidCents: 5_900_001,
  open: true,
  parts: [
    { party: { id: 'woonik', name: 'Woonik' }, owedCents: 5_900_000, paidOn: null },
    { party: { id: 'antares', name: 'Antares' }, owedCents: 5_900_001, paidOn: '2026-03-19' },
  ],
};

const fund: Fund = {
  id: 'woonkans-garantiefonds',
  name: 'Garantiefonds Woonkans',
  source: 'art. 7',
  covenant: { id: 'woonkans', name: 'Woonkans' },
  cashier: { id: 'mgr', name: 'MGR' },
  topUpThresholdCents: 2_500_000,
  terminatedOn: null,
  balance: balance('2026-11-24', 2_312_347, 456_789),
  balanceHistory: [balance('2024-04-15', 0, 0), balance('2024-05-06', 11_800_001, 0), balance('2026-11-24', 2_312_347, 456_789)],
  openRounds: [round],
  claims: [
    { id: 'c2', status: 'GOEDGEKEURD', submittedOn: '2026-10-02', claimant: { id: 'woonik', name: 'Woonik' }, claimedCents: 1_056_789, approvedCents: 456_789 },
    { id: 'c1', status: 'INGEDIEND', submittedOn: '2026-11-01', claimant: { id: 'antares', name: 'Antares' }, claimedCents: 3, approvedCents: null },
  ],
  claimSummary: [],
};

describe('key figures', () => {
  it('shows balance, reserved, available and the threshold to the cent, and says in words that it is below', () => {
    const table = fundKeyFiguresTable(fund);
    expect(table.caption).toBe('Kerncijfers Garantiefonds Woonkans op 24 november 2026');
    expect(screen(table)).toEqual([
      ['Saldo vandaag', euro('23.123,47')],
      ['Gereserveerd voor goedgekeurde claims', euro('4.567,89')],
      ['Beschikbaar voor nieuwe claims', euro('18.555,58')],
      ['Drempel voor een aanvullingsronde', euro('25.000,00')],
      ['Saldo onder de drempel', 'ja: aanvulling nodig'],
    ]);
    expect(cellText(fundKeyFiguresTable({ ...fund, balance: balance('2026-11-24', 2_500_000, 0) }).rows[4]?.cells[1] ?? { kind: 'text', text: '' })).toBe('nee');
  });
});

describe('balance over time', () => {
  it('has a row per balance, oldest first, and the CSV holds the same', () => {
    const table = balanceHistoryTable(fund.balanceHistory, fund.name);
    expect(screen(table)).toEqual([
      ['15 april 2024', euro('0,00'), euro('0,00'), euro('0,00'), 'ja'],
      ['6 mei 2024', euro('118.000,01'), euro('0,00'), euro('118.000,01'), 'nee'],
      ['24 november 2026', euro('23.123,47'), euro('4.567,89'), euro('18.555,58'), 'ja'],
    ]);
    expect(csvLines(table)).toEqual([
      'Datum;Saldo;Gereserveerd;Beschikbaar;Onder de drempel',
      '15 april 2024;0,00;0,00;0,00;ja',
      '6 mei 2024;118000,01;0,00;118000,01;nee',
      '24 november 2026;23123,47;4567,89;18555,58;ja',
    ]);
  });

  it('puts each balance on a true time axis, with a tick on every quarter in range', () => {
    const rows = balanceChartRows(fund.balanceHistory);
    expect(rows.map((r) => r.balance)).toEqual([0, 11_800_001, 2_312_347]);
    expect(rows[0]?.time).toBe(Date.UTC(2024, 3, 15));
    const ticks = quarterTicks(rows).map(formatTick);
    expect(ticks[0]).toBe('jul 2024');
    expect(ticks.at(-1)).toBe('okt 2026');
    expect(ticks).toHaveLength(10);
  });

  it.each([
    { from: '2025-01-01', to: '2025-01-01', ticks: ['jan 2025'] },
    { from: '2025-01-02', to: '2025-03-31', ticks: [] },
    { from: '2025-11-30', to: '2026-04-01', ticks: ['jan 2026', 'apr 2026'] },
  ])('ticks from $from to $to', ({ from, to, ticks }) => {
    expect(quarterTicks(balanceChartRows([balance(from, 0, 0), balance(to, 0, 0)])).map(formatTick)).toEqual(ticks);
  });

  it('has no ticks without balances', () => {
    expect(quarterTicks([])).toEqual([]);
  });
});

describe('claims per status and cost type', () => {
  const summary: FundClaimSummary[] = [
    { status: 'UITBETAALD', costType: 'mutatiekosten', claims: 9, cents: 2_345_679 },
    { status: 'INGEDIEND', costType: 'ontruimingskosten', claims: 1, cents: 310_001 },
    { status: 'UITBETAALD', costType: 'achterstallige huur/huurderving', claims: 10, cents: 5_000_003 },
    { status: 'AFGEWEZEN', costType: 'mutatiekosten', claims: 1, cents: 150_000 },
  ];

  it('lists them in workflow order with the total claimed summed in cents', () => {
    expect(screen(claimSummaryTable(summary, fund.name))).toEqual([
      ['Ingediend', 'ontruimingskosten', '1', euro('3.100,01')],
      ['Afgewezen', 'mutatiekosten', '1', euro('1.500,00')],
      ['Uitbetaald', 'achterstallige huur/huurderving', '10', euro('50.000,03')],
      ['Uitbetaald', 'mutatiekosten', '9', euro('23.456,79')],
      ['Totaal', '', '', euro('78.056,83')],
    ]);
    expect(csvLines(claimSummaryTable(summary, fund.name)).at(-1)).toBe('Totaal;;;78056,83');
  });

  it('stacks the chart by cost type, one bar per status that has claims', () => {
    const chart = claimChart(summary);
    expect(chart.series).toEqual([
      { key: 's0', costType: 'achterstallige huur/huurderving' },
      { key: 's1', costType: 'mutatiekosten' },
      { key: 's2', costType: 'ontruimingskosten' },
    ]);
    expect(chart.rows).toEqual([
      { status: 'Ingediend', s2: 310_001 },
      { status: 'Afgewezen', s1: 150_000 },
      { status: 'Uitbetaald', s0: 5_000_003, s1: 2_345_679 },
    ]);
  });

  it('has only a zero total without claims', () => {
    expect(screen(claimSummaryTable([], fund.name))).toEqual([['Totaal', '', '', euro('0,00')]]);
    expect(claimChart([])).toEqual({ series: [], rows: [] });
  });
});

describe('open rounds', () => {
  it('says per party, by name, whether it paid; the totals are the round’s', () => {
    const table = openRoundTable(round, fund.name);
    expect(table.caption).toBe('Ronde 2 (aanvulling), uitgeschreven op 5 maart 2026: wie heeft betaald, Garantiefonds Woonkans');
    expect(screen(table)).toEqual([
      ['Antares', euro('59.000,01'), 'Betaald op 19 maart 2026'],
      ['Woonik', euro('59.000,00'), 'Nog niet betaald'],
      ['Totaal', euro('118.000,01'), `1 van 2 betaald: ${euro('59.000,01')}`],
    ]);
    expect(csvLines(table)).toEqual([
      'Partij;Verschuldigd;Betaling',
      'Antares;59000,01;Betaald op 19 maart 2026',
      'Woonik;59000,00;Nog niet betaald',
      `Totaal;118000,01;1 van 2 betaald: ${euro('59.000,01')}`,
    ]);
  });

  it.each([
    { paidOn: null, text: 'Nog niet betaald' },
    { paidOn: '2026-01-09', text: 'Betaald op 9 januari 2026' },
  ])('$paidOn → $text', ({ paidOn, text }) => {
    expect(paymentText({ paidOn })).toBe(text);
  });

  it('sums the round up in one line', () => {
    expect(roundSummary(round)).toBe(
      `Ronde 2 (aanvulling), uitgeschreven op 5 maart 2026, bij een saldo van ${euro('23.123,47')}. ` +
        `Verschuldigd ${euro('118.000,01')}, betaald ${euro('59.000,01')}; 1 partij moet nog betalen.`,
    );
  });
});

describe('the claims', () => {
  it('shows status, day, claimant and amounts, newest first as given, a dash until approved', () => {
    const table = claimListTable(fund.claims, fund.name);
    expect(table.columns.map((c) => c.label)).toEqual(['Status', 'Ingediend op', 'Aanvrager', 'Gevraagd', 'Toegekend']);
    expect(screen(table)).toEqual([
      ['Goedgekeurd', '2 oktober 2026', 'Woonik', euro('10.567,89'), euro('4.567,89')],
      ['Ingediend', '1 november 2026', 'Antares', euro('0,03'), '–'],
    ]);
    expect(csvLines(table).slice(1)).toEqual(['Goedgekeurd;2 oktober 2026;Woonik;10567,89;4567,89', 'Ingediend;1 november 2026;Antares;0,03;']);
  });
});
