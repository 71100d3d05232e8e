// Targets (streefaantallen) and their progress. Rows from SQL, realisations per day from the
// published views, arithmetic in domain/progress.ts.
import { getDailyRealisations, getTargets, getVacancyCount, setVacancyCount, type TargetRow } from '@uitstroom/db/queries/targets';
import { covenantForbidden, ofVisibleCovenants, todayInNetherlands, visibleOrForbidden } from '@uitstroom/subgraph-kit';
import { exact, type ShownCount } from '@uitstroom/disclosure';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { disclosureOf, seesExactCounts } from '../domain/visibility.ts';
import { requireReferenceDate } from './grid.ts';
import { progressHistory } from '../domain/progress-history.ts';
import { progressOn, windowFor, type Progress, type ProgressInput, type TargetDefinition } from '../domain/progress.ts';
import { statusLabel, vacancyInputProblem, vacancyYearProblem } from '../domain/target-texts.ts';

/** How many earlier years the seasonal projection looks at. */
const HISTORY_YEARS = 5;

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

/** A stored target as the progress rules read it. */
export function targetDefinition(row: TargetRow): TargetDefinition {
  return {
    kind: row.kind,
    amount: row.amount,
    basisPoints: row.basisPoints,
    period: row.period,
    validFrom: row.validFrom,
    validTo: row.validTo,
    toleranceBasisPoints: row.toleranceBasisPoints,
  };
}

/**
 * The day progress is measured on: the date asked, or by default the covenant's data date (today
 * when nothing is recorded), and never past the data date — days without data would count as days
 * without realisations. A protected viewer may ask only for a month's last day or the data date.
 */
async function progressDay(row: TargetRow, asked: string | null | undefined, { loaders, viewer }: Context, fromCalendar = false): Promise<string> {
  const today = todayInNetherlands();
  const dataDate = await loaders.dataDate.load(row.covenantId);
  const latest = dataDate !== null && dataDate < today ? dataDate : today;
  if (asked === null || asked === undefined) return latest;
  if (!seesExactCounts(viewer) && !fromCalendar) requireReferenceDate(asked, dataDate, viewer.role);
  return asked < latest ? asked : latest;
}

/** Everything progressOn needs for the period containing `on`: realisations, and the vacancy count for a ratio target. */
async function progressInput(row: TargetRow, on: string, { db, viewer }: Context): Promise<ProgressInput> {
  const target = targetDefinition(row);
  const [windowStart, windowEnd] = windowFor(target, on);
  const year = Number(windowStart.slice(0, 4));
  const earliest = `${year - HISTORY_YEARS}-01-01`;
  const from = earliest < row.validFrom ? row.validFrom : earliest;
  const [daily, vacancies] = await Promise.all([
    getDailyRealisations(db, { metric: row.metric, covenantId: row.covenantId, subRegionId: row.subRegionId, partyId: row.partyId, from, to: windowEnd }),
    row.kind === 'aandeel_vrijgekomen' && row.partyId !== null ? getVacancyCount(db, row.partyId, year - 1) : Promise.resolve(null),
  ]);
  return { target, on, daily, vacanciesPreviousYear: vacancies, disclosure: disclosureOf(viewer) };
}

function shape(row: TargetRow, input: ProgressInput, p: Progress) {
  const missingInput = row.kind === 'aandeel_vrijgekomen' && input.vacanciesPreviousYear === null ? vacancyYearProblem(Number(p.windowStart.slice(0, 4)) - 1) : null;
  return {
    periodStart: p.windowStart,
    periodEnd: p.windowEnd,
    asOf: p.asOf,
    elapsedDays: p.elapsedDays,
    totalDays: p.totalDays,
    target: p.targetAmount,
    realised: p.realisedShown,
    expectedByNow: p.expectedByNow,
    projection: p.projectionHidden ? null : p.projection,
    projectionMethod: upper(p.projectionMethod),
    status: p.status === null ? null : upper(p.status),
    statusLabel: statusLabel(p.status, missingInput),
    reliable: p.reliable,
    vacanciesPreviousYear: input.vacanciesPreviousYear,
    missingInput,
  };
}

/**
 * A target's progress on a date (default: the data date), as the API gives it; also frozen into
 * evaluations, at the end of an evaluation period (`fromCalendar`: a date of the covenant's own
 * calendar, on the grid even when it is not a month's end).
 */
export async function targetProgress(row: TargetRow, asked: string | null | undefined, context: Context, fromCalendar = false) {
  const input = await progressInput(row, await progressDay(row, asked, context, fromCalendar), context);
  return shape(row, input, progressOn(input));
}

export const targetResolvers = {
  Target: {
    __resolveReference: async (ref: { id: string }, { loaders, viewer }: Context) => visibleOrForbidden(viewer, await loaders.target.load(ref.id)),
    covenant: (row: TargetRow) => ({ __typename: 'Covenant', id: row.covenantId }),
    party: (row: TargetRow) => (row.partyId === null ? null : { __typename: 'Party', id: row.partyId }),
    metric: (row: TargetRow) => upper(row.metric),
    kind: (row: TargetRow) => upper(row.kind),
    progress: (row: TargetRow, args: { on?: string | null }, context: Context) => targetProgress(row, args.on, context),
    history: async (row: TargetRow, args: { on?: string | null }, context: Context) => {
      const input = await progressInput(row, await progressDay(row, args.on, context), context);
      return progressHistory(input).points;
    },
  },
  /** Progress frozen before the cell key method held the realised count as a bare number. */
  TargetProgress: {
    realised: (p: { realised: number | ShownCount }): ShownCount => (typeof p.realised === 'number' ? exact.show({ n: p.realised, keySum: 0 }) : p.realised),
  },
  covenantTargets: (covenantId: string, { db }: Context) => getTargets(db, covenantId),
  allTargets: async (_: unknown, __: unknown, { db, viewer }: Context) => ofVisibleCovenants(viewer, await getTargets(db)),
  setVacancyCount: async (_: unknown, args: { partyId: string; year: number; count: number }, { db, viewer }: Context) => {
    if (viewer.role !== 'beheerder' && viewer.role !== 'werkgroep') {
      throw new GraphQLError(`role "${viewer.role}" may not record vacancy counts; that needs beheerder or werkgroep`, { extensions: { code: 'FORBIDDEN' } });
    }
    const ratioTargets = (await getTargets(db)).filter((t) => t.kind === 'aandeel_vrijgekomen');
    const ofParty = ratioTargets.filter((t) => t.partyId === args.partyId);
    if (ofParty.length > 0 && ofVisibleCovenants(viewer, ofParty).length === 0) throw covenantForbidden(viewer, ofParty[0]?.covenantId ?? '');
    const ratioParties = ratioTargets.map((t) => t.partyId);
    const problem = vacancyInputProblem(args, ratioParties, todayInNetherlands());
    if (problem !== null) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
    const saved = await setVacancyCount(db, args);
    return { party: { __typename: 'Party', id: saved.partyId }, year: saved.year, count: saved.count };
  },
};
