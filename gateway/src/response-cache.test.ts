// When a mutation's result stands for a write (issue 16, row 14): only then is the cache emptied.
import { describe, expect, it } from 'vitest';
import { mayHaveWritten } from './response-cache.ts';

describe('mayHaveWritten', () => {
  it('a mutation answered without errors wrote; one of only __typename did not', () => {
    expect(mayHaveWritten(['setVacancyCount'], { data: { setVacancyCount: { count: 4 } } })).toBe(true);
    expect(mayHaveWritten([], { data: { __typename: 'Mutation' } })).toBe(false);
  });

  it('refused on every root field (by a subgraph, or at the gateway), or before it ran: nothing written', () => {
    expect(mayHaveWritten(['submitFundClaim'], { data: null, errors: [{ message: 'bad', path: ['submitFundClaim'] }] })).toBe(false);
    expect(mayHaveWritten(['a', 'b'], { data: null, errors: [{ message: 'x', path: ['a'] }, { message: 'y', path: ['b'] }] })).toBe(false);
    expect(mayHaveWritten(['a'], { errors: [{ message: 'refused' }] })).toBe(false);
  });

  it('one root field refused and another not (data nulled by the refusal all the same): written', () => {
    expect(mayHaveWritten(['ok', 'refused'], { data: null, errors: [{ message: 'bad', path: ['refused'] }] })).toBe(true);
  });

  it('an error below a root field means that field resolved, so wrote; unsure answers count as writes', () => {
    expect(mayHaveWritten(['submitFundClaim'], { data: null, errors: [{ message: 'down', path: ['submitFundClaim', 'claimant', 'name'] }] })).toBe(true);
    expect(mayHaveWritten(['a'], { data: null, errors: [{ message: 'no path' }] })).toBe(true);
    expect(mayHaveWritten(['a'], (async function* () {})())).toBe(true);
  });
});
