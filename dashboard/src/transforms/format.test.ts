import { describe, expect, it } from 'vitest';
import { describeOutflowChart, formatCount, formatPeriodRange, outflowCaption } from './format.ts';

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
      input: { covenantName: 'Woonkans', firstPeriodCode: '2023-K1', lastPeriodCode: '2026-K4', total: 1520 },
      expected:
        'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Woonkans, 2023-K1 t/m 2026-K4. ' +
        'Totaal: 1.520. De cijfers staan in de tabel onder het diagram.',
    },
    {
      input: { covenantName: 'Meppel', firstPeriodCode: undefined, lastPeriodCode: undefined, total: 0 },
      expected:
        'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Meppel. ' +
        'Totaal: 0. De cijfers staan in de tabel onder het diagram.',
    },
  ])('summarises the total for $input.covenantName', ({ input, expected }) => {
    expect(describeOutflowChart(input)).toBe(expected);
  });
});
