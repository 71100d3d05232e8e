import { describe, expect, it } from 'vitest';
import { parseCode, parseCount, parseDate, parseEuroCents, parseHoursAsMinutes } from './values.ts';

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

describe('parseEuroCents', () => {
  const refused = (text: string) => ({ ok: false, reason: `"${text}" is geen bedrag in euro's; gebruik bijvoorbeeld 1.234,50 of 1234.50` });
  it.each([
    ['1.234,50', { ok: true, value: 123_450 }],
    ['1234.50', { ok: true, value: 123_450 }],
    ['1234,5', { ok: true, value: 123_450 }],
    ['0', { ok: true, value: 0 }],
    ['12,3', { ok: true, value: 1_230 }],
    ['12.3', { ok: true, value: 1_230 }],
    ['0,07', { ok: true, value: 7 }],
    ['1.240,00', { ok: true, value: 124_000 }],
    ['1.234', { ok: true, value: 123_400 }],
    ['1.234.567,89', { ok: true, value: 123_456_789 }],
    ['€ 860,50', { ok: true, value: 86_050 }],
    ['0.29', { ok: true, value: 29 }],
    ['1,234.50', refused('1,234.50')],
    ['12,345', refused('12,345')],
    ['1.23.4', refused('1.23.4')],
    ['1234.', refused('1234.')],
    [',50', refused(',50')],
    ['-5', refused('-5')],
    ['12 euro', refused('12 euro')],
    ['1.2345,00', refused('1.2345,00')],
    ['99.999.999,99', { ok: false, reason: '"99.999.999,99" is te groot voor een bedrag' }],
  ])('%s', (text, expected) => expect(parseEuroCents(text)).toEqual(expected));
});

describe('parseHoursAsMinutes', () => {
  it.each([
    ['2', { ok: true, value: 120 }],
    ['2,5', { ok: true, value: 150 }],
    ['2.5', { ok: true, value: 150 }],
    ['1,25', { ok: true, value: 75 }],
    ['0,1', { ok: true, value: 6 }],
    ['0', { ok: false, reason: '"0" uur: het aantal uren moet groter dan 0 zijn' }],
    ['1,33', { ok: false, reason: '"1,33" uur komt niet uit op hele minuten; gebruik bijvoorbeeld 1,5 of 1,25' }],
    ['twee', { ok: false, reason: '"twee" is geen aantal uren; gebruik bijvoorbeeld 2 of 2,5' }],
    ['-2', { ok: false, reason: '"-2" is geen aantal uren; gebruik bijvoorbeeld 2 of 2,5' }],
  ])('%s', (text, expected) => expect(parseHoursAsMinutes(text)).toEqual(expected));
});

describe('parseCount', () => {
  it.each([
    ['0', { ok: true, value: 0 }],
    ['3', { ok: true, value: 3 }],
    ['1,5', { ok: false, reason: '"1,5" is geen heel getal van 0 of meer' }],
    ['-1', { ok: false, reason: '"-1" is geen heel getal van 0 of meer' }],
  ])('%s', (text, expected) => expect(parseCount(text)).toEqual(expected));
});
