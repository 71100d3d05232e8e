import { describe, expect, it } from 'vitest';
import { describeOutflowChart, EXACT_LEGEND, formatCount, formatPeriodRange, outflowCaption, protectionLegend, PROTECTED_LEGEND } from './format.ts';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1234, '1.234'],
    [1234567, '1.234.567'],
  ])('%d → %s', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe('formatPeriodRange', () => {
  it.each([
    ['2023-K1', '2026-K4', '2023-K1 t/m 2026-K4'],
    ['2025-K3', '2025-K3', '2025-K3'],
    [undefined, undefined, ''],
  ])('%s – %s → %s', (first, last, expected) => {
    expect(formatPeriodRange(first, last)).toBe(expected);
  });
});

describe('outflowCaption', () => {
  it('names the covenant after the title', () => {
    expect(outflowCaption('Weer Thuis op Walcheren')).toBe(
      'Uitstroom per doelgroep per kwartaal — Weer Thuis op Walcheren',
    );
  });
});

describe('describeOutflowChart', () => {
  it.each([
    {
      name: 'everything drawn',
      input: { covenantName: 'Woonkans', firstPeriodCode: '2023-K1', lastPeriodCode: '2026-K4', notDrawn: null },
      expected: 'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Woonkans, 2023-K1 t/m 2026-K4. De cijfers staan in de tabel onder het diagram.',
    },
    {
      name: 'no periods',
      input: { covenantName: 'Meppel', firstPeriodCode: undefined, lastPeriodCode: undefined, notDrawn: null },
      expected: 'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Meppel. De cijfers staan in de tabel onder het diagram.',
    },
    {
      name: 'values left out of the bars, said as the chart says it',
      input: { covenantName: 'Walcheren', firstPeriodCode: '2025-K1', lastPeriodCode: '2025-K1', notDrawn: "2 waarden '<5' niet getekend." },
      expected: "Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Walcheren, 2025-K1. 2 waarden '<5' niet getekend. De cijfers staan in de tabel onder het diagram.",
    },
  ])('$name', ({ input, expected }) => {
    expect(describeOutflowChart(input)).toBe(expected);
  });
});

describe('protectionLegend', () => {
  it('uses the agreed Dutch wording for protected counts, and says the beheerder’s are exact', () => {
    expect(protectionLegend(true)).toBe(PROTECTED_LEGEND);
    expect(PROTECTED_LEGEND).toBe(
      'Beschermde aantallen: kleine afwijkingen voorkomen dat iemand herkenbaar is; totalen tellen daardoor niet altijd precies op. ' +
        "'<5' is een aantal van 1 tot 4; 0 kan ook 1 tot 4 betekenen.",
    );
    expect(protectionLegend(false)).toBe(EXACT_LEGEND);
    expect(EXACT_LEGEND).toMatch(/^Exacte aantallen/);
  });
});
