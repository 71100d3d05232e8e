// Large GraphQL requests (file uploads): read a file as base64 without blocking the page, and POST
// with XMLHttpRequest, whose upload progress fetch cannot report.
import { base64Chunks } from '../transforms/import.ts';
import {
  GRAPHQL_PATH,
  graphqlHeaders,
  GraphQLRequestError,
  parseGraphQLBody,
  unwrapGraphQLResponse,
} from './graphql.ts';

export interface UploadOptions {
  signal?: AbortSignal;
  /** Bytes of the request body sent so far; `total` is null when the browser does not know it. */
  onUploadProgress?: (loaded: number, total: number | null) => void;
  /** The whole body is sent: from here on the server is working on it. */
  onUploadComplete?: () => void;
  endpoint?: string;
  /** Injected in unit tests; a browser XMLHttpRequest otherwise. */
  createRequest?: () => XMLHttpRequest;
}

function abortError(): DOMException {
  return new DOMException('Het versturen is afgebroken.', 'AbortError');
}

/**
 * POSTs a prepared GraphQL request body (JSON `{documentId, variables}`: the dashboard sends its
 * operations by persisted id only; e.g. a Blob of pieces) and resolves with its data.
 * Fails with a GraphQLRequestError like graphqlRequest does, or with an AbortError when `signal` aborts.
 */
export function postGraphQLWithProgress<TData>(body: Blob | string, options: UploadOptions = {}): Promise<TData> {
  const { signal } = options;
  return new Promise<TData>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const request = (options.createRequest ?? (() => new XMLHttpRequest()))();
    const onAbort = () => request.abort();
    request.open('POST', options.endpoint ?? GRAPHQL_PATH);
    for (const [name, value] of Object.entries(graphqlHeaders())) request.setRequestHeader(name, value);
    // Upload listeners must be in place before send(), or the browser reports no progress.
    request.upload.onprogress = (event) => options.onUploadProgress?.(event.loaded, event.lengthComputable ? event.total : null);
    request.upload.onload = () => options.onUploadComplete?.();
    request.onload = () => {
      try {
        resolve(unwrapGraphQLResponse(request, parseGraphQLBody<TData>(request.responseText)));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () => reject(new GraphQLRequestError('de server is niet bereikbaar (netwerkfout)'));
    request.ontimeout = () => reject(new GraphQLRequestError('de server antwoordde niet op tijd'));
    request.onabort = () => reject(abortError());
    request.onloadend = () => signal?.removeEventListener('abort', onAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.send(body);
  });
}

/** Gives the browser a turn (input, painting) between pieces of long work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The file's bytes as base64 pieces that join into the whole (see base64Chunks). Reads with
 * Blob.arrayBuffer (off the main thread) and yields between pieces, so a 40 MB file keeps the page
 * responsive; rejects with the signal's AbortError when aborted.
 */
export async function readFileAsBase64Parts(file: Blob, signal?: AbortSignal): Promise<string[]> {
  signal?.throwIfAborted();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (const part of base64Chunks(bytes)) {
    signal?.throwIfAborted();
    parts.push(part);
    await nextTask();
  }
  signal?.throwIfAborted();
  return parts;
}

/** The blob gzip-compressed, streamed by the browser (CompressionStream), so the page stays responsive. */
export function gzipBlob(blob: Blob): Promise<Blob> {
  return new Response(blob.stream().pipeThrough(new CompressionStream('gzip'))).blob();
}
