CREATE TABLE "transparency_checkpoints" (
	"size" integer PRIMARY KEY NOT NULL,
	"root_hash" char(64) NOT NULL,
	"note" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_log_hashes" (
	"index" bigint PRIMARY KEY NOT NULL,
	"hash" char(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_log_records" (
	"index" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"chain_sequence" integer NOT NULL,
	"data" text NOT NULL,
	"logged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transparency_log_records_subject_unique" UNIQUE("subject")
);
--> statement-breakpoint
CREATE INDEX "transparency_log_records_kind_chain_sequence_index" ON "transparency_log_records" USING btree ("kind","chain_sequence");--> statement-breakpoint
CREATE TRIGGER transparency_log_records_append_only BEFORE UPDATE OR DELETE ON "transparency_log_records"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_log_records_no_truncate BEFORE TRUNCATE ON "transparency_log_records"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_log_hashes_append_only BEFORE UPDATE OR DELETE ON "transparency_log_hashes"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_log_hashes_no_truncate BEFORE TRUNCATE ON "transparency_log_hashes"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_checkpoints_append_only BEFORE UPDATE OR DELETE ON "transparency_checkpoints"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_checkpoints_no_truncate BEFORE TRUNCATE ON "transparency_checkpoints"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
