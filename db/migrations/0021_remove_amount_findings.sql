-- No plan sets a support amount per home: a record's amount is no longer held against one
-- (issue 15.1), so the findings that did so go.
DELETE FROM "household_findings" WHERE "rule" = 'support-amount';
