import { describe, expect, it } from 'vitest';
import { lowerCaseEnum } from './enums.ts';

describe('lowerCaseEnum', () => {
  it('maps each GraphQL name to the stored value', () => {
    expect(lowerCaseEnum(['woning_aangeboden', 'omklap'])).toEqual({ WONING_AANGEBODEN: 'woning_aangeboden', OMKLAP: 'omklap' });
  });
});
