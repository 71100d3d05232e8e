// Tables owned by the parties subgraph: organisations, covenants and who takes part in what.
import { sql } from 'drizzle-orm';
import { boolean, date, integer, pgSchema, primaryKey, text } from 'drizzle-orm/pg-core';

export const partiesSchema = pgSchema('parties');

/** Soort organisatie: gemeente, woningcorporatie, zorg- en welzijnsaanbieder, or other. */
export const partyKind = partiesSchema.enum('party_kind', ['gemeente', 'woningcorporatie', 'zorgaanbieder', 'overig']);

/** An organisation that takes part in one or more covenants (public reference data). */
export const parties = partiesSchema.table('parties', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: partyKind('kind').notNull(),
  description: text('description'),
});

/** A convenant: the agreement that binds parties in a region. */
export const covenants = partiesSchema.table('covenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  region: text('region').notNull(),
  seedFile: text('seed_file').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on'),
  initialTermMonths: integer('initial_term_months'),
  tacitRenewal: boolean('tacit_renewal').notNull(),
  renewalMonths: integer('renewal_months'),
  noticeMonths: integer('notice_months'),
  partyLeaveNoticeMonths: integer('party_leave_notice_months'),
});

/** A sub-region with its own monitor and overleg (Woonkans Noord- and Midden-Limburg). */
export const subRegions = partiesSchema.table('sub_regions', {
  id: text('id').primaryKey(),
  covenantId: text('covenant_id').notNull().references(() => covenants.id),
  name: text('name').notNull(),
});

/** A party's role in a covenant, optionally within one sub-region. */
export const memberships = partiesSchema.table(
  'memberships',
  {
    covenantId: text('covenant_id').notNull().references(() => covenants.id),
    partyId: text('party_id').notNull().references(() => parties.id),
    role: text('role').notNull(),
    subRegionId: text('sub_region_id').references(() => subRegions.id),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.partyId, t.role] })],
);

/** Bodies (organen) a covenant sets up: werkgroep, stuurgroep, bestuurlijk overleg, Team Thuis. */
export const bodies = partiesSchema.table(
  'bodies',
  {
    covenantId: text('covenant_id').notNull().references(() => covenants.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.name] })],
);

/** Evaluation moments as the covenant words them; the calendar is derived from these. */
export const evaluationRhythm = partiesSchema.enum('evaluation_rhythm', ['kwartaal', 'halfjaar', 'jaar', 'eenmalig']);

export const evaluationRules = partiesSchema.table('evaluation_rules', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  covenantId: text('covenant_id').notNull().references(() => covenants.id),
  rhythm: evaluationRhythm('rhythm').notNull(),
  description: text('description').notNull(),
  month: integer('month'),
  monthsAfterStart: integer('months_after_start'),
  source: text('source').notNull(),
});

/** Norms a covenant fixes (e.g. a home within 6 months of aanmelding). */
export const norms = partiesSchema.table(
  'norms',
  {
    covenantId: text('covenant_id').notNull().references(() => covenants.id),
    code: text('code').notNull(),
    description: text('description').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.code] })],
);

/**
 * Published for other subgraphs (the trajectories import validates parties against it): who is in
 * which covenant, with name and kind. Other subgraphs read this view, never the tables above.
 */
export const publishedMemberships = partiesSchema
  .view('published_memberships', {
    covenantId: text('covenant_id').notNull(),
    subRegionId: text('sub_region_id'),
    role: text('role').notNull(),
    partyId: text('party_id').notNull(),
    partyName: text('party_name').notNull(),
    partyKind: partyKind('party_kind').notNull(),
  })
  .as(
    sql`select m.covenant_id, m.sub_region_id, m.role, p.id as party_id, p.name as party_name, p.kind as party_kind
      from parties.memberships m join parties.parties p on p.id = m.party_id`,
  );

/** Published: every code an import may use for a covenant — its own id or one of its sub-regions. */
export const publishedCovenantCodes = partiesSchema
  .view('published_covenant_codes', {
    code: text('code').notNull(),
    covenantId: text('covenant_id').notNull(),
    subRegionId: text('sub_region_id'),
  })
  .as(
    sql`select c.id as code, c.id as covenant_id, null::text as sub_region_id from parties.covenants c
      union all select r.id, r.covenant_id, r.id from parties.sub_regions r`,
  );

/** Published for the monitoring subgraph's evaluation calendar: each covenant's evaluation rules. */
export const publishedEvaluationRules = partiesSchema
  .view('published_evaluation_rules', {
    id: integer('id').notNull(),
    covenantId: text('covenant_id').notNull(),
    rhythm: evaluationRhythm('rhythm').notNull(),
    description: text('description').notNull(),
    month: integer('month'),
    monthsAfterStart: integer('months_after_start'),
    source: text('source').notNull(),
  })
  .as(sql`select r.id, r.covenant_id, r.rhythm, r.description, r.month, r.months_after_start, r.source from parties.evaluation_rules r`);

/** Published: when each covenant starts and (if fixed) ends. */
export const publishedCovenantTerms = partiesSchema
  .view('published_covenant_terms', {
    covenantId: text('covenant_id').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
  })
  .as(sql`select c.id as covenant_id, c.starts_on, c.ends_on from parties.covenants c`);
