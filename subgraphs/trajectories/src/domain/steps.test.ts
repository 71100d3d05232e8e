import { describe, expect, it } from 'vitest';
import { stepLabel } from './steps.ts';

describe('stepLabel', () => {
  it.each([
    { step: 'bemiddeling' as const, labels: [{ step: 'bemiddeling', label: 'Uitstroomtafel' }], expected: 'Uitstroomtafel' },
    { step: 'bemiddeling' as const, labels: [{ step: 'toegang', label: 'Keukentafelgesprek' }], expected: 'Team en bemiddeling' },
    { step: 'afgesloten' as const, labels: [], expected: 'Afgesloten' },
  ])('$step with $labels.length covenant labels → $expected', ({ step, labels, expected }) => {
    expect(stepLabel(step, labels)).toBe(expected);
  });
});
