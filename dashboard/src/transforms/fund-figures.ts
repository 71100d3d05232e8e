// A Garantiefonds on the Financiën page: key figures, the balance over time, claims per status and
// cost type, open contribution rounds and the claims, as tables and chart rows. Every amount is
// the gateway's (integer cents): the balance follows from its ledger there, not here.
import { CLAIM_STATUSES, type ClaimStatus, type Fund, type FundBalance, type FundClaim, type FundClaimSummary, type FundRound, type FundRoundKind, type FundRoundPart } from '../lib/funding-contract.ts';
import { money, text, type FigureTableModel } from './figure-table.ts';
import { formatCents } from './format.ts';
import { formatDate } from './monitor.ts';
import { sumCents, wholeNumber } from './funding-figures.ts';

const STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  INGEDIEND: 'Ingediend',
  BESPROKEN: 'Besproken',
  GOEDGEKEURD: 'Goedgekeurd',
  AFGEWEZEN: 'Afgewezen',
  UITBETAALD: 'Uitbetaald',
};

export function claimStatusLabel(status: ClaimStatus): string {
  return STATUS_LABELS[status];
}

const ROUND_KIND_LABELS: Readonly<Record<FundRoundKind, string>> = { INLEG: 'eerste inleg', AANVULLING: 'aanvulling' };

const yesNo = (yes: boolean) => (yes ? 'ja' : 'nee');

/** The balance today, what is reserved and available, the threshold and whether it is crossed. */
export function fundKeyFiguresTable(fund: Fund): FigureTableModel {
  const b = fund.balance;
  return {
    caption: `Kerncijfers ${fund.name} op ${formatDate(b.on)}`,
    columns: [
      { label: 'Kerncijfer', numeric: false },
      { label: 'Waarde', numeric: true },
    ],
    rows: [
      { key: 'saldo', cells: [text('Saldo vandaag'), money(b.balanceCents)] },
      { key: 'gereserveerd', cells: [text('Gereserveerd voor goedgekeurde claims'), money(b.reservedCents)] },
      { key: 'beschikbaar', cells: [text('Beschikbaar voor nieuwe claims'), money(b.availableCents)] },
      { key: 'drempel', cells: [text('Drempel voor een aanvullingsronde'), money(fund.topUpThresholdCents)] },
      { key: 'onder-drempel', cells: [text('Saldo onder de drempel'), text(b.belowThreshold ? 'ja: aanvulling nodig' : 'nee')] },
    ],
  };
}

/** Every balance the gateway gives (start, each day with a booking, today), oldest first. */
export function balanceHistoryTable(history: readonly FundBalance[], fundName: string): FigureTableModel {
  return {
    caption: `Saldo in de tijd, ${fundName}`,
    columns: [
      { label: 'Datum', numeric: false },
      { label: 'Saldo', numeric: true },
      { label: 'Gereserveerd', numeric: true },
      { label: 'Beschikbaar', numeric: true },
      { label: 'Onder de drempel', numeric: true },
    ],
    rows: history.map((b) => ({
      key: b.on,
      cells: [text(formatDate(b.on)), money(b.balanceCents), money(b.reservedCents), money(b.availableCents), text(yesNo(b.belowThreshold))],
    })),
  };
}

export interface BalanceChartRow {
  /** The day as a UTC timestamp, so the time axis spaces days truly. */
  time: number;
  label: string;
  balance: number;
}

const dayTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function balanceChartRows(history: readonly FundBalance[]): BalanceChartRow[] {
  return history.map((b) => ({ time: dayTime(b.on), label: formatDate(b.on), balance: b.balanceCents }));
}

/** The first day of every quarter within [first, last], as timestamps for the time axis. */
export function quarterTicks(rows: readonly BalanceChartRow[]): number[] {
  const first = rows[0]?.time;
  const last = rows.at(-1)?.time;
  if (first === undefined || last === undefined) return [];
  const start = new Date(first);
  const ticks: number[] = [];
  for (let month = Math.ceil(start.getUTCMonth() / 3) * 3, year = start.getUTCFullYear(); ; month += 3) {
    const tick = Date.UTC(year + Math.floor(month / 12), month % 12, 1);
    if (tick > last) return ticks;
    if (tick >= first) ticks.push(tick);
  }
}

const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A timestamp on the axis: 'apr 2025'. */
export function formatTick(time: number): string {
  return monthYear.format(new Date(time));
}

function byStatusThenType(a: FundClaimSummary, b: FundClaimSummary): number {
  return CLAIM_STATUSES.indexOf(a.status) - CLAIM_STATUSES.indexOf(b.status) || a.costType.localeCompare(b.costType, 'nl');
}

/** Claims and claimed amounts per status and cost type, in workflow order, with the total claimed. */
export function claimSummaryTable(summary: readonly FundClaimSummary[], fundName: string): FigureTableModel {
  const sorted = [...summary].sort(byStatusThenType);
  return {
    caption: `Claims per status en kostensoort, ${fundName}`,
    columns: [
      { label: 'Status', numeric: false },
      { label: 'Kostensoort', numeric: true },
      { label: 'Claims', numeric: true },
      { label: 'Gevraagd bedrag', numeric: true },
    ],
    rows: [
      ...sorted.map((s) => ({ key: `${s.status}-${s.costType}`, cells: [text(claimStatusLabel(s.status)), text(s.costType), wholeNumber(s.claims), money(s.cents)] })),
      // A claim with several cost types is in several rows: the claims do not add up, the amounts do.
      { key: 'totaal', total: true, cells: [text('Totaal'), text(''), text(''), money(sumCents(sorted.map((s) => s.cents)) ?? 0)] },
    ],
  };
}

export interface ClaimChart {
  /** One series per cost type; `key` is the data key (cost types hold characters chart paths dislike). */
  series: { key: string; costType: string }[];
  /** One bar per status that has claims, in workflow order, stacked by cost type (cents). */
  rows: ({ status: string } & Record<string, number | string>)[];
}

export function claimChart(summary: readonly FundClaimSummary[]): ClaimChart {
  const costTypes = [...new Set(summary.map((s) => s.costType))].sort((a, b) => a.localeCompare(b, 'nl'));
  const series = costTypes.map((costType, i) => ({ key: `s${i}`, costType }));
  const keyOf = new Map(series.map((s) => [s.costType, s.key]));
  const rows = CLAIM_STATUSES.filter((status) => summary.some((s) => s.status === status)).map((status) => {
    const row: { status: string } & Record<string, number | string> = { status: claimStatusLabel(status) };
    for (const s of summary) if (s.status === status) row[keyOf.get(s.costType) ?? ''] = s.cents;
    return row;
  });
  return { series, rows };
}

/** 'Betaald op 3 mei 2026' or 'Nog niet betaald'. */
export function paymentText(part: Pick<FundRoundPart, 'paidOn'>): string {
  return part.paidOn === null ? 'Nog niet betaald' : `Betaald op ${formatDate(part.paidOn)}`;
}

export function roundTitle(round: Pick<FundRound, 'number' | 'kind' | 'raisedOn'>): string {
  return `Ronde ${round.number} (${ROUND_KIND_LABELS[round.kind]}), uitgeschreven op ${formatDate(round.raisedOn)}`;
}

/** Each party's part of a round and whether it has paid, by party name; the totals are the gateway's. */
export function openRoundTable(round: FundRound, fundName: string): FigureTableModel {
  const parts = [...round.parts].sort((a, b) => a.party.name.localeCompare(b.party.name, 'nl'));
  const paid = parts.filter((p) => p.paidOn !== null).length;
  return {
    caption: `${roundTitle(round)}: wie heeft betaald, ${fundName}`,
    columns: [
      { label: 'Partij', numeric: false },
      { label: 'Verschuldigd', numeric: true },
      { label: 'Betaling', numeric: true },
    ],
    rows: [
      ...parts.map((p) => ({ key: p.party.id, cells: [text(p.party.name), money(p.owedCents), text(paymentText(p))] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), money(round.owedCents), text(`${paid} van ${parts.length} betaald: ${formatCents(round.paidCents)}`)] },
    ],
  };
}

/** The round in figures: the balance that raised it, owed and paid (the gateway's totals), who still has to pay. */
export function roundSummary(round: FundRound): string {
  const unpaid = round.parts.filter((p) => p.paidOn === null).length;
  return (
    `${roundTitle(round)}, bij een saldo van ${formatCents(round.balanceAtRaiseCents)}. ` +
    `Verschuldigd ${formatCents(round.owedCents)}, betaald ${formatCents(round.paidCents)}; ` +
    `${unpaid} ${unpaid === 1 ? 'partij moet' : 'partijen moeten'} nog betalen.`
  );
}

/** The claims, newest first: status, day submitted, claimant, claimed and approved — no case codes. */
export function claimListTable(claims: readonly FundClaim[], fundName: string): FigureTableModel {
  return {
    caption: `Claims op het ${fundName}, nieuwste eerst`,
    columns: [
      { label: 'Status', numeric: false },
      { label: 'Ingediend op', numeric: true },
      { label: 'Aanvrager', numeric: true },
      { label: 'Gevraagd', numeric: true },
      { label: 'Toegekend', numeric: true },
    ],
    rows: claims.map((c) => ({
      key: c.id,
      cells: [text(claimStatusLabel(c.status)), text(formatDate(c.submittedOn)), text(c.claimant.name), money(c.claimedCents), money(c.approvedCents)],
    })),
  };
}
