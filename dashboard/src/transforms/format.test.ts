import { describe, expect, it } from 'vitest';
import {
  EXACT_COUNTS_NOTE,
  SUPPRESSION_NOTE,
  describeOutflowChart,
  formatCount,
  formatPeriodRange,
  outflowCaption,
  suppressionNote,
} from './format.ts';

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
      name: 'a shown total, as the gateway displays it',
      input: { covenantName: 'Woonkans', firstPeriodCode: '2023-K1', lastPeriodCode: '2026-K4', totalDisplay: '1520' },
      expected:
        'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Woonkans, 2023-K1 t/m 2026-K4. ' +
        'Totaal: 1520. De cijfers staan in de tabel onder het diagram.',
    },
    {
      name: 'no periods',
      input: { covenantName: 'Meppel', firstPeriodCode: undefined, lastPeriodCode: undefined, totalDisplay: '0' },
      expected:
        'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Meppel. ' +
        'Totaal: 0. De cijfers staan in de tabel onder het diagram.',
    },
    {
      name: 'a hidden total, and hidden counts left out of the bars',
      input: {
        covenantName: 'Walcheren',
        firstPeriodCode: '2025-K1',
        lastPeriodCode: '2025-K1',
        totalDisplay: '<5',
        anyHidden: true,
      },
      expected:
        'Gestapeld staafdiagram: uitstroom per doelgroep per kwartaal, Walcheren, 2025-K1. ' +
        'Totaal: <5. Verborgen aantallen staan niet in het diagram. De cijfers staan in de tabel onder het diagram.',
    },
  ])('$name', ({ input, expected }) => {
    expect(describeOutflowChart(input)).toBe(expected);
  });
});

describe('suppressionNote', () => {
  it.each([
    { name: 'explains <5 when something is hidden', suppressionApplied: true, anyHidden: true, expected: SUPPRESSION_NOTE },
    { name: 'says nothing when suppression hid nothing', suppressionApplied: true, anyHidden: false, expected: null },
    { name: 'says exact counts are shown to a beheerder', suppressionApplied: false, anyHidden: false, expected: EXACT_COUNTS_NOTE },
  ])('$name', ({ suppressionApplied, anyHidden, expected }) => {
    expect(suppressionNote({ suppressionApplied, anyHidden })).toBe(expected);
  });

  it('uses the agreed Dutch wording', () => {
    expect(SUPPRESSION_NOTE).toBe(
      'Aantallen van 1 tot en met 4 worden getoond als <5; om ze te beschermen kunnen ook andere cellen verborgen zijn. ' +
        'Verborgen aantallen staan niet in de grafiek.',
    );
  });
});
