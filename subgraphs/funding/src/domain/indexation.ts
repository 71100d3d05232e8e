// Checks on a statutory indexation of an hourly rate before it is stored (English, for the API).
export function indexationProblem(
  input: { agreementId: string; year: number; hourlyRateCents: number; source: string },
  agreement: { hourlyRateCents: number | null; validFrom: string } | null,
): string | null {
  if (agreement === null) return `no cost agreement "${input.agreementId}"`;
  if (agreement.hourlyRateCents === null) return `cost agreement "${input.agreementId}" has no hourly rate to index`;
  const firstYear = Number(agreement.validFrom.slice(0, 4));
  if (input.year <= firstYear || input.year > 2100) return `year must be after ${firstYear} (the agreement's first year) and at most 2100, got ${input.year}`;
  if (!Number.isSafeInteger(input.hourlyRateCents) || input.hourlyRateCents <= 0) return `hourlyRateCents must be whole cents above 0, got ${input.hourlyRateCents}`;
  if (input.source.trim() === '') return 'source must say where the indexation comes from (e.g. the CBS index or a letter)';
  return null;
}
