// `npm run import -- <file>` against a running platform, and against none.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { freePort } from '../support/ports.ts';

const cli = fileURLToPath(new URL('../../gateway/src/cli/import.ts', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

function runImport(file: string, gatewayUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, file], { env: { ...process.env, GATEWAY_URL: gatewayUrl, INIT_CWD: fixtures }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(() => p?.close());

describe('npm run import', () => {
  it('imports the example file through the gateway, then finds it unchanged', async () => {
    const first = await runImport('uitstroommonitor-voorbeeld.csv', p.platform.gateway.url);
    expect(first).toEqual({ code: 0, output: 'Geïmporteerd: uitstroommonitor-voorbeeld.csv — 4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd.\n' });
    const again = await runImport('uitstroommonitor-voorbeeld.csv', p.platform.gateway.url);
    expect(again.output).toContain('0 nieuw, 0 gewijzigd, 4 ongewijzigd');
  });

  it('lists every problem of a bad file and exits non-zero', async () => {
    const result = await runImport('voorzieningenwijzer-voorbeeld.csv', p.platform.gateway.url);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Niet geïmporteerd: voorzieningenwijzer-voorbeeld.csv heeft');
    expect(result.output).toContain('regel 1, kolom bezoekcode: onbekende kolom "bezoekcode"');
  });

  it('says plainly when the platform is not running', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await runImport('uitstroommonitor-voorbeeld.csv', url);
    expect(result).toEqual({ code: 3, output: `Het platform draait niet (geen antwoord van ${url}). Start het met \`npm start\`, of zet GATEWAY_URL.\n` });
  });

  it('says so when the file does not exist', async () => {
    const result = await runImport('bestaat-niet.csv', p.platform.gateway.url);
    expect(result.code).toBe(2);
    expect(result.output).toContain('Bestand niet gevonden of niet leesbaar:');
  });
});
