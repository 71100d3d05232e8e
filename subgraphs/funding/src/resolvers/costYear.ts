// Covenant.costYear: budget and actual cost per agreement and per party for one calendar year.
// Visits come from the trajectories subgraph's published view; party kinds from the parties
// subgraph's; the arithmetic is in domain/cost-year.ts.
import * as q from '@uitstroom/db/queries/funding';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { agreementYear, partyTotals, type AgreementTerms } from '../domain/cost-year.ts';

const party = (id: string) => ({ __typename: 'Party', id });
const parts = (list: { partyId: string; cents: number }[] | null, visits?: ReadonlyMap<string | null, number>) =>
  list?.map((p) => ({ party: party(p.partyId), cents: p.cents, ownTenantVisits: visits?.get(p.partyId) ?? null })) ?? null;

export async function costYear(covenantId: string, year: number, { db, loaders }: Context) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new GraphQLError(`year must be between 2000 and 2100, got ${year}`, { extensions: { code: 'BAD_USER_INPUT' } });
  const agreements = await loaders.costAgreementsByCovenant.load(covenantId);
  const ids = agreements.map((a) => a.id);
  const [shareRows, indexations, visits] = await Promise.all([
    Promise.all(ids.map((id) => loaders.sharesByAgreement.load(id))),
    q.getRateIndexations(db, ids),
    q.getVisitsByTenantOf(db, covenantId, `${year}-01-01`, `${year}-12-31`),
  ]);
  const kinds = await q.getPartyKinds(db, [...new Set(shareRows.flat().map((s) => s.partyId))]);
  const years = agreements.map((a, i) => {
    const shares = (shareRows[i] ?? []).map((s) => ({ partyId: s.partyId, basisPoints: s.basisPoints }));
    const terms: AgreementTerms = { ...a, shares, indexations: indexations.filter((x) => x.agreementId === a.id) };
    // The party that pays for visits to households renting from neither corporation.
    const gemeenteId = shares.find((s) => kinds.get(s.partyId) === 'gemeente')?.partyId ?? null;
    return { row: a, year: agreementYear(terms, year, visits, gemeenteId) };
  });
  return {
    year,
    visits: [...visits.values()].reduce((s, n) => s + n, 0),
    agreements: years.map(({ row, year: y }) => ({
      agreement: row,
      hourlyRateCents: y.hourlyRateCents,
      budgetCents: y.budgetCents,
      budgetParts: parts(y.budgetParts),
      actualUnits: y.actualUnits,
      actualCents: y.actualCents,
      actualParts: parts(y.actualParts, y.actualUnits === null ? undefined : visits),
    })),
    parties: partyTotals(years.map((y) => y.year)).map((t) => ({ party: party(t.partyId), budgetCents: t.budgetCents, actualCents: t.actualCents })),
  };
}
