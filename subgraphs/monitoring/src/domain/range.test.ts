import { describe, expect, it } from 'vitest';
import { checkRange } from './range.ts';

describe('checkRange', () => {
  it('accepts a single day', () => expect(() => checkRange('2025-01-01', '2025-01-01')).not.toThrow());
  it('refuses from after to, naming both', () => expect(() => checkRange('2025-02-01', '2025-01-31')).toThrow('from (2025-02-01) must not be after to (2025-01-31)'));
  it('refuses more than 25 years', () => expect(() => checkRange('2000-01-01', '2026-01-01')).toThrow(/at most 25 years/));
});
