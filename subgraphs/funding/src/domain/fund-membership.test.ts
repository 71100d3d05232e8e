import { describe, expect, it } from 'vitest';
import { isMemberOn, leaveDate, originalContributions, roundParts, weightOn } from './fund-membership.ts';

describe('leaveDate: two calendar months after notice (art. 10.3)', () => {
  it.each([
    ['2026-01-15', '2026-03-15'],
    ['2026-08-31', '2026-10-31'],
    ['2025-12-31', '2026-02-28'],
    ['2023-12-31', '2024-02-29'],
    ['2026-11-30', '2027-01-30'],
    ['2026-10-31', '2026-12-31'],
  ])('notice %s → out on %s', (notice, out) => expect(leaveDate(notice)).toBe(out));
});

describe('isMemberOn', () => {
  const m = { partyId: 'a', joinedOn: '2024-04-15', leftOn: '2026-10-31' };
  it.each([
    ['2024-04-14', false],
    ['2024-04-15', true],
    ['2026-10-30', true],
    ['2026-10-31', false],
  ])('%s → %s', (on, expected) => expect(isMemberOn(m, on)).toBe(expected));
  it('a member without a leaving day stays', () => expect(isMemberOn({ ...m, leftOn: null }, '2099-01-01')).toBe(true));
});

describe('weightOn', () => {
  const weights = [
    { partyId: 'a', validFrom: '2024-01-01', weight: 100 },
    { partyId: 'a', validFrom: '2025-01-01', weight: 120 },
    { partyId: 'b', validFrom: '2024-06-01', weight: 7 },
  ];
  it.each([
    ['a', '2023-12-31', null],
    ['a', '2024-01-01', 100],
    ['a', '2024-12-31', 100],
    ['a', '2025-01-01', 120],
    ['b', '2024-05-31', null],
    ['c', '2025-01-01', null],
  ])('%s on %s → %s', (party, on, expected) => expect(weightOn(weights, party, on)).toBe(expected));
});

describe('roundParts', () => {
  const rules = [
    { partyKind: 'woningcorporatie', groupTotalCents: 5_000_000, perPartyCents: null },
    { partyKind: 'zorgaanbieder', groupTotalCents: null, perPartyCents: 100_000 },
  ];
  const members = [
    { partyId: 'c1', kind: 'woningcorporatie', joinedOn: '2024-01-01', leftOn: null },
    { partyId: 'c2', kind: 'woningcorporatie', joinedOn: '2024-01-01', leftOn: '2025-03-01' },
    { partyId: 'c3', kind: 'woningcorporatie', joinedOn: '2025-02-01', leftOn: null },
    { partyId: 'z1', kind: 'zorgaanbieder', joinedOn: '2024-01-01', leftOn: null },
  ];
  const weights = [
    { partyId: 'c1', validFrom: '2024-01-01', weight: 3 },
    { partyId: 'c2', validFrom: '2024-01-01', weight: 1 },
    { partyId: 'c3', validFrom: '2025-02-01', weight: 2 },
  ];

  it('names the members whose weight is missing instead of guessing', () => {
    expect(roundParts(rules, members, weights.slice(0, 2), '2025-02-15')).toEqual({ parts: [], missingWeights: ['c3'] });
  });

  it('a joiner changes the shares of later rounds; a leaver owes nothing after leaving', () => {
    expect(roundParts(rules, members, weights, '2024-06-01').parts).toEqual([
      { partyId: 'c1', cents: 3_750_000 },
      { partyId: 'c2', cents: 1_250_000 },
      { partyId: 'z1', cents: 100_000 },
    ]);
    expect(roundParts(rules, members, weights, '2025-02-15').parts).toEqual([
      { partyId: 'c1', cents: 2_500_000 },
      { partyId: 'c2', cents: 833_333 },
      { partyId: 'c3', cents: 1_666_667 },
      { partyId: 'z1', cents: 100_000 },
    ]);
    expect(roundParts(rules, members, weights, '2025-03-01').parts).toEqual([
      { partyId: 'c1', cents: 3_000_000 },
      { partyId: 'c3', cents: 2_000_000 },
      { partyId: 'z1', cents: 100_000 },
    ]);
  });
});

describe('originalContributions', () => {
  it("is what a party paid in the first round it paid in (a joiner's first round)", () => {
    const paid = [
      { partyId: 'a', roundNumber: 2, cents: 900 },
      { partyId: 'a', roundNumber: 1, cents: 1_000 },
      { partyId: 'b', roundNumber: 2, cents: 333 },
    ];
    expect(originalContributions(paid)).toEqual(new Map([['a', 1_000], ['b', 333]]));
  });
});
