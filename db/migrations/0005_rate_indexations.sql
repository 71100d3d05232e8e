CREATE TABLE "funding"."rate_indexations" (
	"agreement_id" text NOT NULL,
	"year" integer NOT NULL,
	"hourly_rate_cents" bigint NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "rate_indexations_agreement_id_year_pk" PRIMARY KEY("agreement_id","year")
);
--> statement-breakpoint
ALTER TABLE "funding"."rate_indexations" ADD CONSTRAINT "rate_indexations_agreement_id_cost_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "funding"."cost_agreements"("id") ON DELETE no action ON UPDATE no action;