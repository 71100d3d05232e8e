import { describe, expect, it } from 'vitest';
import type { AgreementYear, CostYear, FinanceCovenant } from '../lib/funding-contract.ts';
import { cellText, toCsv, type FigureTableModel } from './figure-table.ts';
import {
  agreementTable,
  costCovenants,
  costYears,
  financeSearch,
  formatEuroTick,
  parseFinanceSelection,
  partyCostChartRows,
  partyCostTable,
  resolveCostCovenant,
  resolveCostYear,
  sumCents,
  visitsSentence,
} from './funding-figures.ts';

const NBSP = '\u00a0';
const screen = (table: FigureTableModel) => table.rows.map((row) => row.cells.map(cellText));

const party = (id: string, name: string, budgetCents: number, actualCents: number) => ({ party: { id, name }, budgetCents, actualCents });

const agreement = (id: string, costType: AgreementYear['agreement']['costType'], figures: Omit<AgreementYear, 'agreement'>): AgreementYear => ({
  agreement: { id, costType, description: id, source: 'art. 10.2' },
  ...figures,
});

/** Odd amounts: the split of €15,000 + 104 visits × 2 h × €69,01 does not come out in round euros. */
const meppel2025: CostYear = {
  year: 2025,
  visits: 104,
  agreements: [
    agreement('lic', 'LICENTIE', { hourlyRateCents: null, budgetCents: 1_500_000, actualUnits: null, actualCents: 1_500_000 }),
    agreement('uit', 'UITVOERING', { hourlyRateCents: 6_901, budgetCents: 1_380_200, actualUnits: 104, actualCents: 1_435_408 }),
    agreement('train', 'TRAINING', { hourlyRateCents: null, budgetCents: null, actualUnits: null, actualCents: null }),
  ],
  parties: [party('gemeente-meppel', 'Gemeente Meppel', 1_440_100, 1_612_367), party('woonconcept', 'Woonconcept', 1_296_090, 1_183_961), party('actium', 'Actium', 144_010, 139_080)],
};

describe('the selection in the URL', () => {
  it.each([
    { search: '?pagina=financien', covenantId: null, year: null },
    { search: '?pagina=financien&convenant=meppel-vzw&jaar=2025', covenantId: 'meppel-vzw', year: 2025 },
    { search: '?jaar=25&convenant=%20', covenantId: null, year: null },
    { search: '?jaar=twee', covenantId: null, year: null },
  ])('$search → $covenantId, $year', ({ search, covenantId, year }) => {
    expect(parseFinanceSelection(search)).toEqual({ covenantId, year });
  });

  it('writes covenant and year, keeping the page', () => {
    expect(financeSearch({ covenantId: 'meppel-vzw', year: 2025 }, '?pagina=financien&jaar=2026')).toBe('?pagina=financien&jaar=2025&convenant=meppel-vzw');
  });

  it.each([
    { validFroms: ['2025-03-13', '2025-03-13'], today: '2026-11-24', years: [2026, 2025] },
    { validFroms: ['2024-12-31', '2025-03-13'], today: '2025-01-01', years: [2025, 2024] },
    { validFroms: ['2027-01-01'], today: '2026-11-24', years: [2027] },
    { validFroms: [], today: '2026-11-24', years: [] },
  ])('offers the years from $validFroms to $today', ({ validFroms, today, years }) => {
    expect(costYears(validFroms, today)).toEqual(years);
  });

  it.each([
    { requested: 2025, expected: 2025 },
    { requested: null, expected: 2026 },
    { requested: 2019, expected: 2026 },
  ])('resolves year $requested to $expected', ({ requested, expected }) => {
    expect(resolveCostYear([2026, 2025], requested, '2026-11-24')).toBe(expected);
  });

  it('falls back to the newest year offered when the current year is not', () => {
    expect(resolveCostYear([2027], null, '2026-11-24')).toBe(2027);
    expect(resolveCostYear([], null, '2026-11-24')).toBeUndefined();
  });

  it('offers only covenants with cost agreements, by name', () => {
    const covenant = (id: string, name: string, agreements: number): FinanceCovenant => ({
      id,
      name,
      costAgreements: Array.from({ length: agreements }, (_, i) => ({ id: `${id}-${i}`, validFrom: '2025-01-01' })),
      funds: [],
    });
    const list = costCovenants([covenant('woonkans', 'Woonkans', 0), covenant('z', 'Zwolle', 1), covenant('meppel-vzw', 'Meppel', 3)]);
    expect(list.map((c) => c.id)).toEqual(['meppel-vzw', 'z']);
    expect(resolveCostCovenant(list, 'z')?.id).toBe('z');
    expect(resolveCostCovenant(list, 'woonkans')?.id).toBe('meppel-vzw');
  });
});

describe('sumCents', () => {
  it.each([
    { amounts: [1_440_100, 1_296_090, 144_010], sum: 2_880_200 },
    { amounts: [1, 2, null, 7], sum: 10 },
    // €0,10 + €0,20: in floating euros 0.1 + 0.2 is 0.30000000000000004; in cents it is 30.
    { amounts: [10, 20], sum: 30 },
    { amounts: [null, null], sum: null },
    { amounts: [], sum: null },
  ])('$amounts → $sum', ({ amounts, sum }) => {
    expect(sumCents(amounts)).toBe(sum);
  });
});

describe('the cost split per party', () => {
  const table = partyCostTable(meppel2025, 'VoorzieningenWijzer Meppel');

  it('shows every party to the cent, with totals summed in cents', () => {
    expect(table.caption).toBe('Kosten per partij: voorcalculatie en nacalculatie, VoorzieningenWijzer Meppel, 2025');
    expect(screen(table)).toEqual([
      ['Gemeente Meppel', `€${NBSP}14.401,00`, `€${NBSP}16.123,67`],
      ['Woonconcept', `€${NBSP}12.960,90`, `€${NBSP}11.839,61`],
      ['Actium', `€${NBSP}1.440,10`, `€${NBSP}1.390,80`],
      ['Totaal', `€${NBSP}28.802,00`, `€${NBSP}29.354,08`],
    ]);
    expect(table.rows.at(-1)?.total).toBe(true);
  });

  it('exports exactly those rows as CSV, plain amounts with a decimal comma', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFPartij;Voorcalculatie;Nacalculatie\r\n' +
        'Gemeente Meppel;14401,00;16123,67\r\n' +
        'Woonconcept;12960,90;11839,61\r\n' +
        'Actium;1440,10;1390,80\r\n' +
        'Totaal;28802,00;29354,08\r\n',
    );
  });

  it('gives the chart the same amounts in cents', () => {
    expect(partyCostChartRows(meppel2025)).toEqual([
      { name: 'Gemeente Meppel', budget: 1_440_100, actual: 1_612_367 },
      { name: 'Woonconcept', budget: 1_296_090, actual: 1_183_961 },
      { name: 'Actium', budget: 144_010, actual: 139_080 },
    ]);
  });

  it('has a zero totals row without parties', () => {
    expect(screen(partyCostTable({ ...meppel2025, parties: [] }, 'X'))).toEqual([['Totaal', `€${NBSP}0,00`, `€${NBSP}0,00`]]);
  });
});

describe('the cost split per agreement', () => {
  const table = agreementTable(meppel2025, 'VoorzieningenWijzer Meppel');

  it('shows rate after indexation, budget, visits and actual; a dash where nothing is agreed', () => {
    expect(screen(table)).toEqual([
      ['Licentie', '–', `€${NBSP}15.000,00`, '–', `€${NBSP}15.000,00`],
      ['Uitvoering (huisbezoeken)', `€${NBSP}69,01`, `€${NBSP}13.802,00`, '104', `€${NBSP}14.354,08`],
      ['Scholing en training', '–', '–', '–', '–'],
      ['Totaal', '', `€${NBSP}28.802,00`, '', `€${NBSP}29.354,08`],
    ]);
  });

  it('totals the agreements to the same cents as the parties', () => {
    const partyTotals = screen(partyCostTable(meppel2025, 'X')).at(-1);
    const agreementTotals = screen(table).at(-1);
    expect([agreementTotals?.[2], agreementTotals?.[4]]).toEqual(partyTotals?.slice(1));
  });

  it('leaves empty CSV fields where the screen shows a dash', () => {
    expect(toCsv(table).split('\r\n').slice(1, 4)).toEqual(['Licentie;;15000,00;;15000,00', 'Uitvoering (huisbezoeken);69,01;13802,00;104;14354,08', 'Scholing en training;;;;']);
  });
});

describe('texts', () => {
  it.each([
    { cents: 2_500_000, tick: `€${NBSP}25.000` },
    { cents: 12_345_678, tick: `€${NBSP}123.457` },
    { cents: 0, tick: `€${NBSP}0` },
  ])('axis tick $cents → $tick', ({ cents, tick }) => {
    expect(formatEuroTick(cents)).toBe(tick);
  });

  it.each([
    { visits: 104, text: 'In 2025 zijn 104 huishoudbezoeken vastgelegd.' },
    { visits: 1, text: 'In 2025 is 1 huishoudbezoek vastgelegd.' },
    { visits: 1200, text: 'In 2025 zijn 1.200 huishoudbezoeken vastgelegd.' },
  ])('$visits visits', ({ visits, text }) => {
    expect(visitsSentence(2025, visits)).toBe(text);
  });
});
