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
  /** The gateway's display of the grand total: '171', '0' or '<5'. */
  totalDisplay: string;
  /** Whether the chart leaves out hidden counts. */
  anyHidden?: boolean;
}): string {
  const range = formatPeriodRange(input.firstPeriodCode, input.lastPeriodCode);
  const period = range === '' ? '' : `, ${range}`;
  const hidden = input.anyHidden === true ? ' Verborgen aantallen staan niet in het diagram.' : '';
  return (
    `Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, ${input.covenantName}${period}. ` +
    `Totaal: ${input.totalDisplay}.${hidden} De cijfers staan in de tabel onder het diagram.`
  );
}

/** Explanation of a hidden cell, for the cell itself (tooltip / abbreviation title). */
export const HIDDEN_COUNT_EXPLANATION = 'minder dan 5 personen, of verborgen om een verborgen cel te beschermen';

export const SUPPRESSION_NOTE =
  'Aantallen van 1 tot en met 4 worden getoond als <5; om ze te beschermen kunnen ook andere cellen verborgen zijn. ' +
  'Verborgen aantallen staan niet in de grafiek.';

export const EXACT_COUNTS_NOTE = 'U ziet de exacte aantallen: als beheerder worden kleine aantallen niet verborgen.';

/** The note under the table, or null when there is nothing to explain. */
export function suppressionNote(input: { suppressionApplied: boolean; anyHidden: boolean }): string | null {
  if (!input.suppressionApplied) return EXACT_COUNTS_NOTE;
  return input.anyHidden ? SUPPRESSION_NOTE : null;
}
