// Issue 16, row 11: a subgraph read a 200 MB body from a caller without the gateway's viewer token
// (RSS +483 MB) before it refused. Now the token is checked before a byte of the body is read, and a
// body is capped at MAX_BODY_BYTES, which still fits the largest request the gateway passes on (an
// import's file in one variable, under the gateway's own 25 MB cap).
import { request } from 'node:http';
import { MAX_BODY_BYTES, signViewer, VIEWER_TOKEN_HEADER } from '@uitstroom/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
}, 180_000);
afterAll(() => p?.close());

const MB = 1024 * 1024;

interface Answer {
  status: number;
  body: string;
  /** Bytes of the body this client had handed to its socket when the answer arrived. */
  sentBeforeAnswer: number;
}

/**
 * POSTs a body of `total` bytes made as it is sent (this side never holds it), stopping as soon as
 * the answer arrives. `declare` sends a Content-Length; without it the body goes chunked.
 */
function postStream(url: string, total: number, headers: Record<string, string>, declare: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    let answered = false;
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers, ...(declare ? { 'content-length': String(total) } : {}) } }, (res) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, sentBeforeAnswer });
        req.destroy();
      });
    });
    // A write failing after the answer is the server hanging up on a body it will not read: as meant.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function viewerHeader(): Promise<Record<string, string>> {
  return { [VIEWER_TOKEN_HEADER]: await signViewer({ role: 'beheerder', organisationId: null }) };
}

describe('a subgraph and the bodies it reads', () => {
  it('caps bodies above what the gateway forwards: its 25 MB request cap plus room for the operation', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(25_000_000 + MB);
    expect(MAX_BODY_BYTES).toBeLessThanOrEqual(64 * MB);
  });

  it('refuses a caller without the viewer token before reading its body (64 MB sent: answered after a few)', async () => {
    const answer = await postStream(p.platform.subgraphs.parties.url, 64 * MB, {}, false);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // What sits in the sockets' buffers on loopback, not what the server read: far below the body.
    expect(answer.sentBeforeAnswer).toBeLessThan(16 * MB);
  });

  it('refuses a forged viewer token the same way', async () => {
    const answer = await postStream(p.platform.subgraphs.funding.url, 64 * MB, { [VIEWER_TOKEN_HEADER]: 'eyJhbGciOiJIUzI1NiJ9.e30.forged' }, true);
    expect(answer.status).toBe(401);
    expect(answer.sentBeforeAnswer).toBeLessThan(16 * MB);
  });

  it('refuses a declared body over the cap from the gateway itself with 413, before reading it', async () => {
    const answer = await postStream(p.platform.subgraphs.parties.url, MAX_BODY_BYTES + MB, await viewerHeader(), true);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(answer.sentBeforeAnswer).toBeLessThan(16 * MB);
  });

  it('stops reading an undeclared (chunked) body at the cap and answers 413', async () => {
    const answer = await postStream(p.platform.subgraphs.parties.url, MAX_BODY_BYTES + 32 * MB, await viewerHeader(), false);
    expect(answer.status).toBe(413);
    expect(answer.sentBeforeAnswer).toBeLessThan(MAX_BODY_BYTES + 16 * MB);
  });

  it('still takes the largest request the gateway passes on: an import of just under 25 MB reaches its subgraph', async () => {
    // Not a real sheet: the trajectories subgraph reads it and refuses it as not gzip, which proves
    // the request got past the subgraph's cap (a 413 there would be SUBREQUEST_HTTP_ERROR/unavailable).
    const content = 'A'.repeat(24_500_000);
    const { status, body } = await p.graphql<{ importUitstroommonitor: unknown }>(
      'mutation ($c: String!) { importUitstroommonitor(fileName: "groot.csv", contentBase64: $c, contentEncoding: GZIP) { imported } }',
      { c: content },
      await p.headersFor('beheerder'),
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
