-- Hand-written: row-level security on the case-level tables (issue 6, DOMAIN.md §5: only parties
-- directly involved in a case see it), enforced by PostgreSQL underneath the services' own checks.
-- The services run every case-level statement as the role uitstroom_service, which owns nothing
-- and has no BYPASSRLS, in a transaction that sets its claims (db/src/claims.ts, withClaims):
--   uitstroom.scope  'all' (beheerder) | 'involved' (a medewerker of uitstroom.party) | else nothing
--   uitstroom.party  the organisation's party id
-- A statement that sets no claims sees no case rows: it fails closed.
--
-- The role is cluster-wide, and test files migrate fresh databases on one server at the same time:
-- created only when missing, and a concurrent creation by another migration is not an error.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'uitstroom_service') THEN
    CREATE ROLE uitstroom_service NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;  -- created meanwhile by a migration of another database on this server
END $$;
--> statement-breakpoint
-- A role of that name made by hand with SUPERUSER or BYPASSRLS would make every policy void.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'uitstroom_service' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role uitstroom_service has SUPERUSER or BYPASSRLS: row-level security would not apply to it';
  END IF;
END $$;
--> statement-breakpoint
-- The migrating user (the owner of the tables) may switch to the role: withClaims does SET ROLE.
-- A superuser may anyway. From PostgreSQL 16 on, creating a role grants it to its creator with the
-- ADMIN option only, which is membership but not the right to SET ROLE: hence the SET check there.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
     AND NOT pg_catalog.pg_has_role(current_user, 'uitstroom_service',
       CASE WHEN current_setting('server_version_num')::int >= 160000 THEN 'SET' ELSE 'MEMBER' END) THEN
    EXECUTE format('GRANT uitstroom_service TO %I', current_user);
  END IF;
EXCEPTION WHEN unique_violation THEN
  NULL;  -- granted meanwhile by a migration of another database on this server
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "parties", "trajectories", "funding", "monitoring", "audit" TO uitstroom_service;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "parties", "trajectories", "funding", "monitoring" TO uitstroom_service;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "parties", "trajectories", "funding", "monitoring" TO uitstroom_service;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA "parties", "trajectories", "funding", "monitoring" TO uitstroom_service;
--> statement-breakpoint
-- Views are read-only for the role. They run with their owner's rights, to whom the policies below
-- give every row, and a simple view is updatable: a write through monitor_trajectories would
-- otherwise reach every trajectory whatever the claims.
DO $$
DECLARE
  v record;
BEGIN
  FOR v IN
    SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND n.nspname IN ('parties', 'trajectories', 'funding', 'monitoring')
  LOOP
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.%I FROM uitstroom_service', v.nspname, v.relname);
  END LOOP;
END $$;
--> statement-breakpoint
-- Tables and views made by later migrations are readable by the role; a table it must write needs
-- its own GRANT (a forgotten one fails loudly with 42501 rather than opening a view for writing).
ALTER DEFAULT PRIVILEGES IN SCHEMA "parties", "trajectories", "funding", "monitoring" GRANT SELECT ON TABLES TO uitstroom_service;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "parties", "trajectories", "funding", "monitoring" GRANT USAGE, SELECT ON SEQUENCES TO uitstroom_service;
--> statement-breakpoint
-- The audit log is append-only for the services: INSERT, and reading and purging only through the
-- two functions at the end of this file.
GRANT INSERT ON "audit"."audit_log" TO uitstroom_service;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE "audit"."audit_log_id_seq" TO uitstroom_service;
--> statement-breakpoint
-- The claims of the current transaction; STABLE and in SQL, so the planner inlines them.
CREATE FUNCTION "trajectories"."claim_scope"() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('uitstroom.scope', true), ''), 'none')
$$;
--> statement-breakpoint
CREATE FUNCTION "trajectories"."claim_party"() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('uitstroom.party', true), '')
$$;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_steps" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_steps" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."household_visits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "trajectories"."household_visits" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A trajectory: the beheerder's scope, or an organisation that is its provider, gemeente of origin
-- or of placement, or landlord (subgraphs/trajectories/src/access.ts). The same rule for writes.
CREATE POLICY "trajectories_claims" ON "trajectories"."trajectories"
  USING ("trajectories"."claim_scope"() = 'all' OR ("trajectories"."claim_scope"() = 'involved'
    AND "trajectories"."claim_party"() IN (provider_id, origin_municipality_id, placement_municipality_id, landlord_id)))
  WITH CHECK ("trajectories"."claim_scope"() = 'all' OR ("trajectories"."claim_scope"() = 'involved'
    AND "trajectories"."claim_party"() IN (provider_id, origin_municipality_id, placement_municipality_id, landlord_id)));
--> statement-breakpoint
-- Steps and events go with their trajectory: the subquery is itself under the policy above.
CREATE POLICY "trajectory_steps_claims" ON "trajectories"."trajectory_steps"
  USING ("trajectories"."claim_scope"() = 'all'
    OR EXISTS (SELECT 1 FROM "trajectories"."trajectories" t WHERE t.id = "trajectory_steps"."trajectory_id"))
  WITH CHECK ("trajectories"."claim_scope"() = 'all'
    OR EXISTS (SELECT 1 FROM "trajectories"."trajectories" t WHERE t.id = "trajectory_steps"."trajectory_id"));
--> statement-breakpoint
CREATE POLICY "trajectory_events_claims" ON "trajectories"."trajectory_events"
  USING ("trajectories"."claim_scope"() = 'all'
    OR EXISTS (SELECT 1 FROM "trajectories"."trajectories" t WHERE t.id = "trajectory_events"."trajectory_id"))
  WITH CHECK ("trajectories"."claim_scope"() = 'all'
    OR EXISTS (SELECT 1 FROM "trajectories"."trajectories" t WHERE t.id = "trajectory_events"."trajectory_id"));
--> statement-breakpoint
-- A household visit: the gemeente that runs the covenant's visits sees them all, a corporation only
-- its own tenants' (subgraphs/trajectories/src/resolvers/case-reads.ts).
CREATE POLICY "household_visits_claims" ON "trajectories"."household_visits"
  USING ("trajectories"."claim_scope"() = 'all' OR ("trajectories"."claim_scope"() = 'involved' AND (
    "household_visits"."tenant_of_party_id" = "trajectories"."claim_party"()
    OR EXISTS (SELECT 1 FROM "parties"."published_memberships" m WHERE m.covenant_id = "household_visits"."covenant_id"
      AND m.party_id = "trajectories"."claim_party"() AND m.party_kind = 'gemeente'))))
  WITH CHECK ("trajectories"."claim_scope"() = 'all' OR ("trajectories"."claim_scope"() = 'involved' AND (
    "household_visits"."tenant_of_party_id" = "trajectories"."claim_party"()
    OR EXISTS (SELECT 1 FROM "parties"."published_memberships" m WHERE m.covenant_id = "household_visits"."covenant_id"
      AND m.party_id = "trajectories"."claim_party"() AND m.party_kind = 'gemeente'))));
--> statement-breakpoint
-- FORCE subjects the owner too, and the published views (monitor_trajectories, monitor_visits,
-- fund_claim_cases) read the tables with their owner's rights: the owner, the user running this
-- migration, keeps every row. (A superuser, as in the tests and on PGlite, bypasses RLS anyway.)
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['trajectories', 'trajectory_steps', 'trajectory_events', 'household_visits'] LOOP
    EXECUTE format('CREATE POLICY %I ON "trajectories".%I TO %I USING (true) WITH CHECK (true)', t || '_owner', t, current_user);
  END LOOP;
END $$;
--> statement-breakpoint
-- Reading the audit log (the beheerder, through the parties subgraph): newest first. NULL leaves a
-- filter out; p_to is inclusive. Custom plans, so that a filter left out costs its index nothing.
CREATE FUNCTION "audit"."read_log"(p_case_code text, p_user text, p_organisation text, p_outcome text,
  p_from timestamptz, p_to timestamptz, p_limit integer)
RETURNS SETOF "audit"."audit_log" LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  RETURN QUERY
    SELECT l.* FROM "audit"."audit_log" l
    WHERE (p_case_code IS NULL OR l.case_code = p_case_code)
      AND (p_user IS NULL OR l.user_name = p_user)
      AND (p_organisation IS NULL OR l.organisation_id = p_organisation)
      AND (p_outcome IS NULL OR l.outcome = p_outcome)
      AND (p_from IS NULL OR l.at >= p_from)
      AND (p_to IS NULL OR l.at <= p_to)
    ORDER BY l.at DESC, l.id DESC
    LIMIT p_limit;
END $$;
--> statement-breakpoint
-- Removes the entries older than the retention period (AUDIT_RETENTION_MONTHS); returns how many.
CREATE FUNCTION "audit"."purge_log"(p_months integer) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  removed integer;
BEGIN
  IF p_months IS NULL OR p_months < 1 THEN
    RAISE EXCEPTION 'audit.purge_log: the retention period must be at least 1 month, got %', p_months USING ERRCODE = '22023';
  END IF;
  DELETE FROM "audit"."audit_log" WHERE at < now() - make_interval(months => p_months);
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "audit"."read_log"(text, text, text, text, timestamptz, timestamptz, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "audit"."purge_log"(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "audit"."read_log"(text, text, text, text, timestamptz, timestamptz, integer) TO uitstroom_service;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "audit"."purge_log"(integer) TO uitstroom_service;
--> statement-breakpoint
-- Two facts the services need without seeing the row, each no more than a yes or a case code for the
-- audit log, never shown to a client: whether a case code is taken in a covenant (registering must
-- refuse a duplicate the registering organisation cannot see), and which case a trajectory id is
-- (a refused read is audited under its case code).
CREATE FUNCTION "trajectories"."case_code_taken"(p_covenant text, p_case_code text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM "trajectories"."trajectories" WHERE covenant_id = p_covenant AND case_code = p_case_code)
$$;
--> statement-breakpoint
CREATE FUNCTION "trajectories"."case_of"(p_id uuid) RETURNS TABLE (covenant_id text, case_code text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT t.covenant_id, t.case_code FROM "trajectories"."trajectories" t WHERE t.id = p_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "trajectories"."case_code_taken"(text, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION "trajectories"."case_of"(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "trajectories"."case_code_taken"(text, text) TO uitstroom_service;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION "trajectories"."case_of"(uuid) TO uitstroom_service;
