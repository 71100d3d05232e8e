CREATE TYPE "funding"."claim_refusal_rule" AS ENUM('ernstige_nalatigheid', 'compensatie_niet_passend', 'kosten_niet_onderbouwd');--> statement-breakpoint
CREATE TYPE "funding"."claim_status" AS ENUM('ingediend', 'besproken', 'goedgekeurd', 'afgewezen', 'uitbetaald');--> statement-breakpoint
CREATE TYPE "funding"."fund_ledger_kind" AS ENUM('bijdrage', 'toekenning', 'uitbetaling', 'terugbetaling');--> statement-breakpoint
CREATE TYPE "funding"."fund_round_kind" AS ENUM('inleg', 'aanvulling');--> statement-breakpoint
CREATE TABLE "funding"."fund_claim_lines" (
	"claim_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"cost_type" text NOT NULL,
	"cents" bigint NOT NULL,
	"description" text,
	CONSTRAINT "fund_claim_lines_claim_id_line_no_pk" PRIMARY KEY("claim_id","line_no"),
	CONSTRAINT "fund_claim_lines_cents_positive" CHECK ("funding"."fund_claim_lines"."cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_claim_steps" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding"."fund_claim_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" uuid NOT NULL,
	"status" "funding"."claim_status" NOT NULL,
	"on" date NOT NULL,
	"note" text,
	"refusal_rule" "funding"."claim_refusal_rule",
	"by_organisation" text,
	"by_role" text NOT NULL,
	"by_user" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_claim_steps_claim_status" UNIQUE("claim_id","status")
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" text NOT NULL,
	"case_code" text NOT NULL,
	"claimant_party_id" text NOT NULL,
	"submitted_on" date NOT NULL,
	"negative_end_on" date NOT NULL,
	"deposit_cents" bigint NOT NULL,
	CONSTRAINT "fund_claims_deposit_not_negative" CHECK ("funding"."fund_claims"."deposit_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_ledger" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding"."fund_ledger_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"fund_id" text NOT NULL,
	"booked_on" date NOT NULL,
	"kind" "funding"."fund_ledger_kind" NOT NULL,
	"party_id" text NOT NULL,
	"cents" bigint NOT NULL,
	"round_id" uuid,
	"claim_id" uuid,
	"by_organisation" text,
	"by_role" text NOT NULL,
	"by_user" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_ledger_once" UNIQUE NULLS NOT DISTINCT("kind","round_id","claim_id","party_id"),
	CONSTRAINT "fund_ledger_cents_positive" CHECK ("funding"."fund_ledger"."cents" > 0),
	CONSTRAINT "fund_ledger_reference" CHECK (("funding"."fund_ledger"."kind" = 'bijdrage') = ("funding"."fund_ledger"."round_id" is not null) and ("funding"."fund_ledger"."kind" in ('toekenning', 'uitbetaling')) = ("funding"."fund_ledger"."claim_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_members" (
	"fund_id" text NOT NULL,
	"party_id" text NOT NULL,
	"joined_on" date NOT NULL,
	"notice_on" date,
	"left_on" date,
	CONSTRAINT "fund_members_fund_id_party_id_pk" PRIMARY KEY("fund_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_round_parts" (
	"round_id" uuid NOT NULL,
	"party_id" text NOT NULL,
	"owed_cents" bigint NOT NULL,
	CONSTRAINT "fund_round_parts_round_id_party_id_pk" PRIMARY KEY("round_id","party_id"),
	CONSTRAINT "fund_round_parts_owed_positive" CHECK ("funding"."fund_round_parts"."owed_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" text NOT NULL,
	"number" integer NOT NULL,
	"kind" "funding"."fund_round_kind" NOT NULL,
	"raised_on" date NOT NULL,
	"balance_at_raise_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"by_organisation" text,
	"by_role" text NOT NULL,
	"by_user" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_rounds_fund_number" UNIQUE("fund_id","number")
);
--> statement-breakpoint
CREATE TABLE "funding"."fund_weights" (
	"fund_id" text NOT NULL,
	"party_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"weight" bigint NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "fund_weights_fund_id_party_id_valid_from_pk" PRIMARY KEY("fund_id","party_id","valid_from"),
	CONSTRAINT "fund_weights_weight_positive" CHECK ("funding"."fund_weights"."weight" > 0)
);
--> statement-breakpoint
ALTER TABLE "funding"."funds" ADD COLUMN "chair_party_id" text;--> statement-breakpoint
ALTER TABLE "funding"."funds" ADD COLUMN "terminated_on" date;--> statement-breakpoint
ALTER TABLE "funding"."fund_claim_lines" ADD CONSTRAINT "fund_claim_lines_claim_id_fund_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "funding"."fund_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_claim_steps" ADD CONSTRAINT "fund_claim_steps_claim_id_fund_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "funding"."fund_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_claims" ADD CONSTRAINT "fund_claims_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_ledger" ADD CONSTRAINT "fund_ledger_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_ledger" ADD CONSTRAINT "fund_ledger_round_id_fund_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "funding"."fund_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_ledger" ADD CONSTRAINT "fund_ledger_claim_id_fund_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "funding"."fund_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_members" ADD CONSTRAINT "fund_members_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_round_parts" ADD CONSTRAINT "fund_round_parts_round_id_fund_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "funding"."fund_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_rounds" ADD CONSTRAINT "fund_rounds_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding"."fund_weights" ADD CONSTRAINT "fund_weights_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "funding"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_claims_fund" ON "funding"."fund_claims" USING btree ("fund_id","submitted_on");--> statement-breakpoint
CREATE INDEX "fund_ledger_fund_booked_on" ON "funding"."fund_ledger" USING btree ("fund_id","booked_on");--> statement-breakpoint
CREATE VIEW "trajectories"."fund_claim_cases" AS (select t.covenant_id, t.case_code, t.landlord_id, t.negative_end_on
    from trajectories.trajectories t where t.negative_end_on is not null);--> statement-breakpoint
-- The ledger and the claim steps are append-only: a booking or a step is never changed or removed;
-- a mistake is corrected by a new booking. The balance follows from the ledger and is never stored.
CREATE FUNCTION "funding"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER "fund_ledger_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "funding"."fund_ledger" FOR EACH STATEMENT EXECUTE FUNCTION "funding"."refuse_change"();--> statement-breakpoint
CREATE TRIGGER "fund_claim_steps_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "funding"."fund_claim_steps" FOR EACH STATEMENT EXECUTE FUNCTION "funding"."refuse_change"();
