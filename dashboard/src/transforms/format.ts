// Pure formatters for what the user reads; Dutch conventions throughout.

const countFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 1234 → '1.234' */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/**
 * Integer euro cents as the user reads them: 123456 → '€ 1.234,56'. Dividing by 100 only to format is
 * exact (every whole number of cents below 2^53 / 100 rounds back to itself at two decimals); totals are
 * summed in cents before they get here.
 */
export function formatCents(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** Integer euro cents for a spreadsheet: 123456 → '1234,56', -5 → '-0,05' (decimal comma, no separators). */
export function plainCents(cents: number): string {
  const magnitude = Math.abs(cents);
  const euros = Math.trunc(magnitude / 100);
  const rest = String(magnitude % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${euros},${rest}`;
}

/** ('2023-K1', '2026-K4') → '2023-K1 t/m 2026-K4'; a single period stays as it is. */
export function formatPeriodRange(firstCode: string | undefined, lastCode: string | undefined): string {
  if (firstCode === undefined || lastCode === undefined) return '';
  return firstCode === lastCode ? firstCode : `${firstCode} t/m ${lastCode}`;
}

export function outflowCaption(covenantName: string): string {
  return `Uitstroom per doelgroep per kwartaal — ${covenantName}`;
}

/** Text alternative for the chart; the table beneath it carries every number. */
export function describeOutflowChart(input: {
  covenantName: string;
  firstPeriodCode: string | undefined;
  lastPeriodCode: string | undefined;
  /** What the chart leaves out, from notDrawnText(); null when it draws everything. */
  notDrawn: string | null;
}): string {
  const range = formatPeriodRange(input.firstPeriodCode, input.lastPeriodCode);
  const period = range === '' ? '' : `, ${range}`;
  const left = input.notDrawn === null ? '' : ` ${input.notDrawn}`;
  return `Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, ${input.covenantName}${period}.${left} De cijfers staan in de tabel onder het diagram.`;
}

/** What '<5' means, for the cell itself (abbreviation title). */
export const SMALL_COUNT_EXPLANATION = 'een aantal van 1 tot 4';

/** What 'x' means in an evaluation frozen before the cell key method (CBS: geheim). */
export const SECRET_COUNT_EXPLANATION = 'geheim: een aantal van 5 of meer, verborgen om een ander aantal te beschermen';

/** The one legend under every table with protected counts (cell key method). */
export const PROTECTED_LEGEND =
  'Beschermde aantallen: kleine afwijkingen voorkomen dat iemand herkenbaar is; totalen tellen daardoor niet altijd precies op. ' +
  "'<5' is een aantal van 1 tot 4; 0 kan ook 1 tot 4 betekenen.";

/** The legend for the beheerder, who sees true counts. */
export const EXACT_LEGEND = 'Exacte aantallen: de werkelijke aantallen, zonder afwijkingen.';

/** The legend for 'x' in evaluations frozen under the old small-cell suppression. */
export const SECRET_LEGEND =
  "x = geheim (CBS): een aantal van 5 of meer dat in deze evaluatie verborgen is om een ander aantal te beschermen. " +
  'De cijfers zijn vastgelegd met de oude methode (onderdrukking van kleine aantallen).';

/** The legend for evaluations frozen under the old small-cell suppression (before the cell key method). */
export const LEGACY_LEGEND = "Vastgelegd met de oude methode (onderdrukking van kleine aantallen): '<5' is een aantal van 1 tot 4.";

/** Why a total shows '—' for a protected viewer. */
export const UNPUBLISHED_TOTALS_NOTE = '— : totalen over meer dan één periode worden niet gepubliceerd, zodat er niets uit af te leiden is.';

/** The legend for counts of one viewer: protected, or the beheerder's true counts. */
export function protectionLegend(protectionApplied: boolean): string {
  return protectionApplied ? PROTECTED_LEGEND : EXACT_LEGEND;
}
