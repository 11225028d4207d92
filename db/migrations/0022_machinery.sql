ALTER TABLE "pledges" DROP CONSTRAINT "pledges_quantity_fits_kind";--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "machine" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "machine_description" text;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_quantity_fits_kind" CHECK (case "pledges"."kind"
        when 'money' then "pledges"."amount" > 0 and "pledges"."quantity" is null
        when 'material' then "pledges"."material" is not null and "pledges"."quantity" > 0 and "pledges"."amount" is null
        when 'labour' then "pledges"."skill" is not null and "pledges"."quantity" > 0 and "pledges"."amount" is null
        when 'machinery' then "pledges"."machine" is not null and "pledges"."quantity" > 0 and "pledges"."amount" is null
      end);