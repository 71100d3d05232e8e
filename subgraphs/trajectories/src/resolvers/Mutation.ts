import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { GraphQLError } from 'graphql';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { recordEvent, recordStep, type RecordEventInput, type RecordStepInput } from '../commands/record.ts';
import { registerTrajectory, type RegisterInput } from '../commands/register.ts';
import type { Context } from '../context.ts';
import { importUitstroommonitor } from '../import/run-import.ts';

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
// Until authentication lands (issue 6), only an identified role may write.
const WRITERS = new Set(['beheerder', 'werkgroep', 'medewerker']);

function assertMayWrite(viewer: Viewer, what: string): void {
  if (!WRITERS.has(viewer.role)) {
    throw new GraphQLError(`role "${viewer.role}" may not ${what}; that needs beheerder, werkgroep or medewerker`, { extensions: { code: 'FORBIDDEN' } });
  }
}

const gunzipAsync = promisify(gunzip);

function tooLarge(size: string): GraphQLError {
  return new GraphQLError(`file is ${size}; at most 40 MB can be imported at once`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** gunzip, stopping just past the limit, so a small "zip bomb" cannot fill the memory. */
async function decompress(gzipped: Buffer): Promise<Buffer> {
  try {
    return await gunzipAsync(gzipped, { maxOutputLength: MAX_IMPORT_BYTES + 1 });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('larger than 40 MB after decompression');
    throw new GraphQLError('contentBase64 is not valid gzip data, though contentEncoding is GZIP', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const Mutation = {
  importUitstroommonitor: async (_: unknown, args: { fileName: string; contentBase64: string; contentEncoding?: string | null }, { db, viewer }: Context) => {
    assertMayWrite(viewer, 'import');
    const received = Buffer.from(args.contentBase64, 'base64');
    const content = args.contentEncoding === 'GZIP' ? await decompress(received) : received;
    if (content.length > MAX_IMPORT_BYTES) throw tooLarge(`${Math.ceil(content.length / 1024 / 1024)} MB`);
    return importUitstroommonitor(db, args.fileName, content);
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
