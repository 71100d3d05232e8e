import { describe, expect, it } from 'vitest';
import { pageOf } from './paging.ts';

describe('pageOf', () => {
  it.each([
    { limit: 1, offset: 0 },
    { limit: 500, offset: 1000 },
  ])('accepts $limit/$offset', (args) => expect(pageOf(args)).toEqual(args));

  it.each([
    { limit: 0, offset: 0, message: /limit must be between 1 and 500, got 0/ },
    { limit: 501, offset: 0, message: /got 501/ },
    { limit: 10, offset: -1, message: /offset must be 0 or more/ },
  ])('refuses $limit/$offset', ({ message, ...args }) => expect(() => pageOf(args)).toThrow(message));
});
