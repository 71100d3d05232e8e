// The period grid at the API's edge: a protected viewer's range or reference date off the grid is
// refused with BAD_USER_INPUT naming what may be asked instead (domain/period-grid.ts).
import { getCovenantTerm, getEvaluationRules } from '@uitstroom/db/queries/evaluations';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { evaluationMoments } from '../domain/evaluation-calendar.ts';
import { calendarPeriod, monitorPeriodProblem, rangeProblem, referenceDateProblem, type OwnPeriod } from '../domain/period-grid.ts';
import type { Granularity } from '../domain/periods.ts';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The periods of the covenant's evaluation calendar (a covenant year, the months after its start). */
async function evaluationPeriods(covenantId: string, { db }: Context): Promise<OwnPeriod[]> {
  const [term, rules] = await Promise.all([getCovenantTerm(db, covenantId), getEvaluationRules(db, covenantId)]);
  if (term === null) return [];
  const until = term.endsOn ?? '2100-12-31';
  return evaluationMoments(rules, term, until).map((m) => ({ code: m.periodCode, from: m.periodFrom, to: m.periodTo }));
}

/** Refuses a monitor range that is not one calendar period or one of the covenant's evaluation periods. */
export async function requireMonitorPeriod(covenantId: string, from: string, to: string, context: Context): Promise<void> {
  if (calendarPeriod(from, to) !== null) return;
  const problem = monitorPeriodProblem(from, to, context.viewer.role, await evaluationPeriods(covenantId, context));
  if (problem !== null) throw badInput(problem);
}

export function requireWholePeriods(from: string, to: string, granularity: Granularity, role: string): void {
  const problem = rangeProblem(from, to, granularity, role);
  if (problem !== null) throw badInput(problem);
}

export function requireReferenceDate(on: string, dataDate: string | null, role: string): void {
  const problem = referenceDateProblem(on, dataDate, role);
  if (problem !== null) throw badInput(problem);
}
