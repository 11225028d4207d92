CREATE TABLE "receipt_signing_keys" (
	"key_id" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"valid_from" timestamp with time zone,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "receipt_signing_keys_validFrom_unique" UNIQUE("valid_from")
);
--> statement-breakpoint
CREATE TABLE "transparency_cosignatures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_cosignatures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"origin" text NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" text NOT NULL,
	"witness_name" text NOT NULL,
	"key_id" bigint NOT NULL,
	"signature" text NOT NULL,
	"cosigned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_cosignatures_origin_treeSize_rootHash_witnessName_keyId_unique" UNIQUE("origin","tree_size","root_hash","witness_name","key_id")
);
--> statement-breakpoint
CREATE TRIGGER transparency_cosignatures_append_only BEFORE UPDATE OR DELETE ON "transparency_cosignatures"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER transparency_cosignatures_no_truncate BEFORE TRUNCATE ON "transparency_cosignatures"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER receipt_signing_keys_append_only BEFORE UPDATE OR DELETE ON "receipt_signing_keys"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_money_record();--> statement-breakpoint
CREATE TRIGGER receipt_signing_keys_no_truncate BEFORE TRUNCATE ON "receipt_signing_keys"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
