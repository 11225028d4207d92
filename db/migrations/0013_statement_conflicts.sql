CREATE TABLE "statement_conflicts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "statement_conflicts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"import_id" integer NOT NULL,
	"statement_row_id" integer NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"raw" jsonb NOT NULL,
	"version" char(64) NOT NULL,
	CONSTRAINT "statement_conflicts_statementRowId_version_unique" UNIQUE("statement_row_id","version")
);
--> statement-breakpoint
ALTER TABLE "statement_conflicts" ADD CONSTRAINT "statement_conflicts_import_id_statement_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."statement_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_conflicts" ADD CONSTRAINT "statement_conflicts_statement_row_id_statement_rows_id_fk" FOREIGN KEY ("statement_row_id") REFERENCES "public"."statement_rows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A conflict is a record of money as imported, like the statement row it contradicts: never
-- changed or removed. Nothing points at it, so TRUNCATE is refused by its own guard.
CREATE TRIGGER statement_conflicts_append_only BEFORE UPDATE OR DELETE ON "statement_conflicts"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER statement_conflicts_no_truncate BEFORE TRUNCATE ON "statement_conflicts"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
