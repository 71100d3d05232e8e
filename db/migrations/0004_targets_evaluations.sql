CREATE TYPE "monitoring"."evaluation_kind" AS ENUM('kwartaal', 'halfjaar', 'jaar', 'eenmalig');--> statement-breakpoint
CREATE TYPE "monitoring"."evaluation_status" AS ENUM('concept', 'vastgesteld');--> statement-breakpoint
CREATE TABLE "monitoring"."evaluation_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" text NOT NULL,
	"sub_region_id" text DEFAULT '' NOT NULL,
	"kind" "monitoring"."evaluation_kind" NOT NULL,
	"period_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"due_on" date NOT NULL,
	"status" "monitoring"."evaluation_status" DEFAULT 'concept' NOT NULL,
	"figures" jsonb NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"adopted_at" timestamp with time zone,
	"adopted_by" text,
	CONSTRAINT "evaluations_moment" UNIQUE("covenant_id","sub_region_id","kind","period_code")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."vacancy_counts" (
	"party_id" text NOT NULL,
	"year" integer NOT NULL,
	"count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancy_counts_party_id_year_pk" PRIMARY KEY("party_id","year")
);
--> statement-breakpoint
ALTER TABLE "monitoring"."targets" ADD COLUMN "tolerance_basis_points" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring"."targets" ADD COLUMN "consequence" text;--> statement-breakpoint
ALTER TABLE "monitoring"."evaluation_actions" ADD CONSTRAINT "evaluation_actions_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "monitoring"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_actions_evaluation" ON "monitoring"."evaluation_actions" USING btree ("evaluation_id");--> statement-breakpoint
CREATE VIEW "parties"."published_covenant_terms" AS (select c.id as covenant_id, c.starts_on, c.ends_on from parties.covenants c);--> statement-breakpoint
CREATE VIEW "parties"."published_evaluation_rules" AS (select r.id, r.covenant_id, r.rhythm, r.description, r.month, r.months_after_start, r.source from parties.evaluation_rules r);--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_visits" AS (select v.covenant_id, v.visited_on, v.tenant_of_party_id from trajectories.household_visits v);