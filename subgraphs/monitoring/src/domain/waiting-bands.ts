// Waits in bands of months, for the waiting-time chart: housed people by how long they waited,
// people still waiting by how long they have waited so far. The bands meet at the 6-month norm,
// so "longer than the norm" is exactly the sum of the bands after it — and can be suppressed
// consistently with them.
import { WAITING_NORM_DAYS } from './waiting-time.ts';

export interface WaitingBandDefinition {
  /** Short code, e.g. '3-6' (months). */
  key: string;
  /** Dutch label for charts and tables. */
  label: string;
  /** First day of the band (inclusive). */
  fromDays: number;
  /** Last day of the band (inclusive); null for the open last band. */
  toDays: number | null;
}

export const WAITING_BANDS: readonly WaitingBandDefinition[] = [
  { key: '0-3', label: '0–3 maanden', fromDays: 0, toDays: 91 },
  { key: '3-6', label: '3–6 maanden', fromDays: 92, toDays: WAITING_NORM_DAYS },
  { key: '6-9', label: '6–9 maanden', fromDays: WAITING_NORM_DAYS + 1, toDays: 274 },
  { key: '9-12', label: '9–12 maanden', fromDays: 275, toDays: 365 },
  { key: '12-18', label: '12–18 maanden', fromDays: 366, toDays: 548 },
  { key: '18+', label: 'langer dan 18 maanden', fromDays: 549, toDays: null },
];

/** Index of the first band past the norm: bands from here on count as "longer than the norm". */
export const FIRST_BAND_PAST_NORM = WAITING_BANDS.findIndex((band) => band.fromDays > WAITING_NORM_DAYS);

export function bandOf(days: number): number {
  const index = WAITING_BANDS.findIndex((band) => days >= band.fromDays && (band.toDays === null || days <= band.toDays));
  if (index < 0) throw new Error(`no waiting band for ${String(days)} days`);
  return index;
}

/** Per band: [housed, still waiting]. Every band is present, empty ones as [0, 0], so charts keep one axis. */
export function waitingBandCounts(observations: readonly { days: number; housed: boolean; n: number }[]): [number, number][] {
  const counts = WAITING_BANDS.map((): [number, number] => [0, 0]);
  for (const { days, housed, n } of observations) {
    const band = counts[bandOf(days)] as [number, number];
    band[housed ? 0 : 1] += n;
  }
  return counts;
}
