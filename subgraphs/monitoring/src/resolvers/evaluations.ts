// Evaluations: the calendar derived from the covenant's rules, and evaluation records whose figures
// are frozen when made. Reads the parties subgraph's published views, never its tables.
import * as q from '@uitstroom/db/queries/evaluations';
import { getTargets } from '@uitstroom/db/queries/targets';
import { requireCovenant, todayInNetherlands, visibleOrForbidden, type Viewer } from '@uitstroom/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { evaluationMoments, momentState, type EvaluationKind, type EvaluationMoment } from '../domain/evaluation-calendar.ts';
import { PTABLE_VERSION } from '@uitstroom/disclosure';
import { readFrozenFigures } from '../domain/frozen-figures.ts';
import { uitstroomMonitor } from './monitor.ts';
import { targetProgress } from './targets.ts';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot be an evaluation is answered like an unknown one, not with a database error. */
export function isEvaluationId(id: string): boolean {
  return UUID.test(id);
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const WRITERS = new Set(['beheerder', 'werkgroep']);

function assertMayWrite(viewer: Viewer): void {
  if (!WRITERS.has(viewer.role)) throw new GraphQLError(`role "${viewer.role}" may not change evaluations; that needs beheerder or werkgroep`, { extensions: { code: 'FORBIDDEN' } });
}

/** The evaluation a change is about, checked before anything changes: it exists and its covenant is the viewer's. */
async function writable(id: string | null, context: Context): Promise<q.EvaluationRow> {
  assertMayWrite(context.viewer);
  const [row] = id !== null && isEvaluationId(id) ? await q.getEvaluationsByIds(context.db, [id]) : [];
  if (row === undefined) throw badInput(`no evaluation "${id}"`);
  requireCovenant(context.viewer, row.covenantId);
  return row;
}

/** A year ahead of today: far enough to show what is due next. */
function defaultUntil(): string {
  const today = todayInNetherlands();
  return `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
}

export async function calendar(covenantId: string, until: string, { db }: Context, today: string = todayInNetherlands()) {
  const [term, rules, recorded] = await Promise.all([q.getCovenantTerm(db, covenantId), q.getEvaluationRules(db, covenantId), q.getEvaluations(db, covenantId)]);
  if (term === null) return [];
  return evaluationMoments(rules, term, until).map((moment) => {
    const evaluation = recorded.find((e) => e.kind === moment.kind && e.periodCode === moment.periodCode && e.subRegionId === '') ?? recorded.find((e) => e.kind === moment.kind && e.periodCode === moment.periodCode);
    return { ...moment, kind: moment.kind.toUpperCase(), state: momentState(moment, evaluation?.status, today).toUpperCase(), evaluation: evaluation ?? null };
  });
}

/**
 * The monitor as the werkgroep sees it (protected) and every target's progress at the period's end
 * (or the data date, when earlier), also as the werkgroep sees it: an evaluation is read by every
 * role of the covenant, so it holds nothing a protected viewer may not see. `disclosure` records
 * which p-table protected the figures.
 */
async function freeze(covenantId: string, subRegionId: string | null, moment: Pick<EvaluationMoment, 'periodFrom' | 'periodTo'>, context: Context) {
  const werkgroep: Context = { ...context, viewer: { role: 'werkgroep', organisationId: null, covenants: [covenantId] } };
  const targets = (await getTargets(context.db, covenantId)).filter((t) => subRegionId === null || t.subRegionId === null || t.subRegionId === subRegionId);
  const [monitor, progress] = await Promise.all([
    uitstroomMonitor(covenantId, { from: moment.periodFrom, to: moment.periodTo, subRegionId }, werkgroep),
    Promise.all(targets.map(async (t) => ({ targetId: t.id, description: t.description, progress: await targetProgress(t, moment.periodTo, werkgroep, true) }))),
  ]);
  return { disclosure: PTABLE_VERSION, monitor, targets: progress };
}

async function findMoment(covenantId: string, kind: EvaluationKind, periodCode: string, context: Context) {
  const moments = await calendar(covenantId, defaultUntil(), context);
  const moment = moments.find((m) => m.kind === kind.toUpperCase() && m.periodCode === periodCode);
  if (moment === undefined) {
    const known = moments.filter((m) => m.kind === kind.toUpperCase()).map((m) => m.periodCode);
    throw badInput(`covenant "${covenantId}" has no ${kind} evaluation for "${periodCode}"${known.length > 0 ? `; its ${kind} moments are ${known.join(', ')}` : ''}`);
  }
  return moment;
}

interface CreateInput {
  covenantId: string;
  subRegionId?: string | null;
  kind: Uppercase<EvaluationKind>;
  periodCode: string;
  notes?: string | null;
}

/** Runs the change only for an id that can exist (a malformed one would fail in the database). */
async function mustExist<T>(change: () => Promise<T | null>, id: string, context: Context): Promise<T> {
  if (!isEvaluationId(id)) throw badInput(`no evaluation "${id}"`);
  const row = await change();
  if (row !== null) return row;
  const [existing] = await q.getEvaluationsByIds(context.db, [id]);
  throw badInput(existing === undefined ? `no evaluation "${id}"` : `evaluation "${id}" is vastgesteld: its figures, notes and status can no longer change`);
}

export const evaluationMutations = {
  createEvaluation: async (_: unknown, { input }: { input: CreateInput }, context: Context) => {
    assertMayWrite(context.viewer);
    requireCovenant(context.viewer, input.covenantId);
    const kind = input.kind.toLowerCase() as EvaluationKind;
    const moment = await findMoment(input.covenantId, kind, input.periodCode, context);
    if (moment.periodFrom > todayInNetherlands()) throw badInput(`the period ${moment.periodCode} has not begun yet (it starts on ${moment.periodFrom}); there are no figures to evaluate`);
    const figures = await freeze(input.covenantId, input.subRegionId ?? null, moment, context);
    const saved = await q.insertEvaluation(context.db, {
      covenantId: input.covenantId,
      subRegionId: input.subRegionId ?? '',
      kind,
      periodCode: moment.periodCode,
      periodFrom: moment.periodFrom,
      periodTo: moment.periodTo,
      dueOn: moment.dueOn,
      figures,
      frozenAt: new Date(),
      notes: input.notes ?? '',
      createdBy: context.viewer.role,
    });
    if (saved === null) throw badInput(`an evaluation for ${kind} ${moment.periodCode} of "${input.covenantId}" exists already`);
    return saved;
  },
  updateEvaluationNotes: async (_: unknown, args: { id: string; notes: string }, context: Context) => {
    await writable(args.id, context);
    return mustExist(() => q.updateConcept(context.db, args.id, { notes: args.notes }), args.id, context);
  },
  refreshEvaluationFigures: async (_: unknown, args: { id: string }, context: Context) => {
    const row = await writable(args.id, context);
    const figures = await freeze(row.covenantId, row.subRegionId || null, row, context);
    return mustExist(() => q.updateConcept(context.db, args.id, { figures, frozenAt: new Date() }), args.id, context);
  },
  adoptEvaluation: async (_: unknown, args: { id: string }, context: Context) => {
    await writable(args.id, context);
    return mustExist(() => q.adoptEvaluation(context.db, args.id, context.viewer.role), args.id, context);
  },
  addEvaluationAction: async (_: unknown, args: { evaluationId: string; description: string; owner: string; dueOn: string }, context: Context) => {
    const row = await writable(args.evaluationId, context);
    if (args.description.trim() === '' || args.owner.trim() === '') throw badInput('an action needs a description and an owner');
    await q.insertAction(context.db, { evaluationId: row.id, description: args.description.trim(), owner: args.owner.trim(), dueOn: args.dueOn });
    return row;
  },
  setEvaluationActionDone: async (_: unknown, args: { actionId: string; done: boolean }, context: Context) => {
    const evaluationId = isEvaluationId(args.actionId) ? await q.getEvaluationIdOfAction(context.db, args.actionId) : null;
    if (evaluationId === null) throw badInput(`no action "${args.actionId}"`);
    await writable(evaluationId, context);
    const action = await q.setActionDone(context.db, args.actionId, args.done);
    if (action === null) throw badInput(`no action "${args.actionId}"`);
    const [row] = await q.getEvaluationsByIds(context.db, [action.evaluationId]);
    return row;
  },
};

export const evaluationResolvers = {
  Evaluation: {
    __resolveReference: async (ref: { id: string }, { loaders, viewer }: Context) => (isEvaluationId(ref.id) ? visibleOrForbidden(viewer, await loaders.evaluation.load(ref.id)) : null),
    covenant: (row: q.EvaluationRow) => ({ __typename: 'Covenant', id: row.covenantId }),
    subRegionId: (row: q.EvaluationRow) => row.subRegionId || null,
    kind: (row: q.EvaluationRow) => row.kind.toUpperCase(),
    figures: (row: q.EvaluationRow) => readFrozenFigures(row.figures as Record<string, unknown>, row.frozenAt),
    status: (row: q.EvaluationRow) => row.status.toUpperCase(),
    frozenAt: (row: q.EvaluationRow) => iso(row.frozenAt),
    createdAt: (row: q.EvaluationRow) => iso(row.createdAt),
    adoptedAt: (row: q.EvaluationRow) => iso(row.adoptedAt),
    actions: (row: q.EvaluationRow, _: unknown, { loaders }: Context) => loaders.evaluationActions.load(row.id),
  },
  covenantEvaluations: (covenantId: string, { db }: Context) => q.getEvaluations(db, covenantId),
  calendar: (covenantId: string, until: string | null | undefined, context: Context) => calendar(covenantId, until ?? defaultUntil(), context),
  /** The first moment due on `on` (default today) or later that is not adopted yet. */
  nextEvaluation: async (covenantId: string, on: string | null | undefined, context: Context) => {
    const day = on ?? todayInNetherlands();
    const moments = await calendar(covenantId, `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`, context, day);
    return moments.find((m) => m.dueOn >= day && m.state !== 'VASTGESTELD') ?? null;
  },
  overdueEvaluations: async (covenantId: string, on: string | null | undefined, context: Context) => {
    const day = on ?? todayInNetherlands();
    return (await calendar(covenantId, day, context, day)).filter((m) => m.state === 'TE_LAAT');
  },
};
