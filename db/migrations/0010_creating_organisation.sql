ALTER TABLE "trajectories"."household_visits" ADD COLUMN "created_by_party_id" text;--> statement-breakpoint
ALTER TABLE "trajectories"."trajectories" ADD COLUMN "created_by_party_id" text;