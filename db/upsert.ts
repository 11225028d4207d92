import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/** `SET col = excluded.col` for every column but the conflict target: an upsert that overwrites. */
export function overwriteFromExcluded<T extends PgTable>(table: T, keep: string[]): Record<string, SQL> {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([key]) => !keep.includes(key))
      // Columns are named by the snake_case convention set in db/client.ts.
      .map(([key, column]) => [
        key,
        sql`excluded.${sql.identifier(column.keyAsName ? toSnakeCase(key) : column.name)}`,
      ]),
  );
}

/** Splits rows so that one statement stays well under Postgres's 65,535 parameters. */
export function inBatches<T>(rows: T[], size = 1000): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}
