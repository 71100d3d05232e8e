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

/**
 * A protected viewer narrows to a party only when it is its own organisation: the shares of every
 * party side by side partition the covenant's figures, and such a web of overlapping groups pinned
 * small counts for the attack suite. Each party sees its own share; the beheerder any.
 */
export function requireOwnParty(partyId: string | null | undefined, viewer: { role: string; organisationId: string | null }): void {
  if (!partyId || partyId === viewer.organisationId) return;
  const yours = viewer.organisationId === null ? 'your token names no organisation' : `yours is "${viewer.organisationId}"`;
  throw new GraphQLError(`narrowing to a party (partyId) is for that party's own users and the beheerder: "${partyId}" is not your organisation (${yours})`, { extensions: { code: 'FORBIDDEN' } });
}

export function requireReferenceDate(on: string, dataDate: string | null, role: string): void {
  const problem = referenceDateProblem(on, dataDate, role);
  if (problem !== null) throw badInput(problem);
}
