// The evaluation calendar, derived from each covenant's evaluation rules (parties subgraph):
// which evaluation is due when, and — against the evaluations recorded — what is done, open or late.
//
// Due dates, where a covenant only names a rhythm: a quarterly or half-yearly report is due by the
// end of the month after its period (the figures must be complete first); a yearly evaluation with
// a month (Meppel: October) is due at the end of that month; a yearly one without (Walcheren's
// partneroverleg "at least once a year") by the end of each covenant year; a one-off evaluation
// `monthsAfterStart` months after the covenant starts. A one-off without a moment has no date.
import { addDays } from '@uitstroom/db/dates';

export type EvaluationKind = 'kwartaal' | 'halfjaar' | 'jaar' | 'eenmalig';
export type MomentState = 'vastgesteld' | 'concept' | 'te_laat' | 'gepland';

export interface EvaluationRule {
  id: number;
  rhythm: EvaluationKind;
  description: string;
  month: number | null;
  monthsAfterStart: number | null;
  source: string;
}

export interface EvaluationMoment {
  ruleId: number;
  kind: EvaluationKind;
  /** The period evaluated: '2025-K3', '2025-H1', '2025', or 'eenmalig-6' for a one-off. */
  periodCode: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  description: string;
  source: string;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const monthEnd = (y: number, m: number) => iso(y, m + 1, 0);
const addMonths = (date: string, months: number) => iso(Number(date.slice(0, 4)), Number(date.slice(5, 7)) + months, Number(date.slice(8, 10)));

function periodic(rule: EvaluationRule, monthsPer: 3 | 6, startsOn: string, until: string): EvaluationMoment[] {
  const out: EvaluationMoment[] = [];
  const firstYear = Number(startsOn.slice(0, 4));
  for (let year = firstYear; iso(year, 1, 1) <= until; year++) {
    for (let index = 0; index < 12 / monthsPer; index++) {
      const from = iso(year, index * monthsPer + 1, 1);
      const to = monthEnd(year, (index + 1) * monthsPer);
      if (to < startsOn || from > until) continue;
      const code = monthsPer === 3 ? `${year}-K${index + 1}` : `${year}-H${index + 1}`;
      out.push({ ruleId: rule.id, kind: rule.rhythm, periodCode: code, periodFrom: from, periodTo: to, dueOn: monthEnd(year, (index + 1) * monthsPer + 1), description: rule.description, source: rule.source });
    }
  }
  return out;
}

function yearly(rule: EvaluationRule, startsOn: string, until: string): EvaluationMoment[] {
  const out: EvaluationMoment[] = [];
  for (let k = 0; ; k++) {
    const from = rule.month === null ? addMonths(startsOn, 12 * k) : iso(Number(startsOn.slice(0, 4)) + k, 1, 1);
    if (from > until) break;
    const to = rule.month === null ? addDays(addMonths(startsOn, 12 * (k + 1)), -1) : iso(Number(from.slice(0, 4)), 12, 31);
    const dueOn = rule.month === null ? to : monthEnd(Number(from.slice(0, 4)), rule.month);
    if (dueOn < startsOn) continue;
    out.push({ ruleId: rule.id, kind: 'jaar', periodCode: rule.month === null ? `convenantjaar-${k + 1}` : from.slice(0, 4), periodFrom: from, periodTo: to, dueOn, description: rule.description, source: rule.source });
  }
  return out;
}

/** Every moment whose period has begun by `until` (so the one under way is there), from the covenant's start and not after its end. */
export function evaluationMoments(rules: readonly EvaluationRule[], covenant: { startsOn: string; endsOn: string | null }, until: string): EvaluationMoment[] {
  const last = covenant.endsOn !== null && covenant.endsOn < until ? covenant.endsOn : until;
  const moments = rules.flatMap((rule): EvaluationMoment[] => {
    switch (rule.rhythm) {
      case 'kwartaal':
        return periodic(rule, 3, covenant.startsOn, last);
      case 'halfjaar':
        return periodic(rule, 6, covenant.startsOn, last);
      case 'jaar':
        return yearly(rule, covenant.startsOn, last);
      case 'eenmalig': {
        if (rule.monthsAfterStart === null) return [];
        const dueOn = addDays(addMonths(covenant.startsOn, rule.monthsAfterStart), -1);
        if (covenant.endsOn !== null && dueOn > covenant.endsOn) return [];
        return [{ ruleId: rule.id, kind: 'eenmalig', periodCode: `eenmalig-${rule.monthsAfterStart}`, periodFrom: covenant.startsOn, periodTo: dueOn, dueOn, description: rule.description, source: rule.source }];
      }
    }
  });
  return mergeSameMoments(moments).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ruleId - b.ruleId);
}

/**
 * Two rules of one covenant can ask for the same moment (Meppel: quarterly reports, art. 10.4, and
 * quarterly progress meetings, art. 13.5): one evaluation settles both, so they are one moment with
 * both texts and sources.
 */
function mergeSameMoments(moments: readonly EvaluationMoment[]): EvaluationMoment[] {
  const byKey = new Map<string, EvaluationMoment>();
  for (const moment of moments) {
    const key = `${moment.kind}/${moment.periodCode}`;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? moment : { ...seen, dueOn: seen.dueOn < moment.dueOn ? seen.dueOn : moment.dueOn, description: `${seen.description}; ${moment.description}`, source: `${seen.source}; ${moment.source}` });
  }
  return [...byKey.values()];
}

/** The state of a moment on `today`, given the evaluation recorded for its period (if any). */
export function momentState(moment: Pick<EvaluationMoment, 'dueOn'>, recorded: 'concept' | 'vastgesteld' | undefined, today: string): MomentState {
  if (recorded !== undefined) return recorded;
  return moment.dueOn < today ? 'te_laat' : 'gepland';
}
