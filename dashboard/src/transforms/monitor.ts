// The uitstroommonitor's figures shaped into the page's tables (and, from the same rows, the CSV).
// Nothing here adds up counts: totals and hidden cells are the gateway's; a difference between two
// periods is only shown when both numbers are.
import type { ShownCount } from '../lib/contract.ts';
import type { Breakdown, UitstroomMonitor, WaitingQuantile } from '../lib/monitor-contract.ts';
import { count, estimate, quantile, share, text, type FigureTableModel, type FigureValue } from './figure-table.ts';

export interface PeriodNames {
  current: string;
  previous: string;
}

/** A period's name as a column says it: 'jaar 2026 (voorlopig)' while it is not over by the data date. */
export function periodColumnName(label: string, monitor: Pick<UitstroomMonitor, 'provisional'>): string {
  return monitor.provisional ? `${label} (voorlopig)` : label;
}

/** The median (50), p75 or p90 of the wait. */
export function waitingQuantile(monitor: UitstroomMonitor, percent: 50 | 75 | 90): WaitingQuantile | undefined {
  return monitor.waitingTime.quantiles.find((q) => q.percent === percent);
}

function difference(a: number | null | undefined, b: number | null | undefined, unit: 'count' | 'days' | 'points'): FigureValue {
  return { kind: 'difference', value: a === null || a === undefined || b === null || b === undefined ? null : a - b, unit };
}

const countDiff = (a: ShownCount, b: ShownCount) => difference(a.suppressed ? null : a.count, b.suppressed ? null : b.count, 'count');

type Row = FigureTableModel['rows'][number];

function countRow(key: string, label: string, pick: (m: UitstroomMonitor) => ShownCount, m: UitstroomMonitor, p: UitstroomMonitor): Row {
  return { key, cells: [text(label), count(pick(m)), count(pick(p)), countDiff(pick(m), pick(p))] };
}

function quantileRow(key: string, label: string, percent: 50 | 90, m: UitstroomMonitor, p: UitstroomMonitor): Row {
  const [now, before] = [waitingQuantile(m, percent), waitingQuantile(p, percent)];
  return { key, cells: [text(label), quantile(now), quantile(before), difference(now?.days, before?.days, 'days')] };
}

function shareRow(key: string, label: string, pick: (m: UitstroomMonitor) => number | null, m: UitstroomMonitor, p: UitstroomMonitor): Row {
  return { key, cells: [text(label), share(pick(m)), share(pick(p)), difference(pick(m), pick(p), 'points')] };
}

/** Kerncijfers: this period against the previous one. */
export function keyFiguresTable(current: UitstroomMonitor, previous: UitstroomMonitor, names: PeriodNames): FigureTableModel {
  const [m, p] = [current, previous];
  return {
    caption: `Kerncijfers: ${names.current} vergeleken met ${names.previous}`,
    columns: [
      { label: 'Kerncijfer', numeric: false },
      { label: names.current, numeric: true },
      { label: names.previous, numeric: true },
      { label: 'Verschil', numeric: true },
    ],
    rows: [
      countRow('uitstroom', 'Uitstroom naar een woning', (x) => x.woonplaatsbeginsel.housed, m, p),
      countRow('aangemeld', 'Aangemeld', (x) => x.waitingTime.registered, m, p),
      countRow('nog-wachtend', 'Van de aangemelden nog wachtend', (x) => x.waitingTime.stillWaiting, m, p),
      countRow('langer-dan-norm', 'Op de peildatum langer dan 6 maanden wachtend (alle wachtenden)', (x) => x.waitingTime.longerThanNorm, m, p),
      countRow('aangemeld-langer-dan-norm', 'Van de in deze periode aangemelden langer dan 6 maanden gewacht', (x) => x.waitingTime.registeredLongerThanNorm, m, p),
      quantileRow('mediaan', 'Mediane wachttijd (dagen)', 50, m, p),
      quantileRow('p90', 'Wachttijd waarbinnen 90% een woning had (dagen)', 90, m, p),
      shareRow('woonplaatsbeginsel', 'Gehuisvest in gemeente van herkomst', (x) => x.woonplaatsbeginsel.shareBasisPoints, m, p),
      countRow('terugval-tijdelijk', 'Tijdelijke terugval binnen 12 maanden', (x) => x.afterHome.temporaryRelapseWithin12Months, m, p),
      countRow('terugval-structureel', 'Structurele terugval binnen 12 maanden', (x) => x.afterHome.structuralRelapseWithin12Months, m, p),
      shareRow('omklap', 'Omklap naar eigen huurcontract', (x) => x.afterHome.omklapShareBasisPoints, m, p),
      countRow('negatief', 'Negatieve afloop', (x) => x.afterHome.negativeEndings, m, p),
    ],
  };
}

/** Waiting time in bands: housed by how long they waited, still waiting by how long so far. */
export function waitingBandsTable(monitor: UitstroomMonitor, periodName: string): FigureTableModel {
  const w = monitor.waitingTime;
  return {
    caption: `Wachttijd van aanmelding tot woning, aangemeld in ${periodName}`,
    columns: [
      { label: 'Wachttijd', numeric: false },
      { label: 'Gehuisvest', numeric: true },
      { label: 'Nog wachtend', numeric: true },
    ],
    rows: [
      ...w.bands.map((band) => ({ key: band.key, cells: [text(band.label), count(band.housed), count(band.stillWaiting)] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), count(w.housed), count(w.stillWaiting)] },
    ],
  };
}

/** Woonplaatsbeginsel per municipality of origin, alphabetically, with the whole as last row. */
export function woonplaatsbeginselTable(monitor: UitstroomMonitor, periodName: string): FigureTableModel {
  const w = monitor.woonplaatsbeginsel;
  const perGemeente = [...w.perGemeente].sort((a, b) => a.gemeente.name.localeCompare(b.gemeente.name, 'nl'));
  return {
    caption: `Woonplaatsbeginsel: gehuisvest in de gemeente van herkomst, ${periodName}`,
    columns: [
      { label: 'Gemeente van herkomst', numeric: false },
      { label: 'Gehuisvest', numeric: true },
      { label: 'In eigen gemeente', numeric: true },
      { label: 'Aandeel', numeric: true },
    ],
    rows: [
      ...perGemeente.map((g) => ({ key: g.gemeente.id, cells: [text(g.gemeente.name), count(g.housed), count(g.returnedToOrigin), share(g.shareBasisPoints)] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), count(w.housed), count(w.returnedToOrigin), share(w.shareBasisPoints)] },
    ],
  };
}

/** `short` labels the chart's axis, where the table's words do not fit. */
export const AFTER_HOME_ROWS: readonly { key: string; label: string; short: string; pick: (m: UitstroomMonitor) => ShownCount }[] = [
  { key: 'tijdelijk-6', short: 'Tijdelijk ≤ 6 mnd', label: 'Tijdelijke terugval binnen 6 maanden', pick: (m) => m.afterHome.temporaryRelapseWithin6Months },
  { key: 'structureel-6', short: 'Structureel ≤ 6 mnd', label: 'Structurele terugval binnen 6 maanden', pick: (m) => m.afterHome.structuralRelapseWithin6Months },
  { key: 'tijdelijk-12', short: 'Tijdelijk ≤ 12 mnd', label: 'Tijdelijke terugval binnen 12 maanden', pick: (m) => m.afterHome.temporaryRelapseWithin12Months },
  { key: 'structureel-12', short: 'Structureel ≤ 12 mnd', label: 'Structurele terugval binnen 12 maanden', pick: (m) => m.afterHome.structuralRelapseWithin12Months },
  { key: 'omklap', short: 'Omklap', label: 'Omklap naar eigen huurcontract', pick: (m) => m.afterHome.omklap },
  { key: 'negatief', short: 'Negatieve afloop', label: 'Negatieve afloop', pick: (m) => m.afterHome.negativeEndings },
];

/** Relapse, omklap and negative endings of those housed in each period. */
export function afterHomeTable(current: UitstroomMonitor, previous: UitstroomMonitor, names: PeriodNames): FigureTableModel {
  return {
    caption: `Na de woning: terugval, omklap en negatieve afloop van wie gehuisvest werd in ${names.current} en ${names.previous}`,
    columns: [
      { label: 'Gebeurtenis', numeric: false },
      { label: names.current, numeric: true },
      { label: names.previous, numeric: true },
    ],
    rows: [
      { key: 'gehuisvest', cells: [text('Gehuisvest (basis)'), count(current.afterHome.housed), count(previous.afterHome.housed)] },
      ...AFTER_HOME_ROWS.map((r) => ({ key: r.key, cells: [text(r.label), count(r.pick(current)), count(r.pick(previous))] })),
    ],
  };
}

/** A one-column breakdown (facility, age category) with its total. */
export function breakdownTable(breakdown: Breakdown, caption: string, keyLabel: string, label: (key: string) => string = (k) => k): FigureTableModel {
  return {
    caption,
    columns: [
      { label: keyLabel, numeric: false },
      { label: 'Uitstroom', numeric: true },
    ],
    rows: [
      ...breakdown.rows.map((row) => ({ key: row.key, cells: [text(label(row.key)), count(row.value)] })),
      { key: 'totaal', total: true, cells: [text('Totaal'), count(breakdown.total)] },
    ],
  };
}

/** Prognosis and signals: what the werkgroep acts on next. */
export function outlookTable(monitor: UitstroomMonitor): FigureTableModel {
  const open = monitor.prognosis[0]?.openTrajectories;
  return {
    caption: `Signalen en prognose, peildatum ${formatDate(monitor.asOf)}`,
    columns: [
      { label: 'Onderwerp', numeric: false },
      { label: 'Aantal', numeric: true },
    ],
    rows: [
      { key: 'boven-norm', cells: [text('Nu langer dan 6 maanden wachtend'), count(monitor.signals.pastNorm)] },
      { key: 'terugval', cells: [text('Terugval in de periode'), count(monitor.signals.relapses)] },
      { key: 'negatief', cells: [text('Negatieve afloop in de periode'), count(monitor.signals.negativeEndings)] },
      ...(open === undefined ? [] : [{ key: 'open', cells: [text('Nu wachtend op een woning'), count(open)] }]),
      ...monitor.prognosis.map((p) => ({
        key: `prognose-${p.months}`,
        // A model estimate, not a count of people; the gateway withholds it on a small open base.
        cells: [text(`Verwachte uitstroom komende ${p.months} maanden (schatting)`), estimate(p.expectedOutflow)],
      })),
    ],
  };
}

/** '2026-06-30' → '30 juni 2026' */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
