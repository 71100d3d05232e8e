import { describe, expect, it } from 'vitest';
import { todayInNetherlands } from './today.ts';

describe('todayInNetherlands', () => {
  it('is already the next day in Amsterdam shortly before midnight UTC', () => {
    expect(todayInNetherlands(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
