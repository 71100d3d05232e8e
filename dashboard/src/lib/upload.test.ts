import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, isAbortError } from './graphql.ts';
import { gzipBlob, postGraphQLWithProgress, readFileAsBase64Parts } from './upload.ts';

type Handler = ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;

/** Just enough of XMLHttpRequest to drive postGraphQLWithProgress from a test. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = undefined;
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  upload: { onprogress: Handler; onload: Handler } = { onprogress: null, onload: null };
  onload: Handler = null;
  onerror: Handler = null;
  ontimeout: Handler = null;
  onabort: Handler = null;
  onloadend: Handler = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.fire('onabort');
  }
  fire(name: 'onload' | 'onerror' | 'ontimeout' | 'onabort') {
    this[name]?.({ loaded: 0, total: 0, lengthComputable: false });
    this.onloadend?.({ loaded: 0, total: 0, lengthComputable: false });
  }
  respond(status: number, body: string, statusText = '') {
    Object.assign(this, { status, statusText, responseText: body });
    this.fire('onload');
  }
}

function start(options: { signal?: AbortSignal } = {}) {
  const request = new FakeRequest();
  const events: string[] = [];
  const promise = postGraphQLWithProgress<{ ok: boolean }>('{"query":"mutation { ok }"}', {
    ...options,
    createRequest: () => request as unknown as XMLHttpRequest,
    onUploadProgress: (loaded, total) => events.push(`${loaded}/${total}`),
    onUploadComplete: () => events.push('sent'),
  });
  return { request, events, promise };
}

describe('postGraphQLWithProgress', () => {
  it('POSTs the body to /graphql with the viewer header, reports progress and resolves with data', async () => {
    const { request, events, promise } = start();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/graphql');
    expect(request.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(request.body).toBe('{"query":"mutation { ok }"}');

    request.upload.onprogress?.({ loaded: 45, total: 100, lengthComputable: true });
    request.upload.onprogress?.({ loaded: 50, total: 0, lengthComputable: false });
    request.upload.onload?.({ loaded: 100, total: 100, lengthComputable: true });
    request.respond(200, JSON.stringify({ data: { ok: true } }));

    await expect(promise).resolves.toEqual({ ok: true });
    expect(events).toEqual(['45/100', '50/null', 'sent']);
  });

  it.each([
    {
      name: 'a GraphQL error such as FORBIDDEN',
      status: 200,
      body: JSON.stringify({ data: null, errors: [{ message: 'role "anoniem" may not import', extensions: { code: 'FORBIDDEN' } }] }),
      message: 'role "anoniem" may not import',
    },
    {
      name: 'an HTTP error without a GraphQL body',
      status: 413,
      body: 'too large',
      message: 'de server antwoordde met HTTP 413 Payload Too Large',
    },
    {
      name: 'a body that is not JSON',
      status: 200,
      body: '<html></html>',
      message: 'de server gaf geen geldig JSON-antwoord (HTTP 200)',
    },
  ])('rejects with a GraphQLRequestError for $name', async ({ status, body, message }) => {
    const { request, promise } = start();
    request.respond(status, body, status === 413 ? 'Payload Too Large' : '');
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as Error).message).toBe(message);
  });

  it.each([
    { event: 'onerror' as const, message: 'de server is niet bereikbaar (netwerkfout)' },
    { event: 'ontimeout' as const, message: 'de server antwoordde niet op tijd' },
  ])('explains $event', async ({ event, message }) => {
    const { request, promise } = start();
    request.fire(event);
    await expect(promise).rejects.toThrow(message);
  });

  it('aborts the request when the signal aborts, with an AbortError', async () => {
    const controller = new AbortController();
    const { request, promise } = start({ signal: controller.signal });
    controller.abort();
    const error = await promise.catch((e: unknown) => e);
    expect(request.aborted).toBe(true);
    expect(isAbortError(error)).toBe(true);
  });

  it('sends nothing when the signal was aborted before', async () => {
    const controller = new AbortController();
    controller.abort();
    const { request, promise } = start({ signal: controller.signal });
    expect(isAbortError(await promise.catch((e: unknown) => e))).toBe(true);
    expect(request.body).toBeUndefined();
  });
});

describe('readFileAsBase64Parts', () => {
  it('reads a file into base64 pieces that join into the whole', async () => {
    const text = 'casuscode;convenant\nWTW-0001;walcheren\n'.repeat(20_000);
    const parts = await readFileAsBase64Parts(new Blob([text]));
    expect(parts.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(Uint8Array.from(atob(parts.join('')), (c) => c.charCodeAt(0)))).toBe(text);
  });

  it('stops with an AbortError when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await readFileAsBase64Parts(new Blob(['x']), controller.signal).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});

describe('gzipBlob', () => {
  it('compresses so that gunzip gives the file back', async () => {
    const text = 'casuscode;convenant\n'.repeat(1000);
    const gzipped = await gzipBlob(new Blob([text]));
    expect(gzipped.size).toBeLessThan(text.length / 10);
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe(text);
  });
});
