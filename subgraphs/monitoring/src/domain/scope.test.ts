import { describe, expect, it } from 'vitest';
import { checkScope } from './scope.ts';

const woonkans = { covenantKnown: true, subRegionIds: ['woonkans-midden', 'woonkans-noord'], partyIsMember: true };

describe('checkScope', () => {
  it('accepts a known sub-region and a member party', () => {
    expect(() => checkScope({ covenantId: 'woonkans', subRegionId: 'woonkans-noord', partyId: 'venlo' }, woonkans)).not.toThrow();
    expect(() => checkScope({ covenantId: 'woonkans' }, { ...woonkans, partyIsMember: false })).not.toThrow();
  });

  it('names the covenant, the sub-region or the party that is wrong', () => {
    expect(() => checkScope({ covenantId: 'nergens' }, { covenantKnown: false, subRegionIds: [], partyIsMember: false })).toThrow('unknown covenant "nergens"');
    expect(() => checkScope({ covenantId: 'woonkans', subRegionId: 'woonkans-zuid' }, woonkans)).toThrow(
      '"woonkans-zuid" is not a sub-region of covenant "woonkans": its sub-regions are woonkans-midden, woonkans-noord',
    );
    expect(() => checkScope({ covenantId: 'walcheren', subRegionId: 'x' }, { ...woonkans, subRegionIds: [] })).toThrow('it has no sub-regions');
    expect(() => checkScope({ covenantId: 'woonkans', partyId: 'zeeland' }, { ...woonkans, partyIsMember: false })).toThrow(
      'party "zeeland" is not a member of covenant "woonkans"',
    );
  });
});
