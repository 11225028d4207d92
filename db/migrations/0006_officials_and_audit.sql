CREATE TABLE "official_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "official_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"official_id" integer NOT NULL,
	"role" text NOT NULL,
	"unit_code" text,
	CONSTRAINT "official_grants_officialId_role_unitCode_unique" UNIQUE NULLS NOT DISTINCT("official_id","role","unit_code")
);
--> statement-breakpoint
CREATE TABLE "official_sessions" (
	"token_hash" char(64) PRIMARY KEY NOT NULL,
	"official_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"second_factor_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "official_sessions_expire_after_start" CHECK ("official_sessions"."expires_at" > "official_sessions"."created_at")
);
--> statement-breakpoint
CREATE TABLE "officials" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "officials_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"second_factor_secret" text NOT NULL,
	"second_factor_confirmed_at" timestamp with time zone,
	"last_second_factor_step" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officials_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"sequence" integer PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"official_id" integer,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"previous_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL,
	CONSTRAINT "audit_events_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "household_stage_events" ADD COLUMN "recorded_by" integer;--> statement-breakpoint
ALTER TABLE "official_grants" ADD CONSTRAINT "official_grants_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_sessions" ADD CONSTRAINT "official_sessions_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "official_sessions_official_id_index" ON "official_sessions" USING btree ("official_id");--> statement-breakpoint
ALTER TABLE "household_stage_events" ADD CONSTRAINT "household_stage_events_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The audit log is never changed or removed, by the portal or by hand (same rule as money records).
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
