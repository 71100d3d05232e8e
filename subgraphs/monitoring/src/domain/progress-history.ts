// Progress per month for the cumulative chart: realised so far (up to the date), the target and the
// pro-rata line over the whole window, and the projection from the date to the window's end.
import type { ShownCount } from '@uitstroom/disclosure';
import { daysBetween } from '@uitstroom/db/dates';
import { progressOn, type Progress, type ProgressInput } from './progress.ts';

export interface ProgressPoint {
  /** Last day of the month (or of the window, when it ends earlier). */
  date: string;
  /** Cumulative realised up to this date, as published to the viewer; null for dates after the progress date. */
  realised: ShownCount | null;
  /** Pro-rata expectation at this date; null without a target. */
  proRata: number | null;
  /** Projected cumulative count at this date, from the progress date on; null before it. */
  projection: number | null;
}

function monthEnds(from: string, to: string): string[] {
  const ends: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= to) break;
    ends.push(end);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return [...ends, to];
}

/** One point per month of the window containing `input.on`, with the progress it is built from. */
export function progressHistory(input: ProgressInput): { progress: Progress; points: ProgressPoint[] } {
  const progress = progressOn(input);
  const { windowStart, windowEnd, asOf, totalDays, elapsedDays, targetAmount } = progress;
  const dayOf = (date: string) => daysBetween(windowStart, date) + 1;
  const remaining = totalDays - elapsedDays;
  const points = monthEnds(windowStart, windowEnd).map((date): ProgressPoint => {
    const day = dayOf(date);
    const past = date <= asOf;
    return {
      date,
      realised: past ? progressOn({ ...input, on: date }).realisedShown : null,
      proRata: targetAmount === null ? null : (targetAmount * day) / totalDays,
      // A straight line from what is realised now to the projection at the window's end.
      projection: past || remaining === 0 || progress.projectionHidden ? null : progress.realised + ((progress.projection - progress.realised) * (day - elapsedDays)) / remaining,
    };
  });
  return { progress, points };
}
