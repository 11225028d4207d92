-- Allocation lines are records of money like the decisions they belong to. Unlike the other
-- append-only tables, no foreign key points at them, so TRUNCATE was not stopped by one: refuse it.
CREATE TRIGGER allocation_lines_no_truncate BEFORE TRUNCATE ON "allocation_lines"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_money_record();
