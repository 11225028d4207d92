-- Household sheets were kept as uploaded, every householder's full name in them, though only
-- initials are published (Law 91/2025/QH15, minimisation; README, "Privacy"). An upload never
-- saved is a preview, which its official uploads again: it goes. A saved one keeps, for the
-- audit, the template's ten columns, each name replaced by the initials its household was saved
-- with (the code is in the first column, the name in the fourth).
DELETE FROM "household_imports" WHERE "saved_at" IS NULL;
--> statement-breakpoint
UPDATE "household_imports" AS "kept"
SET "cells" = coalesce((
  SELECT jsonb_agg(
    coalesce((
      SELECT jsonb_agg(
        CASE
          WHEN "row"."line" > 1 AND "cell"."position" = 4 THEN to_jsonb(coalesce((
            SELECT "households"."display_name" FROM "households"
            WHERE "households"."public_code" = upper(btrim("row"."cells" ->> 0))
          ), ''))
          ELSE "cell"."value"
        END
        ORDER BY "cell"."position")
      FROM jsonb_array_elements("row"."cells") WITH ORDINALITY AS "cell"("value", "position")
      WHERE "cell"."position" <= 10
    ), '[]'::jsonb)
    ORDER BY "row"."line")
  FROM jsonb_array_elements("kept"."cells") WITH ORDINALITY AS "row"("cells", "line")
), '[]'::jsonb);
