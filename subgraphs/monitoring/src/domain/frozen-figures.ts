// Figures frozen into evaluations are read back as they were adopted. Those frozen before the cell
// key method ('onderdrukking-2025') used small-cell suppression, which also hid numbers of 5 or more
// to protect another and labelled them "<5" as well: read back, those show "x" (CBS: geheim), so an
// adopted evaluation no longer says something false. Fields the monitor has gained since are filled
// in from what the old figures held, never invented.
import { addDays } from '@uitstroom/db/dates';

export const LEGACY_DISCLOSURE = 'onderdrukking-2025';
/** What a number hidden only to protect another shows in a legacy evaluation. */
export const SECRET_DISPLAY = 'x';

type Json = Record<string, unknown>;

interface LegacyShownCount {
  count: number | null;
  display: string;
  suppressed: boolean;
  reason?: 'primary' | 'secondary' | null;
  protected?: boolean;
}

/** A count as read back: secondary ones show "x", and every legacy count was a protected viewer's. */
export function readShownCount(c: LegacyShownCount) {
  return { ...c, display: c.reason === 'secondary' ? SECRET_DISPLAY : c.display, protected: c.protected ?? true };
}

function legacyWaitingTime(waiting: Json, signals: Json) {
  const days = [waiting.medianDays, waiting.p75Days, waiting.p90Days] as (number | null)[];
  return {
    ...waiting,
    // The old longerThanNorm counted the people registered in the period; the people still waiting
    // past the norm at the reference date were the signal beside it.
    registeredLongerThanNorm: waiting.longerThanNorm,
    longerThanNorm: signals.pastNorm,
    quantiles: [50, 75, 90].map((percent, i) => ({
      percent,
      days: days[i] ?? null,
      status: days[i] == null ? 'NOG_NIET_BEREIKT' : 'GESCHAT',
      note: days[i] == null ? 'niet vastgelegd in deze evaluatie' : null,
    })),
  };
}

/** The monitor of an evaluation frozen before the cell key method, in today's shape. */
function legacyMonitor(monitor: Json, frozenOn: string) {
  const periodEnd = monitor.to as string;
  const signals = (monitor.signals ?? {}) as Json;
  return {
    ...monitor,
    dataDate: null,
    provisional: frozenOn < periodEnd,
    protectionApplied: monitor.suppressionApplied ?? true,
    waitingTime: legacyWaitingTime((monitor.waitingTime ?? {}) as Json, signals),
    afterHome: {
      ...(monitor.afterHome as Json),
      within6MonthsObserved: frozenOn >= addDays(periodEnd, 183),
      within12MonthsObserved: frozenOn >= addDays(periodEnd, 365),
      observedUntil: frozenOn < periodEnd ? frozenOn : periodEnd,
    },
    prognosis: ((monitor.prognosis ?? []) as Json[]).map((p) => ({ note: null, ...p })),
  };
}

/** An evaluation's frozen figures as the API gives them, whichever method froze them. */
export function readFrozenFigures(figures: Json, frozenAt: Date | string) {
  if (typeof figures.disclosure === 'string') return figures;
  const frozenOn = new Date(frozenAt).toISOString().slice(0, 10);
  return { ...figures, disclosure: LEGACY_DISCLOSURE, monitor: legacyMonitor(figures.monitor as Json, frozenOn) };
}
