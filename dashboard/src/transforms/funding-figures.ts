// The cost split on the Financiën page: which covenant and year are shown (kept in the URL as
// `?pagina=financien&convenant=meppel-vzw&jaar=2025`), and the gateway's costYear shaped into
// tables and chart rows. Every amount comes from the gateway in integer cents; the only arithmetic
// here is a totals row, summed in cents.
import type { IsoDate } from '../lib/contract.ts';
import type { AgreementYear, CostType, CostYear, FinanceCovenant } from '../lib/funding-contract.ts';
import { days, money, text, type FigureTableModel, type FigureValue } from './figure-table.ts';
import { formatCount } from './format.ts';

const PARAMS = { covenant: 'convenant', year: 'jaar' } as const;

export interface FinanceSelection {
  /** null: the first covenant with cost agreements. */
  covenantId: string | null;
  /** null: the current year. */
  year: number | null;
}

/** Reads `?convenant=…&jaar=2025`; what is unusable here is left to the resolvers below. */
export function parseFinanceSelection(search: string): FinanceSelection {
  const params = new URLSearchParams(search);
  const covenantId = params.get(PARAMS.covenant)?.trim() ?? '';
  const year = params.get(PARAMS.year)?.trim() ?? '';
  return { covenantId: covenantId === '' ? null : covenantId, year: /^\d{4}$/.test(year) ? Number(year) : null };
}

/** The query string for a selection, keeping the other parameters (such as `pagina`). */
export function financeSearch(selection: { covenantId: string; year: number }, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  params.set(PARAMS.covenant, selection.covenantId);
  params.set(PARAMS.year, String(selection.year));
  return `?${params.toString()}`;
}

/** Covenants that have cost agreements, by name. */
export function costCovenants(covenants: readonly FinanceCovenant[]): FinanceCovenant[] {
  return covenants.filter((c) => c.costAgreements.length > 0).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The URL's covenant when it has cost agreements, otherwise the first that has. */
export function resolveCostCovenant(covenants: readonly FinanceCovenant[], requestedId: string | null): FinanceCovenant | undefined {
  return covenants.find((c) => c.id === requestedId) ?? covenants[0];
}

/** Every year from the first agreement's start to the current year, newest first. */
export function costYears(validFroms: readonly IsoDate[], today: IsoDate): number[] {
  if (validFroms.length === 0) return [];
  const first = Math.min(...validFroms.map((d) => Number(d.slice(0, 4))));
  const last = Math.max(first, Number(today.slice(0, 4)));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The URL's year when it is offered, otherwise the current year (or the newest offered). */
export function resolveCostYear(years: readonly number[], requested: number | null, today: IsoDate): number | undefined {
  if (requested !== null && years.includes(requested)) return requested;
  const current = Number(today.slice(0, 4));
  return years.includes(current) ? current : years[0];
}

const COST_TYPE_LABELS: Readonly<Record<CostType, string>> = {
  LICENTIE: 'Licentie',
  UITVOERING: 'Uitvoering (huisbezoeken)',
  TRAINING: 'Scholing en training',
};

export function costTypeLabel(costType: CostType): string {
  return COST_TYPE_LABELS[costType];
}

/** Sum of integer cents; null when every amount is null (nothing agreed, so no total either). */
export function sumCents(amounts: readonly (number | null)[]): number | null {
  const known = amounts.filter((a): a is number => a !== null);
  return known.length === 0 ? null : known.reduce((sum, a) => sum + a, 0);
}

/** A whole number (visits, claims): the 'days' cell shows it with thousands separators, exports it plain, and '–' / '' when null. */
export function wholeNumber(n: number | null): FigureValue {
  return days(n);
}

export function partyCostCaption(covenantName: string, year: number): string {
  return `Kosten per partij: voorcalculatie en nacalculatie, ${covenantName}, ${year}`;
}

/** Budget and actual per party, with a totals row summed in cents. */
export function partyCostTable(costYear: CostYear, covenantName: string): FigureTableModel {
  const parties = costYear.parties;
  return {
    caption: partyCostCaption(covenantName, costYear.year),
    columns: [
      { label: 'Partij', numeric: false },
      { label: 'Voorcalculatie', numeric: true },
      { label: 'Nacalculatie', numeric: true },
    ],
    rows: [
      ...parties.map((p) => ({ key: p.party.id, cells: [text(p.party.name), money(p.budgetCents), money(p.actualCents)] })),
      {
        key: 'totaal',
        total: true,
        cells: [text('Totaal'), money(sumCents(parties.map((p) => p.budgetCents)) ?? 0), money(sumCents(parties.map((p) => p.actualCents)) ?? 0)],
      },
    ],
  };
}

export interface PartyCostChartRow {
  name: string;
  budget: number;
  actual: number;
}

/** One group of two bars per party, in cents (the axis formats them as euros). */
export function partyCostChartRows(costYear: CostYear): PartyCostChartRow[] {
  return costYear.parties.map((p) => ({ name: p.party.name, budget: p.budgetCents, actual: p.actualCents }));
}

function agreementCells(a: AgreementYear): FigureValue[] {
  return [text(costTypeLabel(a.agreement.costType)), money(a.hourlyRateCents), money(a.budgetCents), wholeNumber(a.actualUnits), money(a.actualCents)];
}

/** Each agreement's rate after indexation, budget, visits and actual cost, with totals. */
export function agreementTable(costYear: CostYear, covenantName: string): FigureTableModel {
  const agreements = costYear.agreements;
  return {
    caption: `Kosten per afspraak, ${covenantName}, ${costYear.year}`,
    columns: [
      { label: 'Kostensoort', numeric: false },
      { label: 'Uurtarief na indexering', numeric: true },
      { label: 'Voorcalculatie', numeric: true },
      { label: 'Bezoeken', numeric: true },
      { label: 'Nacalculatie', numeric: true },
    ],
    rows: [
      ...agreements.map((a) => ({ key: a.agreement.id, cells: agreementCells(a) })),
      {
        key: 'totaal',
        total: true,
        cells: [text('Totaal'), text(''), money(sumCents(agreements.map((a) => a.budgetCents))), text(''), money(sumCents(agreements.map((a) => a.actualCents)))],
      },
    ],
  };
}

/** Text alternative of the grouped bar chart; the table beside it has every amount. */
export function describePartyCostChart(covenantName: string, year: number, partyCount: number): string {
  return (
    `Gegroepeerd staafdiagram: voorcalculatie en nacalculatie per partij, ${covenantName}, ${year}, ` +
    `${partyCount} ${partyCount === 1 ? 'partij' : 'partijen'}. De bedragen staan in de tabel onder het diagram.`
  );
}

/** 'In 2025 zijn 104 huishoudbezoeken vastgelegd.' */
export function visitsSentence(year: number, visits: number): string {
  return visits === 1 ? `In ${year} is 1 huishoudbezoek vastgelegd.` : `In ${year} zijn ${formatCount(visits)} huishoudbezoeken vastgelegd.`;
}

const euroAxis = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** An axis tick in cents as whole euros: 2500000 → '€ 25.000' (the tables give the exact amounts). */
export function formatEuroTick(cents: number): string {
  return euroAxis.format(Math.round(cents / 100));
}
