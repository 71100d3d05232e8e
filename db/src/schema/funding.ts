// Tables owned by the funding subgraph. Money is always integer euro cents (bigint).
import { bigint, date, integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';

export const fundingSchema = pgSchema('funding');

export const costType = fundingSchema.enum('cost_type', ['licentie', 'uitvoering', 'training']);

/** A cost agreement (kostenafspraak), e.g. the VoorzieningenWijzer licence or execution. */
export const costAgreements = fundingSchema.table('cost_agreements', {
  id: text('id').primaryKey(),
  covenantId: text('covenant_id').notNull(),
  costType: costType('cost_type').notNull(),
  description: text('description').notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }),
  hourlyRateCents: bigint('hourly_rate_cents', { mode: 'number' }),
  hoursPerUnit: integer('hours_per_unit'),
  budgetUnits: integer('budget_units'),
  validFrom: date('valid_from').notNull(),
  source: text('source').notNull(),
});

/** A party's share of a cost agreement in basis points; the shares of one agreement sum to 10 000. */
export const costShares = fundingSchema.table(
  'cost_shares',
  {
    agreementId: text('agreement_id')
      .notNull()
      .references(() => costAgreements.id),
    partyId: text('party_id').notNull(),
    basisPoints: integer('basis_points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partyId] })],
);

/**
 * The hourly rate of an agreement from a year on, after statutory indexation (Meppel art. 10.2.II:
 * the rate changes only that way). Without a row the agreement's own rate applies.
 */
export const rateIndexations = fundingSchema.table(
  'rate_indexations',
  {
    agreementId: text('agreement_id')
      .notNull()
      .references(() => costAgreements.id),
    year: integer('year').notNull(),
    hourlyRateCents: bigint('hourly_rate_cents', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.year] })],
);

/** A guarantee fund (Garantiefonds) kept by a cashier party. */
export const funds = fundingSchema.table('funds', {
  id: text('id').primaryKey(),
  covenantId: text('covenant_id').notNull(),
  name: text('name').notNull(),
  cashierPartyId: text('cashier_party_id').notNull(),
  topUpThresholdCents: bigint('top_up_threshold_cents', { mode: 'number' }).notNull(),
  eligibleCostTypes: text('eligible_cost_types').array().notNull(),
  source: text('source').notNull(),
});

/** How one kind of party contributes to a fund: a group total divided by a key, or a fixed amount each. */
export const fundContributionRules = fundingSchema.table(
  'fund_contribution_rules',
  {
    fundId: text('fund_id')
      .notNull()
      .references(() => funds.id),
    partyKind: text('party_kind').notNull(),
    groupTotalCents: bigint('group_total_cents', { mode: 'number' }),
    perPartyCents: bigint('per_party_cents', { mode: 'number' }),
    distributionKey: text('distribution_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.partyKind] })],
);
