// `npm run import -- <file>` against a running platform, and against none.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
const scratch = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A file in a scratch folder, for variants of the fixtures. */
function scratchFile(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run import', () => {
  it('imports the example file through the gateway, then finds it unchanged', async () => {
    const first = await runImport('uitstroommonitor-voorbeeld.csv', p.platform.gateway.url);
    expect(first).toEqual({
      code: 0,
      output: 'Formaat: uitstroommonitor (herkend aan kolom casuscode).\nGeïmporteerd: uitstroommonitor-voorbeeld.csv — 4 rijen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd.\n',
    });
    const again = await runImport('uitstroommonitor-voorbeeld.csv', p.platform.gateway.url);
    expect(again.output).toContain('0 nieuw, 0 gewijzigd, 4 ongewijzigd');
  });

  it('imports the household visits example through the gateway, then finds it unchanged', async () => {
    const first = await runImport('voorzieningenwijzer-voorbeeld.csv', p.platform.gateway.url);
    expect(first).toEqual({
      code: 0,
      output: 'Formaat: voorzieningenwijzer (herkend aan kolom bezoekcode).\nGeïmporteerd: voorzieningenwijzer-voorbeeld.csv — 3 rijen: 3 nieuw, 0 gewijzigd, 0 ongewijzigd.\n',
    });
    const again = await runImport('voorzieningenwijzer-voorbeeld.csv', p.platform.gateway.url);
    expect(again.output).toContain('0 nieuw, 0 gewijzigd, 3 ongewijzigd');
    const visits = await p.graphql<{ covenant: { householdVisits: { visitCode: string; minutesSpent: number; financialRoomCents: number; tenantOf: { name: string } | null }[] } }>(
      '{ covenant(id: "meppel-vzw") { householdVisits(from: "2025-04-01", to: "2025-04-30") { visitCode minutesSpent financialRoomCents tenantOf { name } } } }',
      {},
      // The gemeente that runs the visits sees them all (case level).
      await p.headersFor('gemeente-meppel'),
    );
    const imported = visits.body.data?.covenant.householdVisits.filter((v) => v.visitCode.startsWith('VZW-2025-'));
    expect(imported).toEqual([
      { visitCode: 'VZW-2025-001', minutesSpent: 120, financialRoomCents: 124_000, tenantOf: { name: 'Woonconcept' } },
      { visitCode: 'VZW-2025-002', minutesSpent: 150, financialRoomCents: 86_050, tenantOf: null },
      { visitCode: 'VZW-2025-003', minutesSpent: 120, financialRoomCents: 0, tenantOf: { name: 'Actium' } },
    ]);
  });

  it('lists every problem of a bad file and exits non-zero', async () => {
    const example = readFileSync(path.join(fixtures, 'voorzieningenwijzer-voorbeeld.csv'), 'utf8');
    const bad = scratchFile('bezoeken-fout.csv', example.replace('2025-04-09', '2025-02-30').replace(';Actium;', ';Zeeuwland;'));
    const result = await runImport(bad, p.platform.gateway.url);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Niet geïmporteerd: bezoeken-fout.csv heeft 2 fout(en); er is niets opgeslagen.');
    expect(result.output).toContain('regel 3, kolom datum_bezoek: "2025-02-30" bestaat niet als datum');
    expect(result.output).toContain('regel 4, kolom huurder_van: "Zeeuwland" is geen partij van convenant meppel-vzw');
  });

  it('refuses a file of neither format before sending it', async () => {
    const result = await runImport(scratchFile('adressen.csv', 'naam;adres\nJan;Dorpsstraat 1\n'), p.platform.gateway.url);
    expect(result.code).toBe(2);
    expect(result.output).toBe(
      'adressen.csv: Onbekend bestandsformaat: de kopregel bevat geen kolom casuscode (uitstroommonitor) of bezoekcode (voorzieningenwijzer). Zie ../shared/formats/README.md.\n',
    );
  });

  it('says plainly when the platform is not running', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await runImport('uitstroommonitor-voorbeeld.csv', url);
    expect(result).toEqual({ code: 3, output: `Formaat: uitstroommonitor (herkend aan kolom casuscode).\nHet platform draait niet (geen antwoord van ${url}). Start het met \`npm start\`, of zet GATEWAY_URL.\n` });
  });

  it('says so when the file does not exist', async () => {
    const result = await runImport('bestaat-niet.csv', p.platform.gateway.url);
    expect(result.code).toBe(2);
    expect(result.output).toContain('Bestand niet gevonden of niet leesbaar:');
  });
});
