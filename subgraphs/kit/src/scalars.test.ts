import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate } from './scalars.ts';

describe('Date scalar', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-13-01', false],
    ['01-02-2025', false],
    ['2025-1-2', false],
  ])('%s valid: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('refuses a bad date with a message that says the expected form', () => {
    expect(() => DateScalar.parseValue('31-12-2025')).toThrow(/YYYY-MM-DD/);
  });
});
