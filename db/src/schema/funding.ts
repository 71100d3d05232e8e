// Tables owned by the funding subgraph. Money is always integer euro cents (bigint).
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgSchema, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

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
  /** The party whose chair decides on claims (Woonkans: the ketenregisseur of the ZVH). */
  chairPartyId: text('chair_party_id'),
  topUpThresholdCents: bigint('top_up_threshold_cents', { mode: 'number' }).notNull(),
  eligibleCostTypes: text('eligible_cost_types').array().notNull(),
  source: text('source').notNull(),
  /** Day the parties ended the fund together (remainder paid back); null while it runs. */
  terminatedOn: date('terminated_on'),
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

// ---- The Garantiefonds: members, weights, rounds, claims and the append-only ledger. ----

/** Who did something: the viewer the gateway verified (organisation, role and user from the token). */
const actorColumns = {
  byOrganisation: text('by_organisation'),
  byRole: text('by_role').notNull(),
  byUser: text('by_user'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A party taking part in a fund: from joining until two calendar months after its notice. */
export const fundMembers = fundingSchema.table(
  'fund_members',
  {
    fundId: text('fund_id').notNull().references(() => funds.id),
    partyId: text('party_id').notNull(),
    joinedOn: date('joined_on').notNull(),
    noticeOn: date('notice_on'),
    leftOn: date('left_on'),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.partyId] })],
);

/** A member's weight in its group's key (BW/MO/B&P key, housing stock) from a day on. */
export const fundWeights = fundingSchema.table(
  'fund_weights',
  {
    fundId: text('fund_id').notNull().references(() => funds.id),
    partyId: text('party_id').notNull(),
    validFrom: date('valid_from').notNull(),
    weight: bigint('weight', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.partyId, t.validFrom] }), check('fund_weights_weight_positive', sql`${t.weight} > 0`)],
);

export const fundRoundKind = fundingSchema.enum('fund_round_kind', ['inleg', 'aanvulling']);

/** A contribution round: the first deposit, or a top-up when the balance fell below the threshold. */
export const fundRounds = fundingSchema.table(
  'fund_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: text('fund_id').notNull().references(() => funds.id),
    number: integer('number').notNull(),
    kind: fundRoundKind('kind').notNull(),
    raisedOn: date('raised_on').notNull(),
    balanceAtRaiseCents: bigint('balance_at_raise_cents', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    ...actorColumns,
  },
  (t) => [unique('fund_rounds_fund_number').on(t.fundId, t.number)],
);

/** What one party owes in a round, fixed when the round is raised. Paid or not follows from the ledger. */
export const fundRoundParts = fundingSchema.table(
  'fund_round_parts',
  {
    roundId: uuid('round_id').notNull().references(() => fundRounds.id),
    partyId: text('party_id').notNull(),
    owedCents: bigint('owed_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.partyId] }), check('fund_round_parts_owed_positive', sql`${t.owedCents} > 0`)],
);

/** A claim on the standard form (aanvraagformulier). Its status follows from its steps. */
export const fundClaims = fundingSchema.table(
  'fund_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: text('fund_id').notNull().references(() => funds.id),
    caseCode: text('case_code').notNull(),
    claimantPartyId: text('claimant_party_id').notNull(),
    submittedOn: date('submitted_on').notNull(),
    negativeEndOn: date('negative_end_on').notNull(),
    depositCents: bigint('deposit_cents', { mode: 'number' }).notNull(),
  },
  (t) => [index('fund_claims_fund').on(t.fundId, t.submittedOn), check('fund_claims_deposit_not_negative', sql`${t.depositCents} >= 0`)],
);

export const fundClaimLines = fundingSchema.table(
  'fund_claim_lines',
  {
    claimId: uuid('claim_id').notNull().references(() => fundClaims.id),
    lineNo: integer('line_no').notNull(),
    costType: text('cost_type').notNull(),
    cents: bigint('cents', { mode: 'number' }).notNull(),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.lineNo] }), check('fund_claim_lines_cents_positive', sql`${t.cents} > 0`)],
);

export const claimStatus = fundingSchema.enum('claim_status', ['ingediend', 'besproken', 'goedgekeurd', 'afgewezen', 'uitbetaald']);
export const claimRefusalRule = fundingSchema.enum('claim_refusal_rule', ['ernstige_nalatigheid', 'compensatie_niet_passend', 'kosten_niet_onderbouwd']);

/** Every step of a claim's workflow with who and when; append-only (a trigger refuses changes). */
export const fundClaimSteps = fundingSchema.table(
  'fund_claim_steps',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    claimId: uuid('claim_id').notNull().references(() => fundClaims.id),
    status: claimStatus('status').notNull(),
    on: date('on').notNull(),
    note: text('note'),
    refusalRule: claimRefusalRule('refusal_rule'),
    ...actorColumns,
  },
  (t) => [unique('fund_claim_steps_claim_status').on(t.claimId, t.status)],
);

export const fundLedgerKind = fundingSchema.enum('fund_ledger_kind', ['bijdrage', 'toekenning', 'uitbetaling', 'terugbetaling']);

/** The fund's ledger: the balance on any day follows from it and is never stored. Append-only. */
export const fundLedger = fundingSchema.table(
  'fund_ledger',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    fundId: text('fund_id').notNull().references(() => funds.id),
    bookedOn: date('booked_on').notNull(),
    kind: fundLedgerKind('kind').notNull(),
    partyId: text('party_id').notNull(),
    cents: bigint('cents', { mode: 'number' }).notNull(),
    roundId: uuid('round_id').references(() => fundRounds.id),
    claimId: uuid('claim_id').references(() => fundClaims.id),
    ...actorColumns,
  },
  (t) => [
    index('fund_ledger_fund_booked_on').on(t.fundId, t.bookedOn),
    check('fund_ledger_cents_positive', sql`${t.cents} > 0`),
    // A contribution belongs to a round, an approval or payout to a claim; a party pays a round once.
    check('fund_ledger_reference', sql`(${t.kind} = 'bijdrage') = (${t.roundId} is not null) and (${t.kind} in ('toekenning', 'uitbetaling')) = (${t.claimId} is not null)`),
    unique('fund_ledger_once').on(t.kind, t.roundId, t.claimId, t.partyId).nullsNotDistinct(),
  ],
);
