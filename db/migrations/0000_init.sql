CREATE TABLE "admin_units" (
	"era" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text NOT NULL,
	"full_name_en" text NOT NULL,
	"slug" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL,
	"search_text" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"lon" double precision,
	"lat" double precision,
	"area_km2" double precision,
	CONSTRAINT "admin_units_era_code_pk" PRIMARY KEY("era","code")
);
--> statement-breakpoint
CREATE TABLE "boundary_topologies" (
	"scope" text PRIMARY KEY NOT NULL,
	"object_name" text NOT NULL,
	"topology" text NOT NULL,
	"sha256" text NOT NULL,
	"feature_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "province_successions" (
	"old_province_code" text PRIMARY KEY NOT NULL,
	"new_province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_successions" (
	"id" serial PRIMARY KEY NOT NULL,
	"old_level" text NOT NULL,
	"old_code" text,
	"old_name" text,
	"new_commune_code" text NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "unit_successions_oldLevel_oldCode_oldName_newCommuneCode_unique" UNIQUE NULLS NOT DISTINCT("old_level","old_code","old_name","new_commune_code")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"household_code_prefix" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"issuer_vi" text NOT NULL,
	"issuer_en" text NOT NULL,
	"document_number" text,
	"document_date" text,
	"basis_vi" text NOT NULL,
	"basis_en" text NOT NULL,
	"area_era" text,
	"area_code" text,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"source_file" text,
	"amounts_are_demo" boolean NOT NULL,
	CONSTRAINT "campaigns_householdCodePrefix_unique" UNIQUE("household_code_prefix")
);
--> statement-breakpoint
CREATE TABLE "household_stage_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "household_stage_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"household_id" integer NOT NULL,
	"stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_code" text NOT NULL,
	"campaign_id" text NOT NULL,
	"recorded_era" text NOT NULL,
	"recorded_commune_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"village" text NOT NULL,
	"category" text NOT NULL,
	"support_programme" text NOT NULL,
	"support_type" text NOT NULL,
	"display_name" text NOT NULL,
	"stage" text NOT NULL,
	"stage_date" date NOT NULL,
	"withdrawn_reason" text,
	"support_amount" bigint NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "households_publicCode_unique" UNIQUE("public_code")
);
--> statement-breakpoint
CREATE TABLE "progress_facts" (
	"campaign_id" text NOT NULL,
	"commune_code" text NOT NULL,
	"province_code" text NOT NULL,
	"recorded_era" text NOT NULL,
	"recorded_commune_code" text NOT NULL,
	"recorded_province_code" text NOT NULL,
	"category" text NOT NULL,
	"support_type" text NOT NULL,
	"support_programme" text NOT NULL,
	"households" integer NOT NULL,
	"withdrawn" integer NOT NULL,
	"identified" integer NOT NULL,
	"approved" integer NOT NULL,
	"started" integer NOT NULL,
	"completed" integer NOT NULL,
	"handed_over" integer NOT NULL,
	"validated" integer NOT NULL,
	"support_amount" bigint NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_facts_campaign_id_commune_code_recorded_era_recorded_commune_code_category_support_type_support_programme_pk" PRIMARY KEY("campaign_id","commune_code","recorded_era","recorded_commune_code","category","support_type","support_programme")
);
--> statement-breakpoint
ALTER TABLE "household_stage_events" ADD CONSTRAINT "household_stage_events_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_recorded_era_recorded_commune_code_admin_units_era_code_fk" FOREIGN KEY ("recorded_era","recorded_commune_code") REFERENCES "public"."admin_units"("era","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_units_era_parent_code_index" ON "admin_units" USING btree ("era","parent_code");--> statement-breakpoint
CREATE INDEX "admin_units_era_province_code_index" ON "admin_units" USING btree ("era","province_code");--> statement-breakpoint
CREATE INDEX "unit_successions_new_commune_code_index" ON "unit_successions" USING btree ("new_commune_code");--> statement-breakpoint
CREATE INDEX "household_stage_events_household_id_index" ON "household_stage_events" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "households_commune_code_index" ON "households" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "households_campaign_id_index" ON "households" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "progress_facts_province_code_index" ON "progress_facts" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "progress_facts_commune_code_index" ON "progress_facts" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "progress_facts_recorded_era_recorded_province_code_index" ON "progress_facts" USING btree ("recorded_era","recorded_province_code");--> statement-breakpoint
CREATE INDEX "progress_facts_recorded_era_recorded_commune_code_index" ON "progress_facts" USING btree ("recorded_era","recorded_commune_code");