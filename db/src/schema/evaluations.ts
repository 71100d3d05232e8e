// More tables owned by the monitoring subgraph: the vacancy counts ratio targets need, and the
// evaluations the covenant bodies adopt, with their frozen figures and agreed actions.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { monitoringSchema } from './monitoring.ts';

/** Homes a corporation let again in a year (vrijgekomen woningen): the base of a ratio target. */
export const vacancyCounts = monitoringSchema.table(
  'vacancy_counts',
  {
    partyId: text('party_id').notNull(),
    year: integer('year').notNull(),
    count: integer('count').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.year] })],
);

export const evaluationKind = monitoringSchema.enum('evaluation_kind', ['kwartaal', 'halfjaar', 'jaar', 'eenmalig']);
export const evaluationStatus = monitoringSchema.enum('evaluation_status', ['concept', 'vastgesteld']);

/**
 * An evaluation of one period of a covenant (or sub-region). `figures` is frozen JSON: the monitor
 * and the targets' progress as they were when it was made (refreshed only on request while concept),
 * so later imports never change what a body adopted.
 */
export const evaluations = monitoringSchema.table(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    covenantId: text('covenant_id').notNull(),
    /** '' for the whole covenant, so the unique key below also holds without a sub-region. */
    subRegionId: text('sub_region_id').notNull().default(''),
    kind: evaluationKind('kind').notNull(),
    periodCode: text('period_code').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    dueOn: date('due_on').notNull(),
    status: evaluationStatus('status').notNull().default('concept'),
    figures: jsonb('figures').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull(),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedBy: text('adopted_by'),
  },
  (t) => [unique('evaluations_moment').on(t.covenantId, t.subRegionId, t.kind, t.periodCode)],
);

/** An action agreed at an evaluation: what, who, by when, and whether it is done. */
export const evaluationActions = monitoringSchema.table(
  'evaluation_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on').notNull(),
    done: boolean('done').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('evaluation_actions_evaluation').on(t.evaluationId)],
);
