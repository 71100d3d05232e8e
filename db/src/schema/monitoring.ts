// Tables owned by the monitoring subgraph.
import { date, integer, pgSchema, text } from 'drizzle-orm/pg-core';

export const monitoringSchema = pgSchema('monitoring');

export const targetMetric = monitoringSchema.enum('target_metric', ['bezoeken', 'woningen']);
export const targetKind = monitoringSchema.enum('target_kind', ['aantal', 'aandeel_vrijgekomen']);
export const targetPeriod = monitoringSchema.enum('target_period', ['jaar', 'halfjaar']);

/** A streefaantal: a count per period, or a share (basis points) of the homes vacated the year before. */
export const targets = monitoringSchema.table('targets', {
  id: text('id').primaryKey(),
  covenantId: text('covenant_id').notNull(),
  subRegionId: text('sub_region_id'),
  partyId: text('party_id'),
  metric: targetMetric('metric').notNull(),
  kind: targetKind('kind').notNull(),
  amount: integer('amount'),
  basisPoints: integer('basis_points'),
  period: targetPeriod('period').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  description: text('description').notNull(),
  source: text('source').notNull(),
  /** How far the projection may stray from the target and still be 'op koers' (1000 = 10%). */
  toleranceBasisPoints: integer('tolerance_basis_points').notNull().default(1000),
  /** What the covenant says must happen when the target is off course, or null. */
  consequence: text('consequence'),
});
