// Tables owned by the trajectories subgraph. No names, BSN, addresses or birth dates — ever:
// a trajectory is known only by a pseudonymous case code unique within its covenant.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, primaryKey, pgSchema, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const trajectoriesSchema = pgSchema('trajectories');

/** Doelgroep: the target group a person belongs to (import codes). */
export const targetGroup = trajectoriesSchema.enum('target_group', ['BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG']);
/** Leeftijdscategorie: age band, instead of a birth date. */
export const ageCategory = trajectoriesSchema.enum('age_category', ['18-22', '23-27', '28-49', '50-64', '65+']);
/** Contractvorm: lease form of the home received. */
export const contractForm = trajectoriesSchema.enum('contract_form', ['tijdelijk', 'intermediair', 'driepartijen', 'regulier']);
/** Canonical step sequence that every covenant's own step names map onto. */
export const canonicalStep = trajectoriesSchema.enum('canonical_step', [
  'aanmelding',
  'toegang',
  'bemiddeling',
  'ondersteuningsplan',
  'woning_aangeboden',
  'sleuteloverdracht',
  'evaluatie',
  'omklap',
  'waakvlam',
  'afgesloten',
]);
/** Events outside the step sequence: terugval (relapse), negatief einde, huurachterstand. */
export const trajectoryEventKind = trajectoriesSchema.enum('event_kind', ['terugval', 'negatief_einde', 'huurachterstand']);
export const relapseKind = trajectoriesSchema.enum('relapse_kind', ['tijdelijk', 'structureel']);
/** Where a record came from; demo data is always labelled as such. */
export const recordSource = trajectoriesSchema.enum('record_source', ['demo', 'import', 'invoer']);

/**
 * A secret random record key for the cell key method (@uitstroom/disclosure): a whole number in
 * [0, 2^31), drawn by the database when the row is stored, from gen_random_uuid()'s strong random
 * bits — never derived from the case code, never written by the application (an import or a
 * change leaves it as it is), and published only to the monitoring subgraph through its views.
 */
const recordKey = () =>
  integer('record_key')
    .notNull()
    .default(sql`(('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::int & 2147483647)`);

/** One person's route from an intramural facility to a home of their own. */
export const trajectories = trajectoriesSchema.table(
  'trajectories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    covenantId: text('covenant_id').notNull(),
    subRegionId: text('sub_region_id'),
    caseCode: text('case_code').notNull(),
    targetGroup: targetGroup('target_group').notNull(),
    facility: text('facility').notNull(),
    providerId: text('provider_id').notNull(),
    originMunicipalityId: text('origin_municipality_id').notNull(),
    placementMunicipalityId: text('placement_municipality_id'),
    ageCategory: ageCategory('age_category').notNull(),
    landlordId: text('landlord_id'),
    contractForm: contractForm('contract_form'),
    /** Whether the person was found eligible; drives the 5- or 15-year retention. */
    eligible: boolean('eligible'),
    source: recordSource('source').notNull(),
    recordKey: recordKey(),
    /** The organisation that created the trajectory (by import or registration); it may change it by import. Null for demo data and the beheerder's. */
    createdByPartyId: text('created_by_party_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Milestones, derived from trajectory_steps and trajectory_events and stored so that the monitor
    // can narrow by date through an index (as correlated subqueries, ~20x slower on 100,000 rows).
    // Only the statement-level triggers of migration 0003_monitor_milestones write them: they
    // recompute them after every insert, update, delete or truncate of steps and events, and undo
    // any other write (an UPDATE that sets one makes them recompute every trajectory, so don't).
    // Kept here rather than in a table of their own because every monitor
    // statement filters on covenant and date and groups by the trajectory's own columns: one table
    // answers it from one index, where a separate table would need a copy of covenant_id (and
    // sub-region, target group) kept in step by yet another trigger, and a join per statement.
    registeredOn: date('registered_on'),
    housedOn: date('housed_on'),
    closedOn: date('closed_on'),
    omklapOn: date('omklap_on'),
    firstRelapseOn: date('first_relapse_on'),
    firstRelapseKind: relapseKind('first_relapse_kind'),
    negativeEndOn: date('negative_end_on'),
  },
  (t) => [
    // No index on covenant_id alone: every index below leads with it, and each index costs the
    // triggers' milestone updates an entry (bulk loads update every trajectory once or more).
    unique('trajectories_covenant_case_code').on(t.covenantId, t.caseCode),
    index('trajectories_covenant_housed_on').on(t.covenantId, t.housedOn),
    index('trajectories_covenant_registered_on').on(t.covenantId, t.registeredOn),
    // Partial: few trajectories have these, and a row without them costs these indexes nothing.
    index('trajectories_covenant_first_relapse_on').on(t.covenantId, t.firstRelapseOn).where(sql`first_relapse_on is not null`),
    index('trajectories_covenant_negative_end_on').on(t.covenantId, t.negativeEndOn).where(sql`negative_end_on is not null`),
    // For the covenant's data date (the last day anything was recorded, asked by every figure):
    // without them its max() over these two read every row of the covenant, some 300 ms at 1,000,000.
    index('trajectories_covenant_closed_on').on(t.covenantId, t.closedOn).where(sql`closed_on is not null`),
    index('trajectories_covenant_omklap_on').on(t.covenantId, t.omklapOn).where(sql`omklap_on is not null`),
  ],
);

/** A canonical step reached on a date; at most one of each step per trajectory. */
export const trajectorySteps = trajectoriesSchema.table(
  'trajectory_steps',
  {
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    step: canonicalStep('step').notNull(),
    occurredOn: date('occurred_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trajectoryId, t.step] }), index('trajectory_steps_step_date').on(t.step, t.occurredOn)],
);

/** Relapse, negative end or rent arrears on a date. */
export const trajectoryEvents = trajectoriesSchema.table(
  'trajectory_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    kind: trajectoryEventKind('kind').notNull(),
    relapseKind: relapseKind('relapse_kind'),
    occurredOn: date('occurred_on').notNull(),
  },
  (t) => [index('trajectory_events_trajectory').on(t.trajectoryId)],
);

/** A covenant's own name for a canonical step (e.g. Noordoostpolder's 'uitstroomtafel'). */
export const stepLabels = trajectoriesSchema.table(
  'step_labels',
  {
    covenantId: text('covenant_id').notNull(),
    step: canonicalStep('step').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.step] })],
);

/** Toeleiding: who referred a household to the VoorzieningenWijzer. */
export const referralChannel = trajectoriesSchema.enum('referral_channel', ['corporatie', 'gemeente', 'wmw']);

/** A VoorzieningenWijzer home visit (Meppel). */
export const householdVisits = trajectoriesSchema.table(
  'household_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    covenantId: text('covenant_id').notNull(),
    visitCode: text('visit_code').notNull(),
    visitedOn: date('visited_on').notNull(),
    referralChannel: referralChannel('referral_channel').notNull(),
    reason: text('reason').notNull(),
    /** Landlord of the household (Woonconcept, Actium) or null for neither. */
    tenantOfPartyId: text('tenant_of_party_id'),
    minutesSpent: integer('minutes_spent').notNull(),
    /** Yearly financial room found, in euro cents. */
    financialRoomCents: integer('financial_room_cents').notNull(),
    provisionsApplied: integer('provisions_applied').notNull(),
    source: recordSource('source').notNull(),
    recordKey: recordKey(),
    /** The organisation that imported the visit; it may change it by import. */
    createdByPartyId: text('created_by_party_id'),
  },
  (t) => [unique('household_visits_covenant_code').on(t.covenantId, t.visitCode), index('household_visits_date').on(t.covenantId, t.visitedOn)],
);

/**
 * The trajectories subgraph's published, case-code-free view for monitoring. The monitoring
 * subgraph reads this contract and never the tables above, so the tables can change freely.
 */
export const monitorTrajectories = trajectoriesSchema
  .view('monitor_trajectories', {
    trajectoryId: uuid('trajectory_id').notNull(),
    covenantId: text('covenant_id').notNull(),
    subRegionId: text('sub_region_id'),
    targetGroup: targetGroup('target_group').notNull(),
    facility: text('facility').notNull(),
    providerId: text('provider_id').notNull(),
    originMunicipalityId: text('origin_municipality_id').notNull(),
    placementMunicipalityId: text('placement_municipality_id'),
    ageCategory: ageCategory('age_category').notNull(),
    landlordId: text('landlord_id'),
    registeredOn: date('registered_on'),
    housedOn: date('housed_on'),
    closedOn: date('closed_on'),
    omklapOn: date('omklap_on'),
    /** First relapse after the home, and its kind. */
    firstRelapseOn: date('first_relapse_on'),
    firstRelapseKind: relapseKind('first_relapse_kind'),
    negativeEndOn: date('negative_end_on'),
    /** The secret record key: every published count adds these up into its cell key. */
    recordKey: integer('record_key').notNull(),
  })
  .as(
    // The milestones are stored on the trajectory (see above), so this is a plain projection.
    sql`select t.id as trajectory_id, t.covenant_id, t.sub_region_id, t.target_group, t.facility, t.provider_id,
      t.origin_municipality_id, t.placement_municipality_id, t.age_category, t.landlord_id,
      t.registered_on, t.housed_on, t.closed_on, t.omklap_on, t.first_relapse_on, t.first_relapse_kind, t.negative_end_on,
      t.record_key
    from trajectories.trajectories t`,
  );

/** Published for monitoring (target realisation): household visits by date, without visit codes. */
export const monitorVisits = trajectoriesSchema
  .view('monitor_visits', {
    covenantId: text('covenant_id').notNull(),
    visitedOn: date('visited_on').notNull(),
    tenantOfPartyId: text('tenant_of_party_id'),
    /** The secret record key (see monitorTrajectories). */
    recordKey: integer('record_key').notNull(),
  })
  .as(sql`select v.covenant_id, v.visited_on, v.tenant_of_party_id, v.record_key from trajectories.household_visits v`);

/**
 * Published for the funding subgraph (Garantiefonds claims): trajectories that ended negatively,
 * by case code, with the landlord. A claim may only follow such an end (Woonkans bijlage 3).
 */
export const fundClaimCases = trajectoriesSchema
  .view('fund_claim_cases', {
    covenantId: text('covenant_id').notNull(),
    caseCode: text('case_code').notNull(),
    landlordId: text('landlord_id'),
    negativeEndOn: date('negative_end_on').notNull(),
  })
  .as(
    sql`select t.covenant_id, t.case_code, t.landlord_id, t.negative_end_on
    from trajectories.trajectories t where t.negative_end_on is not null`,
  );
