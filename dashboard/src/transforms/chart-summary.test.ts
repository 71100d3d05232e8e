import { describe, expect, it } from 'vitest';
import { n, SECRET, SMALL } from '../testing/monitor-fixture.ts';
import { chartValue, emptyChartText, notDrawnText, summariseChart } from './chart-summary.ts';

describe('chartValue', () => {
  it('draws published numbers and nothing for <5 or x', () => {
    expect(chartValue(n(12))).toBe(12);
    expect(chartValue(n(0))).toBe(0);
    expect(chartValue(SMALL)).toBeUndefined();
    expect(chartValue(SECRET)).toBeUndefined();
  });
});

describe('summariseChart', () => {
  it.each([
    { name: 'a number above 0 is drawn', values: [n(3), SMALL, n(0)], state: 'drawn' },
    { name: "only '<5' and 0: all hidden", values: [SMALL, n(0), SMALL], state: 'all-hidden' },
    { name: 'only 0: all zero', values: [n(0), n(0)], state: 'all-zero' },
    { name: 'nothing at all: all zero', values: [], state: 'all-zero' },
  ])('$name', ({ values, state }) => {
    expect(summariseChart(values).state).toBe(state);
  });

  it('counts what it leaves out, per display, in words', () => {
    expect(notDrawnText(summariseChart([n(5), SMALL, SMALL]))).toBe("2 waarden '<5' niet getekend (geen getal om te tekenen); de tabel toont ze.");
    expect(notDrawnText(summariseChart([n(5), SMALL, SECRET]))).toBe("1 waarde '<5' en 1 waarde 'x' niet getekend (geen getal om te tekenen); de tabel toont ze.");
    expect(notDrawnText(summariseChart([n(5), n(0)]))).toBeNull();
  });

  it('says in words why there is no chart', () => {
    expect(emptyChartText('all-zero', 'de uitstroom')).toBe('Geen diagram: de uitstroom is overal 0.');
    expect(emptyChartText('all-hidden', 'de uitstroom')).toBe("Geen diagram: de uitstroom is nergens als getal gepubliceerd (alleen '<5' of 0). De tabel toont de waarden.");
  });
});
