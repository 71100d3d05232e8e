// Pure formatters for what the user reads; Dutch conventions throughout.

const countFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 1234 → '1.234' */
export function formatCount(value: number): string {
  return countFormat.format(value);
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
  total: number;
}): string {
  const range = formatPeriodRange(input.firstPeriodCode, input.lastPeriodCode);
  const period = range === '' ? '' : `, ${range}`;
  return (
    `Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, ${input.covenantName}${period}. ` +
    `Totaal: ${formatCount(input.total)}. De cijfers staan in de tabel onder het diagram.`
  );
}
