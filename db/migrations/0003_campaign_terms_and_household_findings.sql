CREATE TABLE "household_findings" (
	"household_id" integer NOT NULL,
	"rule" text NOT NULL,
	"finding" jsonb NOT NULL,
	CONSTRAINT "household_findings_household_id_rule_pk" PRIMARY KEY("household_id","rule")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "source_text" text;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "terms" jsonb;--> statement-breakpoint
ALTER TABLE "household_findings" ADD CONSTRAINT "household_findings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;