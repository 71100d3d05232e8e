// Cell parsers for imports. Each returns the value or a Dutch reason a user can act on.
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 'YYYY-MM-DD' or Dutch 'DD-MM-YYYY' → 'YYYY-MM-DD'. */
export function parseDate(text: string): Parsed<string> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!year || !month || !day) return fail(`"${text}" is geen datum; gebruik JJJJ-MM-DD of DD-MM-JJJJ`);
  if (!isRealDate(Number(year), Number(month), Number(day))) return fail(`"${text}" bestaat niet als datum`);
  return ok(`${year}-${month}-${day}`);
}

/** One of a fixed list of codes, compared without regard to case. */
export function parseCode<const T extends string>(text: string, allowed: readonly T[]): Parsed<T> {
  const found = allowed.find((code) => code.toLowerCase() === text.toLowerCase());
  return found ? ok(found) : fail(`"${text}" is geen geldige waarde; kies uit ${allowed.join(', ')}`);
}

// Integer columns are 32-bit; a larger number is a typing error, not a real visit.
const MAX_INT = 2_147_483_647;
const DUTCH_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
const DUTCH = /^(\d+)(?:,(\d{1,2}))?$/;
const PLAIN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Euros → integer cents, from the digits (never through a float): Dutch `1.234,50` or `1234,5`,
 * plain `1234.50` (also what a number cell in .xlsx becomes), an optional leading €. A dot
 * followed by exactly three digits is a thousands separator, since cents have at most two.
 */
export function parseEuroCents(text: string): Parsed<number> {
  const amount = text.replace(/^€\s*/, '');
  const match = DUTCH_GROUPED.exec(amount) ?? DUTCH.exec(amount) ?? PLAIN.exec(amount);
  if (!match?.[1]) return fail(`"${text}" is geen bedrag in euro's; gebruik bijvoorbeeld 1.234,50 of 1234.50`);
  const euros = match[1].replaceAll('.', '').replace(/^0+(?=\d)/, '');
  if (euros.length > 8) return fail(`"${text}" is te groot voor een bedrag`);
  const cents = Number(euros) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > MAX_INT ? fail(`"${text}" is te groot voor een bedrag`) : ok(cents);
}

/** Hours (`2`, `2,5` or `2.5`) → whole minutes, exactly; more than 0. */
export function parseHoursAsMinutes(text: string): Parsed<number> {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match?.[1]) return fail(`"${text}" is geen aantal uren; gebruik bijvoorbeeld 2 of 2,5`);
  const fraction = match[2] ?? '';
  const numerator = BigInt(match[1] + fraction) * 60n;
  const denominator = 10n ** BigInt(fraction.length);
  if (numerator === 0n) return fail(`"${text}" uur: het aantal uren moet groter dan 0 zijn`);
  if (numerator % denominator !== 0n) return fail(`"${text}" uur komt niet uit op hele minuten; gebruik bijvoorbeeld 1,5 of 1,25`);
  const minutes = numerator / denominator;
  return minutes > BigInt(MAX_INT) ? fail(`"${text}" is te groot voor een aantal uren`) : ok(Number(minutes));
}

/** A whole number ≥ 0, such as a count. */
export function parseCount(text: string): Parsed<number> {
  if (!/^\d+$/.test(text)) return fail(`"${text}" is geen heel getal van 0 of meer`);
  const value = Number(text);
  return value > MAX_INT ? fail(`"${text}" is te groot`) : ok(value);
}
