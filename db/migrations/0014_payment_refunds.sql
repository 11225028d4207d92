CREATE TABLE "payment_refunds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_refunds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"payment_id" integer NOT NULL,
	"amount" bigint NOT NULL,
	"refunded_at" timestamp with time zone NOT NULL,
	"bank" text,
	"bank_transaction_id" text,
	"stripe_event_id" text,
	"ledger_sequence" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_refunds_stripeEventId_unique" UNIQUE("stripe_event_id"),
	CONSTRAINT "payment_refunds_ledgerSequence_unique" UNIQUE("ledger_sequence"),
	CONSTRAINT "payment_refunds_bank_bankTransactionId_unique" UNIQUE("bank","bank_transaction_id"),
	CONSTRAINT "payment_refunds_amount_positive" CHECK ("payment_refunds"."amount" > 0),
	CONSTRAINT "payment_refunds_one_source" CHECK (("payment_refunds"."stripe_event_id" is null) <> ("payment_refunds"."bank" is null and "payment_refunds"."bank_transaction_id" is null) and ("payment_refunds"."bank" is null) = ("payment_refunds"."bank_transaction_id" is null))
);
--> statement-breakpoint
ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_ledger_sequence_ledger_transactions_sequence_fk" FOREIGN KEY ("ledger_sequence") REFERENCES "public"."ledger_transactions"("sequence") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE TRIGGER payment_refunds_append_only BEFORE UPDATE OR DELETE ON "payment_refunds"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER payment_refunds_no_truncate BEFORE TRUNCATE ON "payment_refunds"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
-- The cash each pledge brought, as the ledger booked it: the donations entry of each payment's
-- transaction (a credit, so negated) and of each refund's (a debit). Every "received" figure sums this.
CREATE VIEW "pledge_money" AS
  SELECT p."pledge_id", t."sequence" AS "ledger_sequence", p."id" AS "payment_id", NULL::integer AS "refund_id",
         t."occurred_on", -e."amount" AS "amount"
  FROM "payments" p
  JOIN "ledger_transactions" t ON t."payment_id" = p."id"
  JOIN "ledger_entries" e ON e."transaction_sequence" = t."sequence" AND e."account" LIKE 'donations:%'
  UNION ALL
  SELECT p."pledge_id", t."sequence", p."id", r."id", t."occurred_on", -e."amount"
  FROM "payment_refunds" r
  JOIN "payments" p ON p."id" = r."payment_id"
  JOIN "ledger_transactions" t ON t."sequence" = r."ledger_sequence"
  JOIN "ledger_entries" e ON e."transaction_sequence" = t."sequence" AND e."account" LIKE 'donations:%';
