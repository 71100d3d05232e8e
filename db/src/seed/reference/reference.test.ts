// Integrity checks for the covenant reference data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  referenceCostAgreements,
  referenceCovenants,
  referenceFunds,
  referenceMemberships,
  referenceParties,
  referenceTargets,
  type PartyKind,
  type ReferenceParty,
} from './index.ts';

const partyById = new Map(referenceParties.map((p) => [p.id, p]));
const partyByName = new Map(referenceParties.map((p) => [p.name, p]));
const covenantById = new Map(referenceCovenants.map((c) => [c.id, c]));

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

function party(id: string): ReferenceParty {
  const p = partyById.get(id);
  if (!p) throw new Error(`unknown party ${id}`);
  return p;
}

/** Distinct party ids of a covenant with a given role, optionally of one kind. */
function members(covenantId: string, role: string, kind?: PartyKind): Set<string> {
  return new Set(
    referenceMemberships
      .filter((m) => m.covenantId === covenantId && m.role === role)
      .filter((m) => kind === undefined || party(m.partyId).kind === kind)
      .map((m) => m.partyId),
  );
}

describe('parties', () => {
  it('have unique ids and names', () => {
    expect(duplicates(referenceParties.map((p) => p.id))).toEqual([]);
    expect(duplicates(referenceParties.map((p) => p.name))).toEqual([]);
  });

  it('use slug ids, gemeente-<slug> exactly for gemeenten, and bare gemeente names', () => {
    for (const p of referenceParties) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.id.startsWith('gemeente-')).toBe(p.kind === 'gemeente');
      expect(p.name.trim()).toBe(p.name);
      if (p.kind === 'gemeente') expect(p.name).not.toMatch(/^gemeente /i);
    }
  });

  it('all belong to at least one covenant', () => {
    const used = new Set(referenceMemberships.map((m) => m.partyId));
    expect(referenceParties.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});

describe('covenants', () => {
  it('are the five covenant codes, unique', () => {
    expect(referenceCovenants.map((c) => c.id).sort()).toEqual(
      ['meppel-vzw', 'noord-veluwe', 'noordoostpolder', 'walcheren', 'woonkans'],
    );
  });

  it('have valid dates, at least one evaluation rule and well-formed rules', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const c of referenceCovenants) {
      expect(c.startsOn).toMatch(iso);
      expect(Number.isNaN(Date.parse(c.startsOn))).toBe(false);
      if (c.endsOn !== undefined) {
        expect(c.endsOn).toMatch(iso);
        expect(c.endsOn > c.startsOn).toBe(true);
      }
      expect(c.seedFile).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
      expect(c.evaluationRules.length).toBeGreaterThanOrEqual(1);
      for (const r of c.evaluationRules) {
        expect(r.source.length).toBeGreaterThan(0);
        if (r.month !== undefined) expect(r.month >= 1 && r.month <= 12).toBe(true);
      }
      if (c.renewalMonths !== undefined) expect(c.tacitRenewal).toBe(true);
    }
  });

  it('have unique sub-region ids, step labels and norm codes', () => {
    const subRegionIds = referenceCovenants.flatMap((c) => c.subRegions.map((s) => s.id));
    expect(duplicates(subRegionIds)).toEqual([]);
    expect(duplicates(referenceCovenants.flatMap((c) => c.norms.map((n) => n.code)))).toEqual([]);
    for (const c of referenceCovenants) {
      expect(duplicates(c.stepLabels.map((s) => s.step))).toEqual([]);
      for (const n of c.norms) expect(n.source.length).toBeGreaterThan(0);
    }
  });

  it('fix the terms the covenants state', () => {
    const meppel = covenantById.get('meppel-vzw');
    expect(meppel).toMatchObject({ startsOn: '2025-03-13', initialTermMonths: 12, renewalMonths: 12, noticeMonths: 3 });
    expect(meppel?.evaluationRules.some((r) => r.rhythm === 'jaar' && r.month === 10)).toBe(true);
    const woonkans = covenantById.get('woonkans');
    expect(woonkans).toMatchObject({ startsOn: '2024-04-15', initialTermMonths: 48, noticeMonths: 6, partyLeaveNoticeMonths: 2 });
    expect(woonkans?.subRegions.map((s) => s.id)).toEqual(['woonkans-noord', 'woonkans-midden']);
    expect(covenantById.get('walcheren')?.evaluationRules.map((r) => r.monthsAfterStart)).toEqual(
      expect.arrayContaining([6, 12]),
    );
    expect(covenantById.get('noord-veluwe')).toMatchObject({ startsOn: '2024-01-01', endsOn: '2025-12-31' });
  });
});

describe('memberships', () => {
  it('point at an existing party, covenant and sub-region of that covenant', () => {
    for (const m of referenceMemberships) {
      expect(partyById.has(m.partyId), m.partyId).toBe(true);
      const covenant = covenantById.get(m.covenantId);
      expect(covenant, m.covenantId).toBeDefined();
      if (m.subRegionId !== undefined) {
        expect(covenant?.subRegions.map((s) => s.id)).toContain(m.subRegionId);
      }
      expect(m.role.length).toBeGreaterThan(0);
    }
  });

  it('are not duplicated', () => {
    const keys = referenceMemberships.map((m) => `${m.covenantId}|${m.partyId}|${m.role}|${m.subRegionId ?? ''}`);
    expect(duplicates(keys)).toEqual([]);
  });

  it('list the Woonkans partners: 13 gemeenten, 8 corporations, 18 providers', () => {
    expect(members('woonkans', 'partner', 'gemeente').size).toBe(13);
    expect(members('woonkans', 'partner', 'woningcorporatie').size).toBe(8);
    expect(members('woonkans', 'partner', 'zorgaanbieder').size).toBe(18);
    expect([...members('woonkans', 'kassier')]).toEqual(['mgr-sociaal-domein-limburg-noord']);
  });

  it('give Meppel, Noord-Veluwe and Walcheren the roles the texts name', () => {
    expect(members('meppel-vzw', 'opdrachtgever')).toEqual(new Set(['gemeente-meppel', 'woonconcept', 'actium']));
    expect([...members('meppel-vzw', 'opdrachtnemer')]).toEqual(['welzijn-mensenwerk']);
    expect([...members('meppel-vzw', 'leverancier')]).toEqual(['zorgweb']);
    expect([...members('noord-veluwe', 'centrumgemeente')]).toEqual(['gemeente-harderwijk']);
    expect([...members('noord-veluwe', 'monitor')]).toEqual(['ggd-noord-en-oost-gelderland']);
    expect(members('noord-veluwe', 'ketenpartner', 'gemeente').size).toBe(6);
    expect(members('noord-veluwe', 'intentiepartner').size).toBe(6);
    expect(members('walcheren', 'partner', 'gemeente').size).toBe(3);
    expect(members('walcheren', 'partner', 'woningcorporatie').size).toBe(4);
    expect(members('walcheren', 'partner', 'zorgaanbieder').size).toBe(11);
  });
});

describe('targets', () => {
  it('have unique ids and valid references', () => {
    expect(duplicates(referenceTargets.map((t) => t.id))).toEqual([]);
    for (const t of referenceTargets) {
      const covenant = covenantById.get(t.covenantId);
      expect(covenant, t.id).toBeDefined();
      if (t.subRegionId !== undefined) expect(covenant?.subRegions.map((s) => s.id)).toContain(t.subRegionId);
      if (t.partyId !== undefined) {
        expect(referenceMemberships.some((m) => m.covenantId === t.covenantId && m.partyId === t.partyId)).toBe(true);
      }
      if (t.kind === 'aantal') expect(t.amount).toBeGreaterThan(0);
      else expect(t.basisPoints).toBeGreaterThan(0);
      if (t.validTo !== undefined) expect(t.validTo > t.validFrom).toBe(true);
    }
  });

  it('carry the numbers from the texts', () => {
    const byId = new Map(referenceTargets.map((t) => [t.id, t]));
    expect(byId.get('meppel-vzw-bezoeken')?.amount).toBe(100);
    expect(byId.get('woonkans-noord-woningen')).toMatchObject({ amount: 120, subRegionId: 'woonkans-noord' });
    expect(byId.get('woonkans-midden-woningen')).toMatchObject({ amount: 100, subRegionId: 'woonkans-midden' });
    const walcheren = referenceTargets.filter((t) => t.covenantId === 'walcheren');
    expect(new Set(walcheren.map((t) => t.partyId))).toEqual(members('walcheren', 'partner', 'woningcorporatie'));
    for (const t of walcheren) expect(t).toMatchObject({ kind: 'aandeel_vrijgekomen', basisPoints: 500 });
  });
});

describe('cost agreements and funds', () => {
  it('have shares that sum to 10000 over existing members', () => {
    expect(duplicates(referenceCostAgreements.map((a) => a.id))).toEqual([]);
    for (const a of referenceCostAgreements) {
      expect(a.shares.reduce((sum, s) => sum + s.basisPoints, 0), a.id).toBe(10000);
      for (const s of a.shares) expect(members(a.covenantId, 'opdrachtgever').has(s.partyId), s.partyId).toBe(true);
    }
  });

  it('fix the Meppel amounts', () => {
    const byType = new Map(referenceCostAgreements.map((a) => [a.costType, a]));
    expect(byType.get('licentie')?.amountCents).toBe(1_500_000);
    const uitvoering = byType.get('uitvoering');
    expect(uitvoering).toMatchObject({ hourlyRateCents: 6750, hoursPerUnit: 2, budgetUnits: 100 });
    // Budget 100 × 2 × € 67,50 = € 13.500; Woonconcept 45% = € 6.075 (DOMAIN.md, art. 10.2.II).
    const budget = (uitvoering?.budgetUnits ?? 0) * (uitvoering?.hoursPerUnit ?? 0) * (uitvoering?.hourlyRateCents ?? 0);
    expect(budget).toBe(1_350_000);
    expect(byType.get('training')?.amountCents).toBeUndefined();
  });

  it('define the Woonkans Garantiefonds with an existing member as cashier', () => {
    expect(referenceFunds).toHaveLength(1);
    const [fund] = referenceFunds;
    expect(fund?.topUpThresholdCents).toBe(2_500_000);
    expect(members('woonkans', 'kassier').has(fund?.cashierPartyId ?? '')).toBe(true);
    expect(fund?.eligibleCostTypes).toHaveLength(4);
    // Initial deposit: gemeenten € 50.000 + corporaties € 50.000 + 18 × € 1.000 = € 118.000.
    const total = (fund?.contributionRules ?? []).reduce(
      (sum, r) => sum + (r.groupTotalCents ?? (r.perPartyCents ?? 0) * members('woonkans', 'partner', r.partyKind).size),
      0,
    );
    expect(total).toBe(11_800_000);
  });
});

// shared/formats/uitstroommonitor-voorbeeld.csv lives next to the repository (five levels up from this folder).
const sampleCsv = fileURLToPath(new URL('../../../../../shared/formats/uitstroommonitor-voorbeeld.csv', import.meta.url));

describe('import sample', () => {
  it.skipIf(!existsSync(sampleCsv))('names only known parties, members of the row covenant', () => {
    const lines = readFileSync(sampleCsv, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
    const header = (lines[0] ?? '').split(';').map((h) => h.trim().toLowerCase());
    const col = (name: string): number => header.indexOf(name);
    const columns = ['zorgaanbieder', 'gemeente_herkomst', 'gemeente_uitstroom', 'corporatie'] as const;
    for (const c of [...columns, 'convenant']) expect(col(c), c).toBeGreaterThanOrEqual(0);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      const code = cells[col('convenant')] ?? '';
      const covenantId = code.startsWith('woonkans-') ? 'woonkans' : code;
      expect(covenantById.has(covenantId), code).toBe(true);
      for (const c of columns) {
        const name = (cells[col(c)] ?? '').trim();
        if (name === '') continue;
        const p = partyByName.get(name);
        expect(p, `${c}: ${name}`).toBeDefined();
        if (c.startsWith('gemeente')) expect(p?.kind).toBe('gemeente');
        if (c === 'corporatie') expect(p?.kind).toBe('woningcorporatie');
        if (c === 'zorgaanbieder' || c === 'corporatie') {
          expect(referenceMemberships.some((m) => m.covenantId === covenantId && m.partyId === p?.id), name).toBe(true);
        }
      }
    }
  });
});
