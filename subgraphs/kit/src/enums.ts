// GraphQL enum values are UPPER_CASE; PostgreSQL stores the Dutch lower-case words. This maps one to the other.
export function lowerCaseEnum<const V extends string>(values: readonly V[]): Record<Uppercase<V>, V> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<V>, V>;
}
