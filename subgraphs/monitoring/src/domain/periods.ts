// Reporting periods in one place: Dutch codes (2025-K3, 2025-H1, 2025) and labels, from ISO dates.
export type Granularity = 'quarter' | 'half_year' | 'year';

export interface Period {
  code: string;
  label: string;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, 'YYYY-MM-DD'. */
  end: string;
}

const MONTHS_PER_PERIOD: Record<Granularity, number> = { quarter: 3, half_year: 6, year: 12 };

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The period that contains the date. */
export function periodOf(date: string, granularity: Granularity): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const size = MONTHS_PER_PERIOD[granularity];
  const index = Math.floor((month - 1) / size);
  const startMonth = index * size + 1;
  const start = iso(year, startMonth, 1);
  const end = iso(year, startMonth + size, 0);
  if (granularity === 'quarter') return { code: `${year}-K${index + 1}`, label: `${index + 1}e kwartaal ${year}`, start, end };
  if (granularity === 'half_year') return { code: `${year}-H${index + 1}`, label: `${index + 1}e halfjaar ${year}`, start, end };
  return { code: `${year}`, label: `${year}`, start, end };
}

/** Every period that overlaps [from, to], in order. */
export function periodsBetween(from: string, to: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  for (let period = periodOf(from, granularity); period.start <= to; ) {
    periods.push(period);
    const next = new Date(Date.parse(`${period.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    period = periodOf(next, granularity);
  }
  return periods;
}
