CREATE TABLE "complaints" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "complaints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"subject" text NOT NULL,
	"commune_code" text NOT NULL,
	"household_code" text,
	"message" text NOT NULL,
	"contact" text,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_on" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "complaints_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE INDEX "complaints_commune_code_index" ON "complaints" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "complaints_household_code_index" ON "complaints" USING btree ("household_code");