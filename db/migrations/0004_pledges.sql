CREATE TABLE "donors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "donors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"name" text NOT NULL,
	"tax_code" text,
	"display_choice" text NOT NULL,
	"public_name" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" char(10) NOT NULL,
	"private_token_hash" char(64) NOT NULL,
	"donor_id" integer NOT NULL,
	"target_kind" text NOT NULL,
	"target_code" text NOT NULL,
	"campaign_id" text,
	"kind" text NOT NULL,
	"amount" bigint,
	"material" text,
	"material_description" text,
	"quantity" integer,
	"skill" text,
	"expires_on" date,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_reference_unique" UNIQUE("reference"),
	CONSTRAINT "pledges_privateTokenHash_unique" UNIQUE("private_token_hash"),
	CONSTRAINT "pledges_quantity_fits_kind" CHECK (case "pledges"."kind"
        when 'money' then "pledges"."amount" > 0 and "pledges"."quantity" is null
        when 'material' then "pledges"."material" is not null and "pledges"."quantity" > 0 and "pledges"."amount" is null
        when 'labour' then "pledges"."skill" is not null and "pledges"."quantity" > 0 and "pledges"."amount" is null
      end)
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_donor_id_donors_id_fk" FOREIGN KEY ("donor_id") REFERENCES "public"."donors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pledges_target_kind_target_code_index" ON "pledges" USING btree ("target_kind","target_code");--> statement-breakpoint
CREATE INDEX "pledges_donor_id_index" ON "pledges" USING btree ("donor_id");