import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { importUitstroommonitor } from '../import/run-import.ts';

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
// Until authentication lands (issue 6), only an identified role may write.
const WRITERS = new Set(['beheerder', 'werkgroep', 'medewerker']);

export const Mutation = {
  importUitstroommonitor: async (_: unknown, args: { fileName: string; contentBase64: string }, { db, viewer }: Context) => {
    if (!WRITERS.has(viewer.role)) {
      throw new GraphQLError(`role "${viewer.role}" may not import; an import needs beheerder, werkgroep or medewerker`, { extensions: { code: 'FORBIDDEN' } });
    }
    const content = Buffer.from(args.contentBase64, 'base64');
    if (content.length > MAX_IMPORT_BYTES) {
      throw new GraphQLError(`file is ${Math.ceil(content.length / 1024 / 1024)} MB; at most 40 MB can be imported at once`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return importUitstroommonitor(db, args.fileName, content);
  },
};
