CREATE SCHEMA "parties";
--> statement-breakpoint
CREATE SCHEMA "trajectories";
--> statement-breakpoint
CREATE SCHEMA "funding";
--> statement-breakpoint
CREATE SCHEMA "monitoring";
--> statement-breakpoint
CREATE TYPE "parties"."evaluation_rhythm" AS ENUM('kwartaal', 'halfjaar', 'jaar', 'eenmalig');--> statement-breakpoint
CREATE TYPE "parties"."party_kind" AS ENUM('gemeente', 'woningcorporatie', 'zorgaanbieder', 'overig');--> statement-breakpoint
CREATE TYPE "trajectories"."age_category" AS ENUM('18-22', '23-27', '28-49', '50-64', '65+');--> statement-breakpoint
CREATE TYPE "trajectories"."canonical_step" AS ENUM('aanmelding', 'toegang', 'bemiddeling', 'ondersteuningsplan', 'woning_aangeboden', 'sleuteloverdracht', 'evaluatie', 'omklap', 'waakvlam', 'afgesloten');--> statement-breakpoint
CREATE TYPE "trajectories"."contract_form" AS ENUM('tijdelijk', 'intermediair', 'driepartijen', 'regulier');--> statement-breakpoint
CREATE TYPE "trajectories"."record_source" AS ENUM('demo', 'import', 'invoer');--> statement-breakpoint
CREATE TYPE "trajectories"."referral_channel" AS ENUM('corporatie', 'gemeente', 'wmw');--> statement-breakpoint
CREATE TYPE "trajectories"."relapse_kind" AS ENUM('tijdelijk', 'structureel');--> statement-breakpoint
CREATE TYPE "trajectories"."target_group" AS ENUM('BW', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG');--> statement-breakpoint
CREATE TYPE "trajectories"."event_kind" AS ENUM('terugval', 'negatief_einde', 'huurachterstand');--> statement-breakpoint
CREATE TYPE "funding"."cost_type" AS ENUM('licentie', 'uitvoering', 'training');--> statement-breakpoint
CREATE TYPE "monitoring"."target_kind" AS ENUM('aantal', 'aandeel_vrijgekomen');--> statement-breakpoint
CREATE TYPE "monitoring"."target_metric" AS ENUM('bezoeken', 'woningen');--> statement-breakpoint
CREATE TYPE "monitoring"."target_period" AS ENUM('jaar', 'halfjaar');--> statement-breakpoint
CREATE TABLE "parties"."bodies" (
	"covenant_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "bodies_covenant_id_name_pk" PRIMARY KEY("covenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "parties"."covenants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"seed_file" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"initial_term_months" integer,
	"tacit_renewal" boolean NOT NULL,
	"renewal_months" integer,
	"notice_months" integer,
	"party_leave_notice_months" integer
);
--> statement-breakpoint
CREATE TABLE "parties"."evaluation_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "parties"."evaluation_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"covenant_id" text NOT NULL,
	"rhythm" "parties"."evaluation_rhythm" NOT NULL,
	"description" text NOT NULL,
	"month" integer,
	"months_after_start" integer,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parties"."memberships" (
	"covenant_id" text NOT NULL,
	"party_id" text NOT NULL,
	"role" text NOT NULL,
	"sub_region_id" text,
	CONSTRAINT "memberships_covenant_id_party_id_role_pk" PRIMARY KEY("covenant_id","party_id","role")
);
--> statement-breakpoint
CREATE TABLE "parties"."norms" (
	"covenant_id" text NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "norms_covenant_id_code_pk" PRIMARY KEY("covenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "parties"."parties" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "parties"."party_kind" NOT NULL,
	"description" text,
	CONSTRAINT "parties_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "parties"."sub_regions" (
	"id" text PRIMARY KEY NOT NULL,
	"covenant_id" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectories"."household_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" text NOT NULL,
	"visit_code" text NOT NULL,
	"visited_on" date NOT NULL,
	"referral_channel" "trajectories"."referral_channel" NOT NULL,
	"reason" text NOT NULL,
	"tenant_of_party_id" text,
	"minutes_spent" integer NOT NULL,
	"financial_room_cents" integer NOT NULL,
	"provisions_applied" integer NOT NULL,
	"source" "trajectories"."record_source" NOT NULL,
	CONSTRAINT "household_visits_covenant_code" UNIQUE("covenant_id","visit_code")
);
--> statement-breakpoint
CREATE TABLE "trajectories"."step_labels" (
	"covenant_id" text NOT NULL,
	"step" "trajectories"."canonical_step" NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "step_labels_covenant_id_step_pk" PRIMARY KEY("covenant_id","step")
);
--> statement-breakpoint
CREATE TABLE "trajectories"."trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" text NOT NULL,
	"sub_region_id" text,
	"case_code" text NOT NULL,
	"target_group" "trajectories"."target_group" NOT NULL,
	"facility" text NOT NULL,
	"provider_id" text NOT NULL,
	"origin_municipality_id" text NOT NULL,
	"placement_municipality_id" text,
	"age_category" "trajectories"."age_category" NOT NULL,
	"landlord_id" text,
	"contract_form" "trajectories"."contract_form",
	"eligible" boolean,
	"source" "trajectories"."record_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trajectories_covenant_case_code" UNIQUE("covenant_id","case_code")
);
--> statement-breakpoint
CREATE TABLE "trajectories"."trajectory_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"kind" "trajectories"."event_kind" NOT NULL,
	"relapse_kind" "trajectories"."relapse_kind",
	"occurred_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectories"."trajectory_steps" (
	"trajectory_id" uuid NOT NULL,
	"step" "trajectories"."canonical_step" NOT NULL,
	"occurred_on" date NOT NULL,
	CONSTRAINT "trajectory_steps_trajectory_id_step_pk" PRIMARY KEY("trajectory_id","step")
);
--> statement-breakpoint
CREATE TABLE "funding"."cost_agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"covenant_id" text NOT NULL,
	"cost_type" "funding"."cost_type" NOT NULL,
	"description" text NOT NULL,
	"amount_cents" bigint,
	"hourly_rate_cents" bigint,
	"hours_per_unit" integer,
	"budget_units" integer,
	"valid_from" date NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding"."cost_shares" (
	"agreement_id" text NOT NULL,
	"party_id" text NOT NULL,
	"basis_points" integer NOT NULL,
	CONSTRAINT "cost_shares_agreement_id_party_id_pk" PRIMARY KEY("agreement_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_contribution_rules" (
	"fund_id" text NOT NULL,
	"party_kind" text NOT NULL,
	"group_total_cents" bigint,
	"per_party_cents" bigint,
	"distribution_key" text NOT NULL,
	CONSTRAINT "fund_contribution_rules_fund_id_party_kind_pk" PRIMARY KEY("fund_id","party_kind")
);
--> statement-breakpoint
CREATE TABLE "funding"."funds" (
	"id" text PRIMARY KEY NOT NULL,
	"covenant_id" text NOT NULL,
	"name" text NOT NULL,
	"cashier_party_id" text NOT NULL,
	"top_up_threshold_cents" bigint NOT NULL,
	"eligible_cost_types" text[] NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."targets" (
	"id" text PRIMARY KEY NOT NULL,
	"covenant_id" text NOT NULL,
	"sub_region_id" text,
	"party_id" text,
	"metric" "monitoring"."target_metric" NOT NULL,
	"kind" "monitoring"."target_kind" NOT NULL,
	"amount" integer,
	"basis_points" integer,
	"period" "monitoring"."target_period" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"description" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "parties"."bodies" ADD CONSTRAINT "bodies_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "parties"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."evaluation_rules" ADD CONSTRAINT "evaluation_rules_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "parties"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."memberships" ADD CONSTRAINT "memberships_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "parties"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."memberships" ADD CONSTRAINT "memberships_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "parties"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."memberships" ADD CONSTRAINT "memberships_sub_region_id_sub_regions_id_fk" FOREIGN KEY ("sub_region_id") REFERENCES "parties"."sub_regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."norms" ADD CONSTRAINT "norms_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "parties"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties"."sub_regions" ADD CONSTRAINT "sub_regions_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "parties"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_events" ADD CONSTRAINT "trajectory_events_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "trajectories"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectory_steps" ADD CONSTRAINT "trajectory_steps_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "trajectories"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."cost_shares" ADD CONSTRAINT "cost_shares_agreement_id_cost_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "funding"."cost_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_contribution_rules" ADD CONSTRAINT "fund_contribution_rules_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_visits_date" ON "trajectories"."household_visits" USING btree ("covenant_id","visited_on");--> statement-breakpoint
CREATE INDEX "trajectories_covenant" ON "trajectories"."trajectories" USING btree ("covenant_id");--> statement-breakpoint
CREATE INDEX "trajectory_events_trajectory" ON "trajectories"."trajectory_events" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectory_steps_step_date" ON "trajectories"."trajectory_steps" USING btree ("step","occurred_on");--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_trajectories" AS (select t.id as trajectory_id, t.covenant_id, t.sub_region_id, t.target_group, t.facility, t.provider_id,
      t.origin_municipality_id, t.placement_municipality_id, t.age_category, t.landlord_id,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'aanmelding') as registered_on,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'sleuteloverdracht') as housed_on,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'afgesloten') as closed_on
    from trajectories.trajectories t);