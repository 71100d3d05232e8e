// What every import mutation does with the uploaded bytes before reading them: base64, optional
// gzip (so a 40 MB sheet fits under the gateway's 25 MB request limit), and the 40 MB limit.
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { GraphQLError } from 'graphql';

export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

export interface UploadArgs {
  fileName: string;
  contentBase64: string;
  contentEncoding?: string | null;
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

/** The file's own bytes; a GraphQLError (BAD_USER_INPUT) when they are not valid gzip or too large. */
export async function receiveUpload(args: UploadArgs): Promise<Buffer> {
  const received = Buffer.from(args.contentBase64, 'base64');
  const content = args.contentEncoding === 'GZIP' ? await decompress(received) : received;
  if (content.length > MAX_IMPORT_BYTES) throw tooLarge(`${Math.ceil(content.length / 1024 / 1024)} MB`);
  return content;
}
