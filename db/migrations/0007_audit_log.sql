CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "audit"."audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit"."audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_name" text,
	"organisation_id" text,
	"role" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"covenant_id" text,
	"case_code" text,
	"outcome" text NOT NULL,
	"detail" text,
	CONSTRAINT "audit_log_outcome" CHECK ("audit"."audit_log"."outcome" in ('allowed', 'denied'))
);
--> statement-breakpoint
CREATE INDEX "audit_log_case_code" ON "audit"."audit_log" USING btree ("case_code","at");--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit"."audit_log" USING btree ("at");