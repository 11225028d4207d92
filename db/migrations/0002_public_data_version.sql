CREATE TABLE "public_data_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_data_version_single_row" CHECK ("public_data_version"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "admin_units_era_level_index" ON "admin_units" USING btree ("era","level");--> statement-breakpoint
CREATE INDEX "progress_months_commune_code_index" ON "progress_months" USING btree ("commune_code");