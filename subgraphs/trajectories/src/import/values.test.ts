import { describe, expect, it } from 'vitest';
import { parseCode, parseDate } from './values.ts';

describe('parseDate', () => {
  it.each([
    ['2025-03-12', { ok: true, value: '2025-03-12' }],
    ['12-03-2025', { ok: true, value: '2025-03-12' }],
    ['29-02-2024', { ok: true, value: '2024-02-29' }],
    ['29-02-2025', { ok: false, reason: '"29-02-2025" bestaat niet als datum' }],
    ['2025/03/12', { ok: false, reason: '"2025/03/12" is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ' }],
    ['12-3-2025', { ok: false, reason: '"12-3-2025" is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ' }],
  ])('%s', (text, expected) => expect(parseDate(text)).toEqual(expected));
});

describe('parseCode', () => {
  it('matches without regard to case and returns the canonical code', () => {
    expect(parseCode('bw', ['BW', 'MO'])).toEqual({ ok: true, value: 'BW' });
  });
  it('lists the allowed values when it refuses', () => {
    expect(parseCode('XX', ['BW', 'MO'])).toEqual({ ok: false, reason: '"XX" is geen geldige waarde; kies uit BW, MO' });
  });
});
