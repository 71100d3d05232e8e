import { describe, expect, it } from 'vitest';
import { statusLabel, vacancyInputProblem, vacancyYearProblem } from './target-texts.ts';

describe('target texts', () => {
  it('names the status in Dutch, or what is missing', () => {
    expect(statusLabel('op_koers', null)).toBe('op koers');
    expect(statusLabel('achter', null)).toBe('achter');
    expect(statusLabel('boven', null)).toBe('boven');
    expect(statusLabel(null, vacancyYearProblem(2022))).toBe('onbekend: het aantal in 2022 vrijgekomen woningen van deze corporatie ontbreekt');
  });

  it('checks a vacancy count before it is stored', () => {
    const parties = ['lescaut', null];
    expect(vacancyInputProblem({ partyId: 'lescaut', year: 2022, count: 0 }, parties, '2026-11-24')).toBeNull();
    expect(vacancyInputProblem({ partyId: 'woonconcept', year: 2022, count: 10 }, parties, '2026-11-24')).toBe('party "woonconcept" has no target that counts a share of vacated homes');
    expect(vacancyInputProblem({ partyId: 'lescaut', year: 2027, count: 10 }, parties, '2026-11-24')).toBe('year must be between 2000 and 2026, got 2027');
    expect(vacancyInputProblem({ partyId: 'lescaut', year: 2022, count: -1 }, parties, '2026-11-24')).toBe('count must be 0 or more, got -1');
  });
});
