// The time axis of the attacker's models: calendar periods by code, and day segments between the
// boundaries of every range the attacker can ask for (quarters, the covenant's own evaluation
// periods, month ends of target progress, the data date). A segment is a time atom: no published
// range starts or ends inside one.
import { addDays } from '@uitstroom/db/dates';

export interface DayRange {
  from: string;
  to: string;
}

/** '2025-K3', '2025-H1' or '2025' → its first and last day. */
export function periodRange(code: string): DayRange {
  const quarter = /^(\d{4})-K([1-4])$/.exec(code);
  if (quarter) return monthsRange(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 3);
  const half = /^(\d{4})-H([12])$/.exec(code);
  if (half) return monthsRange(Number(half[1]), (Number(half[2]) - 1) * 6 + 1, 6);
  if (/^\d{4}$/.test(code)) return monthsRange(Number(code), 1, 12);
  throw new Error(`not a period code: ${code}`);
}

function monthsRange(year: number, firstMonth: number, months: number): DayRange {
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  return { from, to: addDays(new Date(Date.UTC(year, firstMonth - 1 + months, 1)).toISOString().slice(0, 10), -1) };
}

/** Every quarter, half-year and year code of the years, with the previous one of the same kind. */
export function calendarPeriods(years: readonly number[]): { code: string; previous: string }[] {
  const out: { code: string; previous: string }[] = [];
  for (const y of years) {
    for (let q = 1; q <= 4; q++) out.push({ code: `${y}-K${q}`, previous: q === 1 ? `${y - 1}-K4` : `${y}-K${q - 1}` });
    for (let h = 1; h <= 2; h++) out.push({ code: `${y}-H${h}`, previous: h === 1 ? `${y - 1}-H2` : `${y}-H1` });
    out.push({ code: String(y), previous: String(y - 1) });
  }
  return out;
}

/** The last day of every month from `from` to `to` (both included when they are month ends). */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = monthsRange(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 1).to; d <= to; d = monthsRange(Number(d.slice(0, 4)), Number(d.slice(5, 7)) + 1, 1).to) out.push(d);
  return out;
}

/** Day segments between cuts (first days); the last cut only closes the last segment. */
export class Timeline {
  readonly starts: string[];
  private readonly next = new Map<string, string>();

  constructor(cuts: Iterable<string>) {
    const sorted = [...new Set(cuts)].sort();
    this.starts = sorted.slice(0, -1);
    sorted.slice(1).forEach((cut, i) => this.next.set(sorted[i] as string, cut));
  }

  /** A segment's last day. */
  end(start: string): string {
    const next = this.next.get(start);
    if (next === undefined) throw new Error(`${start} does not start a segment`);
    return addDays(next, -1);
  }

  /** The segments that make up [from, to]; throws when the range does not fall on cuts. */
  within(range: DayRange): string[] {
    const inside = this.starts.filter((s) => s >= range.from && s <= range.to);
    if (inside[0] !== range.from || this.end(inside[inside.length - 1] as string) !== range.to) throw new Error(`${range.from} to ${range.to} does not fall on the timeline's cuts`);
    return inside;
  }
}

export { addDays };
