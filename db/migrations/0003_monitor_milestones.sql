DROP VIEW "trajectories"."monitor_trajectories";--> statement-breakpoint
DROP INDEX "trajectories"."trajectories_covenant";--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "housed_on" date;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "omklap_on" date;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "first_relapse_on" date;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "first_relapse_kind" "trajectories"."relapse_kind";--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "negative_end_on" date;--> statement-breakpoint
CREATE INDEX "trajectories_covenant_housed_on" ON "trajectories"."trajectories" USING btree ("covenant_id","housed_on");--> statement-breakpoint
CREATE INDEX "trajectories_covenant_registered_on" ON "trajectories"."trajectories" USING btree ("covenant_id","registered_on");--> statement-breakpoint
CREATE INDEX "trajectories_covenant_first_relapse_on" ON "trajectories"."trajectories" USING btree ("covenant_id","first_relapse_on") WHERE first_relapse_on is not null;--> statement-breakpoint
CREATE INDEX "trajectories_covenant_negative_end_on" ON "trajectories"."trajectories" USING btree ("covenant_id","negative_end_on") WHERE negative_end_on is not null;--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_trajectories" AS (select t.id as trajectory_id, t.covenant_id, t.sub_region_id, t.target_group, t.facility, t.provider_id,
      t.origin_municipality_id, t.placement_municipality_id, t.age_category, t.landlord_id,
      t.registered_on, t.housed_on, t.closed_on, t.omklap_on, t.first_relapse_on, t.first_relapse_kind, t.negative_end_on
    from trajectories.trajectories t);--> statement-breakpoint
-- Hand-written from here on: drizzle-kit does not model functions or triggers.
-- What the milestones of these trajectories are, from their steps and events: the definitions the
-- view used to compute per row, with a fixed order among relapses on the same day (structureel
-- first) where the old view took either. Inlined by the planner into the statements that use it.
CREATE FUNCTION "trajectories"."computed_milestones"(ids uuid[])
RETURNS TABLE (id uuid, registered_on date, housed_on date, closed_on date, omklap_on date,
  first_relapse_on date, first_relapse_kind "trajectories"."relapse_kind", negative_end_on date)
LANGUAGE sql STABLE AS $$
  SELECT i.id, s.registered_on, s.housed_on, s.closed_on, s.omklap_on, r.occurred_on, r.relapse_kind, n.negative_end_on
  FROM unnest(ids) AS i(id)
  CROSS JOIN LATERAL (
    SELECT min(occurred_on) FILTER (WHERE step = 'aanmelding') AS registered_on,
           min(occurred_on) FILTER (WHERE step = 'sleuteloverdracht') AS housed_on,
           min(occurred_on) FILTER (WHERE step = 'afgesloten') AS closed_on,
           min(occurred_on) FILTER (WHERE step = 'omklap') AS omklap_on
    FROM "trajectories"."trajectory_steps" WHERE trajectory_id = i.id) s
  CROSS JOIN LATERAL (
    SELECT min(occurred_on) AS negative_end_on
    FROM "trajectories"."trajectory_events" WHERE trajectory_id = i.id AND kind = 'negatief_einde') n
  LEFT JOIN LATERAL (
    SELECT occurred_on, relapse_kind FROM "trajectories"."trajectory_events"
    WHERE trajectory_id = i.id AND kind = 'terugval' ORDER BY occurred_on, relapse_kind DESC NULLS LAST LIMIT 1) r ON true
$$;
--> statement-breakpoint
-- Recomputes and stores the milestones of these trajectories in one UPDATE; rows already right are
-- not written. Planned afresh on every call: a plan cached while a bulk load's transaction had only
-- begun to fill the table went on scanning it whole (100,000 trajectories loaded in 125 s, not 40).
CREATE FUNCTION "trajectories"."refresh_milestones"(ids uuid[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN;  -- the usual case for the guard on inserted trajectories: spare it two statements
  END IF;
  -- Lock first, compute after: under READ COMMITTED the UPDATE then takes a new snapshot, which
  -- holds whatever a concurrent writer of the same trajectory committed while we waited. Without
  -- the lock both could compute from snapshots missing the other's change, and the last to write
  -- would store it stale. NO KEY UPDATE leaves alone the KEY SHARE locks that inserting a step
  -- takes for its foreign key; the order by id keeps two refreshes from deadlocking.
  PERFORM 1 FROM "trajectories"."trajectories" WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE "trajectories"."trajectories" t
  SET registered_on = m.registered_on, housed_on = m.housed_on, closed_on = m.closed_on, omklap_on = m.omklap_on,
      first_relapse_on = m.first_relapse_on, first_relapse_kind = m.first_relapse_kind, negative_end_on = m.negative_end_on
  FROM "trajectories"."computed_milestones"(ids) m
  WHERE t.id = m.id
    AND (t.registered_on, t.housed_on, t.closed_on, t.omklap_on, t.first_relapse_on, t.first_relapse_kind, t.negative_end_on)
        IS DISTINCT FROM (m.registered_on, m.housed_on, m.closed_on, m.omklap_on, m.first_relapse_on, m.first_relapse_kind, m.negative_end_on);
END $$;
--> statement-breakpoint
-- Inserted steps, the bulk of any import (~7 per trajectory): a step occurs at most once per
-- trajectory (primary key), so an inserted milestone step is the milestone and nothing needs to be
-- read back. This is also safe against concurrent writers without a lock: each row's other
-- milestones are taken from its latest version, which the UPDATE waits for. EXECUTE plans it on
-- every call, for the reason given above (a query without parameters would keep its first plan).
CREATE FUNCTION "trajectories"."steps_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE $sql$
    UPDATE "trajectories"."trajectories" t
    SET registered_on = coalesce(n.registered_on, t.registered_on), housed_on = coalesce(n.housed_on, t.housed_on),
        closed_on = coalesce(n.closed_on, t.closed_on), omklap_on = coalesce(n.omklap_on, t.omklap_on)
    FROM (
      SELECT trajectory_id,
             min(occurred_on) FILTER (WHERE step = 'aanmelding') AS registered_on,
             min(occurred_on) FILTER (WHERE step = 'sleuteloverdracht') AS housed_on,
             min(occurred_on) FILTER (WHERE step = 'afgesloten') AS closed_on,
             min(occurred_on) FILTER (WHERE step = 'omklap') AS omklap_on
      FROM new_rows WHERE step IN ('aanmelding', 'sleuteloverdracht', 'afgesloten', 'omklap')
      GROUP BY trajectory_id
    ) n
    WHERE t.id = n.trajectory_id$sql$;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The other writes to steps and events recompute the trajectories they touched. Statement-level with
-- transition tables: one refresh per statement, however many rows it wrote. A trigger with
-- transition tables fires on one event only, hence one function per event.
CREATE FUNCTION "trajectories"."milestones_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "trajectories"."refresh_milestones"(ARRAY(SELECT DISTINCT trajectory_id FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "trajectories"."milestones_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "trajectories"."refresh_milestones"(ARRAY(SELECT DISTINCT trajectory_id FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Both sides: an update may move a step or event from one trajectory to another.
CREATE FUNCTION "trajectories"."milestones_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "trajectories"."refresh_milestones"(ARRAY(SELECT trajectory_id FROM old_rows UNION SELECT trajectory_id FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- TRUNCATE has no transition tables; the trajectories that still show a milestone are refreshed.
CREATE FUNCTION "trajectories"."milestones_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "trajectories"."refresh_milestones"(ARRAY(
    SELECT id FROM "trajectories"."trajectories"
    WHERE num_nonnulls(registered_on, housed_on, closed_on, omklap_on, first_relapse_on, first_relapse_kind, negative_end_on) > 0));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Guards on trajectories itself, so that only the functions above decide the milestones. A new row
-- given milestones loses them (it can have no steps yet: the foreign key sees to that).
CREATE FUNCTION "trajectories"."milestones_guard_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "trajectories"."refresh_milestones"(ARRAY(
    SELECT id FROM new_rows
    WHERE num_nonnulls(registered_on, housed_on, closed_on, omklap_on, first_relapse_on, first_relapse_kind, negative_end_on) > 0));
  RETURN NULL;
END $$;
--> statement-breakpoint
-- An UPDATE that sets a milestone column at the top level (depth 1; deeper is the functions above)
-- makes every trajectory be recomputed, as the back-fill does. That is slow (about a second per
-- 100,000 trajectories) but only a writer breaking the rule pays for it: a guard with transition
-- tables could name the rows, but may not have a column list, so it would copy every updated row
-- of every refresh above, and cost each bulk load seconds.
CREATE FUNCTION "trajectories"."milestones_guard_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() = 1 THEN
    PERFORM "trajectories"."refresh_milestones"(ARRAY(SELECT id FROM "trajectories"."trajectories"));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Back-fill, before the triggers exist.
SELECT "trajectories"."refresh_milestones"(ARRAY(SELECT id FROM "trajectories"."trajectories"));
--> statement-breakpoint
CREATE TRIGGER "trajectory_steps_milestones_insert" AFTER INSERT ON "trajectories"."trajectory_steps"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."steps_inserted"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_steps_milestones_update" AFTER UPDATE ON "trajectories"."trajectory_steps"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_update"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_steps_milestones_delete" AFTER DELETE ON "trajectories"."trajectory_steps"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_delete"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_steps_milestones_truncate" AFTER TRUNCATE ON "trajectories"."trajectory_steps"
  FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_truncate"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_events_milestones_insert" AFTER INSERT ON "trajectories"."trajectory_events"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_insert"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_events_milestones_update" AFTER UPDATE ON "trajectories"."trajectory_events"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_update"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_events_milestones_delete" AFTER DELETE ON "trajectories"."trajectory_events"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_delete"();
--> statement-breakpoint
CREATE TRIGGER "trajectory_events_milestones_truncate" AFTER TRUNCATE ON "trajectories"."trajectory_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_after_truncate"();
--> statement-breakpoint
CREATE TRIGGER "trajectories_milestones_guard_insert" AFTER INSERT ON "trajectories"."trajectories"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_guard_insert"();
--> statement-breakpoint
CREATE TRIGGER "trajectories_milestones_guard_update"
  AFTER UPDATE OF registered_on, housed_on, closed_on, omklap_on, first_relapse_on, first_relapse_kind, negative_end_on
  ON "trajectories"."trajectories" FOR EACH STATEMENT EXECUTE FUNCTION "trajectories"."milestones_guard_update"();
