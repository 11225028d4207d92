CREATE TABLE "official_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"as_of" date NOT NULL,
	"area" text NOT NULL,
	"area_era" text NOT NULL,
	"kind" text NOT NULL,
	"homes_total" integer,
	"completed" integer,
	"under_way" integer,
	"new_build" integer,
	"repair" integer,
	"meritorious_total" integer,
	"target_programmes_total" integer,
	"campaign_total" integer,
	"localities_done" integer,
	"localities_total" integer,
	"money_mobilised_billion_dong" numeric(14, 3),
	"workdays" integer,
	"publisher" text NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"fingerprint" char(64) NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" integer,
	CONSTRAINT "official_reports_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
CREATE TABLE "official_support_levels" (
	"programme" text NOT NULL,
	"support_type" text NOT NULL,
	"amount" bigint NOT NULL,
	"legal_basis" text NOT NULL,
	"basis_date" date,
	"period" text NOT NULL,
	"source" text NOT NULL,
	"note" text,
	CONSTRAINT "official_support_levels_programme_support_type_pk" PRIMARY KEY("programme","support_type")
);
--> statement-breakpoint
ALTER TABLE "official_reports" ADD CONSTRAINT "official_reports_imported_by_officials_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "official_reports_area_as_of_index" ON "official_reports" USING btree ("area","as_of");--> statement-breakpoint
-- Published figures are kept as imported, by the portal and by hand (same rule as money records).
CREATE TRIGGER official_reports_append_only BEFORE UPDATE OR DELETE ON "official_reports"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER official_reports_no_truncate BEFORE TRUNCATE ON "official_reports"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
