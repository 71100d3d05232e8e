import { describe, expect, it } from 'vitest';
import { balanceHistory, balanceOn, claimRefusals, fundBalanceOn, contributions, payoutCents, terminationRefunds, topUpDue, type FundMember, type LedgerEntry } from './guarantee-fund.ts';

const RULES = [
  { partyKind: 'gemeente', groupTotalCents: 5_000_000, perPartyCents: null },
  { partyKind: 'woningcorporatie', groupTotalCents: 5_000_000, perPartyCents: null },
  { partyKind: 'zorgaanbieder', groupTotalCents: null, perPartyCents: 100_000 },
];
const ELIGIBLE = ['mutatiekosten', 'juridische (proces)kosten', 'achterstallige huur/huurderving', 'ontruimingskosten'];

function members(gemeenten: number[], corporaties: number[], providers: number): FundMember[] {
  return [
    ...gemeenten.map((weight, i) => ({ partyId: `g${i}`, kind: 'gemeente', weight })),
    ...corporaties.map((weight, i) => ({ partyId: `c${i}`, kind: 'woningcorporatie', weight })),
    ...Array.from({ length: providers }, (_, i) => ({ partyId: `z${i}`, kind: 'zorgaanbieder', weight: 0 })),
  ];
}
const total = (parts: { cents: number }[]) => parts.reduce((s, p) => s + p.cents, 0);

describe('contributions', () => {
  it('13 gemeenten, 8 corporations and 18 providers make €118,000 (DOMAIN.md)', () => {
    const parts = contributions(RULES, members(Array(13).fill(1), Array(8).fill(1), 18));
    expect(total(parts)).toBe(11_800_000);
  });

  it('divides a group total by its key to the cent: €50,000 over weights 1:1:1', () => {
    const parts = contributions(RULES.slice(0, 1), members([1, 1, 1], [], 0));
    expect(parts.map((p) => p.cents)).toEqual([1_666_667, 1_666_667, 1_666_666]);
  });

  it('follows the housing stock: 6,000 and 2,000 homes pay 3:1', () => {
    expect(contributions(RULES.slice(1, 2), members([], [6000, 2000], 0)).map((p) => p.cents)).toEqual([3_750_000, 1_250_000]);
  });

  it('changes the shares of later rounds when a party joins', () => {
    const before = contributions(RULES.slice(1, 2), members([], [1, 1], 0));
    const after = contributions(RULES.slice(1, 2), members([], [1, 1, 2], 0));
    expect(before.map((p) => p.cents)).toEqual([2_500_000, 2_500_000]);
    expect(after.map((p) => p.cents)).toEqual([1_250_000, 1_250_000, 2_500_000]);
  });
});

describe('the ledger', () => {
  const ledger: LedgerEntry[] = [
    { on: '2024-05-01', kind: 'bijdrage', partyId: 'g0', cents: 5_000_000 },
    { on: '2024-05-02', kind: 'bijdrage', partyId: 'c0', cents: 5_000_000 },
    { on: '2025-02-10', kind: 'uitbetaling', partyId: 'c0', cents: 7_600_001 },
  ];

  it('gives the balance at any date', () => {
    expect(balanceOn(ledger, '2024-04-30')).toBe(0);
    expect(balanceOn(ledger, '2024-05-01')).toBe(5_000_000);
    expect(balanceOn(ledger, '2025-02-09')).toBe(10_000_000);
    expect(balanceOn(ledger, '2025-02-10')).toBe(2_399_999);
  });

  it('asks for a top-up round below €25,000, not at it', () => {
    expect(topUpDue(2_500_000, 2_500_000)).toBe(false);
    expect(topUpDue(2_499_999, 2_500_000)).toBe(true);
  });
});

describe('claims', () => {
  const good = { negativeEndOn: '2025-01-15', depositCents: 80_000, lines: [{ costType: 'mutatiekosten', cents: 120_050 }], seriousNegligence: false };

  it('allows a claim after a negative end, above the deposit, of eligible costs, and pays what exceeds the deposit', () => {
    expect(claimRefusals(good, ELIGIBLE)).toEqual([]);
    expect(payoutCents(good)).toBe(40_050);
  });

  it('names every rule a claim breaks', () => {
    const refusals = claimRefusals({ negativeEndOn: null, depositCents: 200_000, lines: [{ costType: 'inventaris', cents: 150_000 }], seriousNegligence: true }, ELIGIBLE);
    expect(refusals).toHaveLength(4);
    expect(refusals[0]).toContain('negatief einde');
    expect(refusals[1]).toContain('"inventaris" is geen kostensoort');
    expect(refusals[2]).toMatch(/De claim \(€\s?1\.500,00\) moet hoger zijn dan de borg \(€\s?2\.000,00\)/);
    expect(refusals[3]).toContain('ernstige nalatigheid');
  });

  it('refuses a claim exactly equal to the deposit', () => {
    expect(claimRefusals({ ...good, lines: [{ costType: 'mutatiekosten', cents: 80_000 }] }, ELIGIBLE)).toHaveLength(1);
  });
});

describe('joint termination', () => {
  it('pays the remainder back pro rata the original contributions, to the cent', () => {
    const first = [
      { partyId: 'g0', cents: 5_000_000 },
      { partyId: 'c0', cents: 5_000_000 },
      { partyId: 'z0', cents: 100_000 },
    ];
    const refunds = terminationRefunds(1_000_001, first);
    expect(total(refunds)).toBe(1_000_001);
    expect(refunds.map((r) => r.cents)).toEqual([495_050, 495_050, 9901]);
    expect(terminationRefunds(0, first).map((r) => r.cents)).toEqual([0, 0, 0]);
  });
});

describe('fundBalanceOn and balanceHistory: approvals reserve, payouts and refunds take out', () => {
  const ledger: LedgerEntry[] = [
    { on: '2024-05-01', kind: 'bijdrage', partyId: 'g', cents: 5_000_001 },
    { on: '2024-05-03', kind: 'bijdrage', partyId: 'c', cents: 4_999_999 },
    { on: '2025-01-10', kind: 'toekenning', partyId: 'c', cents: 1_234_567 },
    { on: '2025-01-20', kind: 'uitbetaling', partyId: 'c', cents: 1_234_567 },
    { on: '2025-02-01', kind: 'toekenning', partyId: 'c', cents: 99 },
    { on: '2026-01-01', kind: 'terugbetaling', partyId: 'g', cents: 1 },
  ];
  it.each([
    ['2024-04-30', 0, 0],
    ['2024-05-01', 5_000_001, 0],
    ['2025-01-10', 10_000_000, 1_234_567],
    ['2025-01-20', 8_765_433, 0],
    ['2025-02-01', 8_765_433, 99],
    ['2026-01-01', 8_765_432, 99],
  ])('on %s: balance %i, reserved %i', (on, balanceCents, reservedCents) => {
    expect(fundBalanceOn(ledger, on)).toEqual({ on, balanceCents, reservedCents, availableCents: balanceCents - reservedCents });
  });

  it('has a point at the start, after every day with a booking, and at the end', () => {
    expect(balanceHistory(ledger, '2024-05-02', '2025-01-31').map((b) => [b.on, b.balanceCents])).toEqual([
      ['2024-05-02', 5_000_001],
      ['2024-05-03', 10_000_000],
      ['2025-01-10', 10_000_000],
      ['2025-01-20', 8_765_433],
      ['2025-01-31', 8_765_433],
    ]);
    expect(balanceHistory(ledger, '2024-05-01', '2024-05-01')).toHaveLength(1);
  });
});
