CREATE TABLE "pledged_totals" (
	"area" text PRIMARY KEY NOT NULL,
	"amount" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "allocation_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"number" text NOT NULL,
	"decided_on" date NOT NULL,
	"fund" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_lines" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "allocation_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"decision_id" integer NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_code" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "allocation_lines_amount_positive" CHECK ("allocation_lines"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_balances" (
	"account" text NOT NULL,
	"unit" text NOT NULL,
	"debits" bigint NOT NULL,
	"credits" bigint NOT NULL,
	CONSTRAINT "ledger_balances_account_unit_pk" PRIMARY KEY("account","unit")
);
--> statement-breakpoint
CREATE TABLE "ledger_checks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_checks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ran_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"findings" jsonb NOT NULL,
	"ledger_sequence" integer NOT NULL,
	"ledger_head" char(64) NOT NULL,
	"audit_sequence" integer NOT NULL,
	"audit_head" char(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"transaction_sequence" integer NOT NULL,
	"account" text NOT NULL,
	"unit" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "ledger_entries_amount_not_zero" CHECK ("ledger_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"sequence" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"book" text NOT NULL,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"payment_id" integer,
	"delivery_id" integer,
	"allocation_id" integer,
	"document_number" text,
	"reverses_sequence" integer,
	"recorded_by" integer,
	"previous_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL,
	CONSTRAINT "ledger_transactions_paymentId_unique" UNIQUE("payment_id"),
	CONSTRAINT "ledger_transactions_deliveryId_unique" UNIQUE("delivery_id"),
	CONSTRAINT "ledger_transactions_allocationId_unique" UNIQUE("allocation_id"),
	CONSTRAINT "ledger_transactions_reversesSequence_unique" UNIQUE("reverses_sequence"),
	CONSTRAINT "ledger_transactions_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "receipt_counters" (
	"issuer" text PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "receipts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"issuer" text NOT NULL,
	"number" integer NOT NULL,
	"payment_id" integer,
	"delivery_id" integer,
	"issued_at" timestamp with time zone NOT NULL,
	"body" jsonb NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "receipts_code_unique" UNIQUE("code"),
	CONSTRAINT "receipts_paymentId_unique" UNIQUE("payment_id"),
	CONSTRAINT "receipts_deliveryId_unique" UNIQUE("delivery_id"),
	CONSTRAINT "receipts_issuer_number_unique" UNIQUE("issuer","number"),
	CONSTRAINT "receipts_for_one_thing" CHECK (("receipts"."payment_id" is null) <> ("receipts"."delivery_id" is null))
);
--> statement-breakpoint
CREATE TABLE "spent_totals" (
	"commune_code" text PRIMARY KEY NOT NULL,
	"amount" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocation_decisions" ADD CONSTRAINT "allocation_decisions_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_lines" ADD CONSTRAINT "allocation_lines_decision_id_allocation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."allocation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_sequence_ledger_transactions_sequence_fk" FOREIGN KEY ("transaction_sequence") REFERENCES "public"."ledger_transactions"("sequence") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_allocation_id_allocation_decisions_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_lines_decision_id_index" ON "allocation_lines" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction_sequence_index" ON "ledger_entries" USING btree ("transaction_sequence");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_unit_index" ON "ledger_entries" USING btree ("account","unit");--> statement-breakpoint
CREATE INDEX "payments_received_at_index" ON "payments" USING btree ("received_at");
--> statement-breakpoint
-- Ledger, allocation decisions and receipts are records of money: never changed or removed.
CREATE TRIGGER allocation_decisions_append_only BEFORE UPDATE OR DELETE ON "allocation_decisions"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER allocation_lines_append_only BEFORE UPDATE OR DELETE ON "allocation_lines"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON "ledger_transactions"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON "receipts"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER ledger_transactions_no_truncate BEFORE TRUNCATE ON "ledger_transactions"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER receipts_no_truncate BEFORE TRUNCATE ON "receipts"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
-- Checked at commit, once all of a transaction's entries are in: every unit sums to zero, there
-- are at least two entries, and the cash book holds only đồng while the in-kind book holds none.
CREATE FUNCTION check_ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  checked integer;
  book_of text;
BEGIN
  -- Separate assignments: each names a column only the row of its own table has.
  IF TG_TABLE_NAME = 'ledger_entries' THEN
    checked := NEW.transaction_sequence;
  ELSE
    checked := NEW.sequence;
  END IF;
  SELECT book INTO book_of FROM ledger_transactions WHERE sequence = checked;
  IF (SELECT count(*) FROM ledger_entries WHERE transaction_sequence = checked) < 2 THEN
    RAISE EXCEPTION 'ledger transaction % needs at least two entries', checked;
  END IF;
  IF EXISTS (SELECT 1 FROM ledger_entries WHERE transaction_sequence = checked GROUP BY unit HAVING sum(amount) <> 0) THEN
    RAISE EXCEPTION 'ledger transaction % does not balance', checked;
  END IF;
  IF EXISTS (SELECT 1 FROM ledger_entries WHERE transaction_sequence = checked
             AND (unit = 'VND') <> (book_of = 'cash')) THEN
    RAISE EXCEPTION 'ledger transaction % mixes the cash and in-kind books', checked;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transactions_balance AFTER INSERT ON "ledger_transactions"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_ledger_transaction_balances();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balance AFTER INSERT ON "ledger_entries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_ledger_transaction_balances();
--> statement-breakpoint
CREATE TRIGGER ledger_checks_append_only BEFORE UPDATE OR DELETE ON "ledger_checks"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();
--> statement-breakpoint
-- Pledged totals of the pledges made before they were kept; a home's gifts count for its commune.
INSERT INTO "pledged_totals" ("area", "amount")
SELECT CASE WHEN p."target_kind" = 'household' THEN 'commune:' || h."commune_code" ELSE p."target_kind" || ':' || p."target_code" END,
       sum(p."amount")
FROM "pledges" p
LEFT JOIN "households" h ON p."target_kind" = 'household' AND h."public_code" = p."target_code"
WHERE p."kind" = 'money' AND p."cancelled_at" IS NULL AND (p."target_kind" <> 'household' OR h."commune_code" IS NOT NULL)
GROUP BY 1;
