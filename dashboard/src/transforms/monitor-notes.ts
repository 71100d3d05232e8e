// The sentences beside the monitor's figures that say what a number is not: a quantile that cannot
// be estimated yet, relapse windows not complete yet, a prognosis withheld. All from the gateway's
// own flags and notes; nothing is judged here.
import type { UitstroomMonitor, WaitingQuantile } from '../lib/monitor-contract.ts';
import { formatCount } from './format.ts';
import { formatDate, waitingQuantile } from './monitor.ts';

function quantilePart(q: WaitingQuantile | undefined, says: (days: string) => string, name: string): string {
  if (q === undefined) return `${name} — onbekend`;
  if (q.status === 'GESCHAT' && q.days !== null) return says(formatCount(q.days));
  return `${name} — ${q.note ?? (q.status === 'NOG_NIET_BEREIKT' ? 'nog niet bereikt' : 'nog niet te schatten')}`;
}

/** 'Mediane wachttijd 168 dagen; 90% had binnen 245 dagen een woning.' or why not, in the gateway's words. */
export function waitingQuantilesText(monitor: UitstroomMonitor): string {
  const median = quantilePart(waitingQuantile(monitor, 50), (d) => `Mediane wachttijd ${d} dagen`, 'Mediane wachttijd');
  const p90 = quantilePart(waitingQuantile(monitor, 90), (d) => `90% had binnen ${d} dagen een woning`, '90%-wachttijd');
  const anyDays = monitor.waitingTime.quantiles.some((q) => q.days !== null);
  const weeks = monitor.protectionApplied && anyDays ? ' (afgerond op hele weken)' : '';
  return `${median}; ${p90}${weeks}.`;
}

/**
 * Relapse within 6 or 12 months cannot be counted whole for people housed less than that long
 * before the data date: each period whose window is not complete yet gets a sentence.
 */
export function afterHomeNotes(periods: readonly { name: string; monitor: UitstroomMonitor }[]): string[] {
  return periods.flatMap(({ name, monitor }) => {
    const a = monitor.afterHome;
    if (a.within12MonthsObserved) return [];
    const months = a.within6MonthsObserved ? '12' : '6 en 12';
    const followed = a.within6MonthsObserved ? '12 maanden' : '6 maanden';
    return [
      `Nog niet volledig voor ${name}: terugval binnen ${months} maanden — wie in deze periode een woning kreeg, is nog geen ${followed} gevolgd (gegevens t/m ${formatDate(a.observedUntil)}).`,
    ];
  });
}

/** Why the prognosis is not shown, once, in the gateway's words. */
export function prognosisNotes(monitor: UitstroomMonitor): string[] {
  return [...new Set(monitor.prognosis.flatMap((p) => (p.expectedOutflow === null && p.note !== null ? [`Prognose ${p.note}.`] : [])))];
}
