CREATE TABLE "household_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "household_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"official_id" integer NOT NULL,
	"campaign_id" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" char(64) NOT NULL,
	"cells" jsonb NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_at" timestamp with time zone,
	"saved_count" integer
);
--> statement-breakpoint
ALTER TABLE "household_imports" ADD CONSTRAINT "household_imports_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_imports" ADD CONSTRAINT "household_imports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;