CREATE TABLE "local_top_ups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "local_top_ups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_era" text NOT NULL,
	"unit_code" text NOT NULL,
	"programme" text NOT NULL,
	"support_type" text NOT NULL,
	"amount" bigint NOT NULL,
	"legal_basis" text NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entered_by" integer NOT NULL,
	CONSTRAINT "local_top_ups_amount_not_negative" CHECK ("local_top_ups"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "local_top_ups" ADD CONSTRAINT "local_top_ups_entered_by_officials_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_top_ups" ADD CONSTRAINT "local_top_ups_unit_era_unit_code_admin_units_era_code_fk" FOREIGN KEY ("unit_era","unit_code") REFERENCES "public"."admin_units"("era","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "local_top_ups_unit_era_unit_code_index" ON "local_top_ups" USING btree ("unit_era","unit_code");--> statement-breakpoint
CREATE TRIGGER local_top_ups_append_only BEFORE UPDATE OR DELETE ON "local_top_ups"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER local_top_ups_no_truncate BEFORE TRUNCATE ON "local_top_ups"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
