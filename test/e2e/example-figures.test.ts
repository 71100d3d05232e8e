// The example sheet through the whole platform: imported over HTTP, then every monitor figure the
// gateway gives the beheerder equals the second calculation on demo data plus the sheet's rows —
// rows read here with a few lines of our own, not with the import's parser.
import { readFile } from 'node:fs/promises';
import type { TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';
import { generateDemoTrajectories, referenceMemberships, referenceParties } from '@uitstroom/db/seed';
import { asReference, MONITOR_FIGURES_SELECTION, MONITOR_FIGURES_VARIABLES, monitorVariables, referenceMonitor, type MonitorFiguresResult, type ReferenceScope } from '@uitstroom/monitoring/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const EXAMPLE = new URL('../fixtures/uitstroommonitor-voorbeeld.csv', import.meta.url);
let BEHEERDER: Record<string, string> = {};

/** dd-mm-yyyy or yyyy-mm-dd → yyyy-mm-dd; '' → undefined. */
function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
  return dutch ? `${dutch[3]}-${dutch[2]}-${dutch[1]}` : text;
}

function partyId(covenantId: string, name: string | undefined): string | null {
  if (!name) return null;
  const ids = new Set(referenceMemberships.filter((m) => m.covenantId === covenantId).map((m) => m.partyId));
  const party = referenceParties.find((p) => ids.has(p.id) && p.name.toLowerCase() === name.toLowerCase());
  if (party === undefined) throw new Error(`example names unknown party ${name}`);
  return party.id;
}

async function exampleRecords(): Promise<TrajectoryRecord[]> {
  const [header, ...lines] = (await readFile(EXAMPLE, 'utf8')).trim().split(/\r?\n/);
  const names = (header as string).split(';');
  return lines.map((line) => {
    const row = Object.fromEntries(line.split(';').map((value, i) => [names[i], value.trim()]));
    const covenantId = row.convenant as string;
    const on = (column: string) => isoDate(row[column]);
    const steps = [
      ['aanmelding', on('datum_aanmelding')],
      ['sleuteloverdracht', on('datum_woning')],
      ['omklap', on('datum_omklap')],
      ['afgesloten', on('datum_afgesloten')],
    ].filter((s): s is [TrajectoryRecord['steps'][number]['step'], string] => s[1] !== undefined);
    const events: TrajectoryRecord['events'] = [];
    if (on('datum_terugval')) events.push({ kind: 'terugval', relapseKind: (row.soort_terugval || null) as 'tijdelijk' | null, occurredOn: on('datum_terugval') as string });
    if (on('datum_negatief_einde')) events.push({ kind: 'negatief_einde', relapseKind: null, occurredOn: on('datum_negatief_einde') as string });
    return {
      covenantId,
      subRegionId: null,
      caseCode: row.casuscode as string,
      targetGroup: row.doelgroep as TrajectoryRecord['targetGroup'],
      facility: row.voorziening as string,
      providerId: partyId(covenantId, row.zorgaanbieder) as string,
      originMunicipalityId: partyId(covenantId, row.gemeente_herkomst) as string,
      placementMunicipalityId: partyId(covenantId, row.gemeente_uitstroom),
      ageCategory: row.leeftijdscategorie as TrajectoryRecord['ageCategory'],
      landlordId: partyId(covenantId, row.corporatie),
      contractForm: (row.contractvorm || null) as TrajectoryRecord['contractForm'],
      steps: steps.map(([step, occurredOn]) => ({ step, occurredOn })),
      events,
    };
  });
}

describe('the example sheet, imported and counted', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
    BEHEERDER = await p.headersFor('beheerder');
  });
  afterAll(() => p?.close());

  async function figures(scope: ReferenceScope) {
    const query = `query ($c: ID!, ${MONITOR_FIGURES_VARIABLES}) { covenant(id: $c) { ${MONITOR_FIGURES_SELECTION} } }`;
    const { status, body } = await p.graphql<{ covenant: MonitorFiguresResult }>(query, { c: scope.covenantId, ...monitorVariables(scope) }, BEHEERDER);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return asReference(body.data?.covenant as MonitorFiguresResult);
  }

  it('gives every figure the second calculation gives, before and after the import', async () => {
    const demo = generateDemoTrajectories(referenceParties, referenceMemberships);
    const example = await exampleRecords();
    expect(example).toHaveLength(4);
    const scopes: ReferenceScope[] = [
      { covenantId: 'walcheren', from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' },
      { covenantId: 'walcheren', from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30', targetGroup: 'VO' },
    ];
    for (const scope of scopes) expect(await figures(scope)).toEqual(referenceMonitor(demo, scope));

    const content = (await readFile(EXAMPLE)).toString('base64');
    const imported = await p.graphql<{ importUitstroommonitor: { imported: boolean; created: number } }>(
      'mutation ($f: String!, $c: String!) { importUitstroommonitor(fileName: $f, contentBase64: $c) { imported created } }',
      { f: 'uitstroommonitor-voorbeeld.csv', c: content },
      BEHEERDER,
    );
    expect(imported.body.data?.importUitstroommonitor).toEqual({ imported: true, created: 4 });

    for (const scope of scopes) {
      const before = referenceMonitor(demo, scope);
      const after = referenceMonitor([...demo, ...example], scope);
      expect(after).not.toEqual(before);
      expect(await figures(scope)).toEqual(after);
    }
  });
});
