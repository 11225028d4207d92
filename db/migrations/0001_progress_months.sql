CREATE TABLE "progress_months" (
	"campaign_id" text NOT NULL,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"month" date NOT NULL,
	"delivered" integer NOT NULL,
	CONSTRAINT "progress_months_campaign_id_commune_code_month_pk" PRIMARY KEY("campaign_id","commune_code","month")
);
--> statement-breakpoint
CREATE INDEX "progress_months_province_code_index" ON "progress_months" USING btree ("province_code");