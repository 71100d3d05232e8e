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
