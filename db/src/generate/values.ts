// Small, fast building blocks of the national generator: days as numbers, COPY text values,
// deterministic ids and case codes, and weighted picks by binary search.
import { createRandom, type Random } from '../seed/random.ts';

const DAY_MS = 86_400_000;
const ISO_CACHE: string[] = [];
const CACHE_FROM = 10_957; // 2000-01-01

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day number; cached, since ten million steps use a few thousand days. */
export function isoOf(day: number): string {
  const index = day - CACHE_FROM;
  if (index < 0) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return (ISO_CACHE[index] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** A deterministic timestamp on a day (noon UTC), for created/recorded columns. */
export const noonOf = (day: number): string => `${isoOf(day)} 12:00:00+00`;

/** NULL in COPY's text format. */
export const NULL = '\\N';

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
export function text(value: string | number | boolean | null): string {
  if (value === null) return NULL;
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c) : value;
}

/** One COPY line from values. */
export const line = (values: readonly (string | number | boolean | null)[]): string => `${values.map(text).join('\t')}\n`;

/** A 32-bit mix of numbers, to seed one random stream per block of rows. */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export const streamFor = (seed: number, ...parts: number[]): Random => createRandom(mix(seed, ...parts));

const hex = (random: Random, digits: number) => Array.from({ length: digits }, () => random.int(0, 15).toString(16)).join('');

/** The kinds of rows that get ids from makeIds, each with its own hex digit in the uuid. */
export const ID_KIND = { trajectory: 1, event: 2, visit: 3, round: 4, claim: 5 } as const;

/**
 * Deterministic uuids (version 8): the row's number in the first 12 hex digits, so that ids grow in
 * the order rows are written (appends to the primary key, nearby foreign-key lookups), then the
 * kind and digits derived from the seed.
 */
export function makeIds(seed: number): (kind: number, n: number) => string {
  const random = streamFor(seed, 0x1d5);
  const salt = hex(random, 17);
  const suffixes = Object.values(ID_KIND).map((kind) => [kind, `-8${kind.toString(16)}${salt.slice(0, 2)}-9${salt.slice(2, 5)}-${salt.slice(5)}`] as const);
  const suffix = new Map<number, string>(suffixes);
  return (kind, n) => {
    const h = n.toString(16).padStart(12, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}${suffix.get(kind) ?? ''}`;
  };
}

/**
 * Pseudonymous case codes: the trajectory's number through a bijection of 32-bit numbers chosen by
 * the seed (odd multiplier, xor), in base 36. Unique by construction, different per seed.
 */
export function makeCaseCodes(seed: number): (n: number, regionCode: string) => string {
  const random = streamFor(seed, 0xc0de);
  const multiplier = (Math.floor(random.next() * 0x7fffffff) * 2 + 1) >>> 0;
  const mask = Math.floor(random.next() * 0xffffffff) >>> 0;
  return (n, regionCode) => {
    const scrambled = (Math.imul(n, multiplier) ^ mask) >>> 0;
    return `DEMO-R${regionCode}-${scrambled.toString(36).toUpperCase().padStart(7, '0')}`;
  };
}

/** Picks by precomputed cumulative weights, in O(log n). */
export interface Sampler<T> {
  pick(random: Random): T;
}

export function sampler<T>(entries: readonly (readonly [T, number])[]): Sampler<T> {
  if (entries.length === 0) throw new Error('cannot sample from an empty list');
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return {
    pick(random) {
      const roll = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cumulative[mid] ?? 0) > roll) high = mid;
        else low = mid + 1;
      }
      return (entries[low] as readonly [T, number])[0];
    },
  };
}
