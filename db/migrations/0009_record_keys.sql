DROP VIEW "trajectories"."monitor_trajectories";--> statement-breakpoint
DROP VIEW "trajectories"."monitor_visits";--> statement-breakpoint
ALTER TABLE "trajectories"."household_visits" ADD COLUMN "record_key" integer DEFAULT (('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::int & 2147483647) NOT NULL;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "record_key" integer DEFAULT (('x' || substr(md5(gen_random_uuid()::text), 1, 8))::bit(32)::int & 2147483647) NOT NULL;--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_trajectories" AS (select t.id as trajectory_id, t.covenant_id, t.sub_region_id, t.target_group, t.facility, t.provider_id,
      t.origin_municipality_id, t.placement_municipality_id, t.age_category, t.landlord_id,
      t.registered_on, t.housed_on, t.closed_on, t.omklap_on, t.first_relapse_on, t.first_relapse_kind, t.negative_end_on,
      t.record_key
    from trajectories.trajectories t);--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_visits" AS (select v.covenant_id, v.visited_on, v.tenant_of_party_id, v.record_key from trajectories.household_visits v);