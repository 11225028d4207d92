/** What an audited change did; one value per kind of change an official can make. */
export const auditActions = [
  'official_created', // an account was made (by an admin, or the first admin by a command)
  'official_grant_added', // a role over an area was given
  'official_grant_removed', // a role over an area was taken back
  'official_deactivated', // an account can no longer sign in
  'second_factor_enrolled', // an official confirmed their authenticator app
  'household_stage_recorded', // a home moved to a stage (before: the old stage, after: the new one)
  'household_edited', // a household's record was corrected (before and after: village, group, support)
  'households_imported', // a household list was saved (after: the import, its campaign and codes)
  'statement_imported', // a bank statement was imported (after: its file, credits added and matched)
  'statement_row_matched', // a treasurer matched a bank credit to a pledge by hand
  'delivery_recorded', // materials delivered or workdays performed against a pledge
  'allocation_recorded', // a fund's allocation decision was booked (after: number, date, fund, lines)
  'disbursement_recorded', // money allocated to a home was paid out (after: home, amount, voucher)
  'ledger_reversed', // a ledger transaction was undone by its reversal (after: the reason)
  'official_reports_imported', // published figures were imported (after: the file, rows added and already there)
  'local_top_up_entered', // a local top-up was entered (after: the entry as kept)
  'complaint_status_changed', // a complaint was taken up or answered (after: the status and public answer)
  'receipt_key_rotated', // a new key signs receipts from now on, by a command (after: its id, public key and start)
] as const;
export type AuditAction = (typeof auditActions)[number];
