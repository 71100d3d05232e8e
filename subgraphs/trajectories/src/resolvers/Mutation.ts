import { GraphQLError } from 'graphql';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { recordEvent, recordStep, type RecordEventInput, type RecordStepInput } from '../commands/record.ts';
import { registerTrajectory, type RegisterInput } from '../commands/register.ts';
import type { Context } from '../context.ts';
import { importUitstroommonitor, importVoorzieningenwijzer } from '../import/run-import.ts';
import { receiveUpload, type UploadArgs } from '../import/upload.ts';

// Until authentication lands (issue 6), only an identified role may write.
const WRITERS = new Set(['beheerder', 'werkgroep', 'medewerker']);

function assertMayWrite(viewer: Viewer, what: string): void {
  if (!WRITERS.has(viewer.role)) {
    throw new GraphQLError(`role "${viewer.role}" may not ${what}; that needs beheerder, werkgroep or medewerker`, { extensions: { code: 'FORBIDDEN' } });
  }
}

export const Mutation = {
  importUitstroommonitor: async (_: unknown, args: UploadArgs, { db, viewer }: Context) => {
    assertMayWrite(viewer, 'import');
    return importUitstroommonitor(db, args.fileName, await receiveUpload(args));
  },
  importVoorzieningenwijzer: async (_: unknown, args: UploadArgs, { db, viewer }: Context) => {
    assertMayWrite(viewer, 'import');
    return importVoorzieningenwijzer(db, args.fileName, await receiveUpload(args));
  },
  registerTrajectory: async (_: unknown, args: { input: RegisterInput }, { db, viewer, loaders }: Context) => {
    assertMayWrite(viewer, 'register trajectories');
    return loaders.trajectory.load(await registerTrajectory(db, args.input));
  },
  recordTrajectoryStep: async (_: unknown, args: { input: RecordStepInput }, { db, viewer, loaders }: Context) => {
    assertMayWrite(viewer, 'record steps');
    await recordStep(db, args.input);
    return loaders.trajectory.load(args.input.trajectoryId);
  },
  recordTrajectoryEvent: async (_: unknown, args: { input: RecordEventInput }, { db, viewer, loaders }: Context) => {
    assertMayWrite(viewer, 'record events');
    await recordEvent(db, args.input);
    return loaders.trajectory.load(args.input.trajectoryId);
  },
};
