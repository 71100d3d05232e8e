// Issue 16, row 4: /rapport.pdf with a bogus bearer token launched Chromium (~62 s, ~20 processes per
// request), then answered 500. Now the gateway verifies the token before any work; prints share one
// browser, a few at a time, with a short queue (429 beyond it) and a time limit (504).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDashboard, type RunningDashboard } from '@uitstroom/dashboard/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium } from '../support/browser.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const NOT_ACCEPTED = 'Uw aanmelding is niet (meer) geldig. Meld u opnieuw aan in het dashboard en probeer het dan nog eens.';
const BUSY = 'Er worden nu te veel rapporten tegelijk gemaakt. Probeer het over een halve minuut opnieuw.';
const TOO_LONG = /^Het maken van de PDF duurde te lang\./;

const dir = mkdtempSync(path.join(tmpdir(), 'um-report-pdf-'));
const launches = path.join(dir, 'launches');
/** Chromium behind a script that writes its process id per start (exec keeps it): how many browsers the dashboard launched. */
const countingChromium = path.join(dir, 'chromium');

let p: TestPlatform;
let dashboard: RunningDashboard;
let evaluationId: string;

const launched = () => readFileSync(launches, 'utf8').split('\n').filter(Boolean).map(Number);
const launchCount = () => launched().length;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function pdf(authorization?: string, on: RunningDashboard = dashboard): Promise<Response> {
  return fetch(new URL(`rapport.pdf?evaluatie=${evaluationId}`, on.url), { headers: authorization ? { authorization } : {} });
}

beforeAll(async () => {
  writeFileSync(launches, '');
  writeFileSync(countingChromium, `#!/bin/sh\necho $$ >> '${launches}'\nexec '${chromiumPath}' "$@"\n`);
  chmodSync(countingChromium, 0o755);
  p = await startTestPlatform();
  const gatewayUrl = p.platform.gateway.url.replace(/\/graphql$/, '');
  // One print at a time and one waiting, so "busy" takes three requests.
  dashboard = await startDashboard({ port: 0, gatewayUrl, chromiumPath: countingChromium, reportPdfLimits: { concurrency: 1, maxWaiting: 1 } });
  const created = await p.graphql<{ createEvaluation: { id: string } }>(
    'mutation { createEvaluation(input: { covenantId: "woonkans", kind: HALFJAAR, periodCode: "2025-H1" }) { id } }',
    {},
    await p.headersFor('beheerder'),
  );
  evaluationId = created.body.data?.createEvaluation.id ?? '';
  expect(evaluationId).toMatch(/^[0-9a-f-]{36}$/);
});

afterAll(async () => {
  await dashboard?.close();
  await p?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the report PDF (/rapport.pdf)', () => {
  it('refuses a bogus, tampered or foreign token with 401 in Dutch at once, without starting Chromium', async () => {
    const valid = (await p.headersFor('werkgroep')).authorization ?? '';
    const [header, payload, signature] = valid.replace(/^Bearer /, '').split('.');
    const tampered = `Bearer ${header}.${payload}.${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;
    const unsigned = `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    const started = performance.now();
    // Ten at once, as an attacker would send them: each costs one small request to the gateway.
    const answers = await Promise.all(
      ['Bearer bogus', 'Bearer abc.def.ghi', tampered, unsigned, 'Bearer bogus', 'Bearer abc.def.ghi', tampered, unsigned, 'Bearer x', 'Bearer y'].map((token) => pdf(token)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect((await answer.text()).trim()).toBe(NOT_ACCEPTED);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await pdf()).status).toBe(401);
    expect(launchCount()).toBe(0);
  });

  it.skipIf(!hasChromium)('prints for a signed-in user, every print in the one shared browser', async () => {
    const werkgroep = (await p.headersFor('werkgroep')).authorization;
    for (let i = 0; i < 2; i += 1) {
      const response = await pdf(werkgroep);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(launchCount()).toBe(1);
  });

  it.skipIf(!hasChromium)('answers 429 in Dutch, with Retry-After, when the prints and the queue are full; the others are printed', async () => {
    const werkgroep = (await p.headersFor('werkgroep')).authorization;
    const answers = await Promise.all([pdf(werkgroep), pdf(werkgroep), pdf(werkgroep)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 429]);
    const busy = answers.find((a) => a.status === 429);
    expect(busy?.headers.get('retry-after')).toBe('30');
    expect((await busy?.text())?.trim()).toBe(BUSY);
    expect(launchCount()).toBe(1);
  });

  it.skipIf(!hasChromium)('stops a print that takes longer than its time limit: 504 in Dutch; its browser closes with the server', async () => {
    const hurried = await startDashboard({
      port: 0,
      gatewayUrl: p.platform.gateway.url.replace(/\/graphql$/, ''),
      chromiumPath: countingChromium,
      reportPdfLimits: { timeoutMs: 300 },
    });
    try {
      const started = performance.now();
      const response = await pdf((await p.headersFor('werkgroep')).authorization, hurried);
      expect(response.status).toBe(504);
      expect((await response.text()).trim()).toMatch(TOO_LONG);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await hurried.close();
    }
    const [shared, ofHurried] = launched();
    expect(ofHurried).toBeGreaterThan(0);
    expect(running(ofHurried as number)).toBe(false);
    expect(running(shared as number)).toBe(true);
  });
});
