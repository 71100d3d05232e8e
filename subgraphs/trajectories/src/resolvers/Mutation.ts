import { GraphQLError } from 'graphql';
import { writeAudit } from '@uitstroom/db/queries/audit';
import { auditEntries, type Viewer } from '@uitstroom/subgraph-kit';
import { withClaims } from '@uitstroom/db/claims';
import { getCaseOf } from '@uitstroom/db/queries/trajectories';
import { actorOf, caseScope, claimsOf, forbidden, isUuid, mayReadTrajectory } from '../access.ts';
import { recordEvent, recordStep, type RecordEventInput, type RecordStepInput } from '../commands/record.ts';
import { CaseCodeTaken, registerTrajectory, type RegisterInput } from '../commands/register.ts';
import { refuse } from '../commands/errors.ts';
import type { Context } from '../context.ts';
import { importUitstroommonitor, importVoorzieningenwijzer } from '../import/run-import.ts';
import { receiveUpload, type UploadArgs } from '../import/upload.ts';

// Imports of the regions' (pseudonymous) monitor sheets: the beheerder, the werkgroep that keeps
// them, or a medewerker. Case work (register, steps, events): the beheerder, or a medewerker of an
// organisation involved in the trajectory. Every change leaves an audit row in its transaction.
const IMPORTERS = new Set(['beheerder', 'werkgroep', 'medewerker']);

function assertMayImport(viewer: Viewer): void {
  if (!IMPORTERS.has(viewer.role)) {
    throw new GraphQLError(`role "${viewer.role}" may not import; that needs beheerder, werkgroep or medewerker`, { extensions: { code: 'FORBIDDEN' } });
  }
}

async function assertMayChange(context: Context, trajectoryId: string, what: string): Promise<void> {
  const scope = caseScope(context.viewer);
  if (scope.kind === 'all') return;
  const trajectory = isUuid(trajectoryId) ? await context.loaders.trajectory.load(trajectoryId) : null;
  // The claims may hide a trajectory that exists: then it is refused like one the check refuses.
  const known = trajectory ?? (isUuid(trajectoryId) ? await getCaseOf(context.db, trajectoryId) : null);
  // An unknown trajectory is the command's own input error; a known one must involve the viewer.
  if (known === null && scope.kind === 'involved') return;
  if (trajectory === null || !mayReadTrajectory(scope, trajectory)) {
    if (known) await writeAudit(context.db, auditEntries(context.viewer, { action: what, subject: 'trajectory', outcome: 'denied' }, [{ covenantId: known.covenantId, caseCode: known.caseCode }]));
    throw forbidden(context.viewer, `${what} on this trajectory`);
  }
}

function assertMayRegister(viewer: Viewer, input: RegisterInput): void {
  const scope = caseScope(viewer);
  if (scope.kind === 'all') return;
  if (scope.kind === 'involved' && (input.providerId === scope.partyId || input.municipalityOfOriginId === scope.partyId)) return;
  throw forbidden(viewer, 'register a trajectory (the provider or the gemeente of origin registers it)');
}

const GATEWAY_FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,49}\.[A-Za-z_][A-Za-z0-9_]{0,49}$/;
const subjectOf = (field: string) => (field.endsWith('.householdVisits') || field.includes('Visit') ? 'household-visit' : field.endsWith('.auditLog') ? 'audit-log' : 'trajectory');

export const Mutation = {
  /** Only the gateway reaches it (@inaccessible): the signed viewer is the one it refused. */
  recordGatewayRefusal: async (_: unknown, args: { field: string }, { db, viewer }: Context) => {
    if (!GATEWAY_FIELD.test(args.field)) refuse([`field: "${args.field.slice(0, 60)}" is not Type.field`]);
    await writeAudit(db, auditEntries(viewer, { action: 'read', subject: subjectOf(args.field), outcome: 'denied', detail: `geweigerd door de gateway: ${args.field}` }, [{ covenantId: null, caseCode: null }]));
    return true;
  },
  importUitstroommonitor: async (_: unknown, args: UploadArgs, { db, viewer }: Context) => {
    assertMayImport(viewer);
    return importUitstroommonitor(db, args.fileName, await receiveUpload(args), viewer);
  },
  importVoorzieningenwijzer: async (_: unknown, args: UploadArgs, { db, viewer }: Context) => {
    assertMayImport(viewer);
    return importVoorzieningenwijzer(db, args.fileName, await receiveUpload(args), viewer);
  },
  registerTrajectory: async (_: unknown, args: { input: RegisterInput }, { db, viewer, loaders }: Context) => {
    assertMayRegister(viewer, args.input);
    try {
      return loaders.trajectory.load(await withClaims(db, claimsOf(viewer), (tx) => registerTrajectory(tx, args.input, viewer)));
    } catch (error) {
      if (!(error instanceof CaseCodeTaken)) throw error;
      // The answer shows that the case exists: on record, though nothing was written.
      await writeAudit(db, auditEntries(viewer, { action: 'register', subject: 'trajectory', outcome: 'denied', detail: 'casuscode bestaat al' }, [error]));
      return refuse(error.problems);
    }
  },
  recordTrajectoryStep: async (_: unknown, args: { input: RecordStepInput }, context: Context) => {
    await assertMayChange(context, args.input.trajectoryId, 'record-step');
    await withClaims(context.db, claimsOf(context.viewer), (tx) => recordStep(tx, args.input, actorOf(context.viewer)));
    context.loaders.trajectory.clear(args.input.trajectoryId);
    return context.loaders.trajectory.load(args.input.trajectoryId);
  },
  recordTrajectoryEvent: async (_: unknown, args: { input: RecordEventInput }, context: Context) => {
    await assertMayChange(context, args.input.trajectoryId, 'record-event');
    await withClaims(context.db, claimsOf(context.viewer), (tx) => recordEvent(tx, args.input, actorOf(context.viewer)));
    context.loaders.trajectory.clear(args.input.trajectoryId);
    return context.loaders.trajectory.load(args.input.trajectoryId);
  },
};
