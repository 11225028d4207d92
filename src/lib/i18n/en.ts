import { common } from './en/common.ts';
import { search } from './en/search.ts';
import { units } from './en/units.ts';
import { progress } from './en/progress.ts';
import { map } from './en/map.ts';
import { embed } from './en/embed.ts';
import { openData } from './en/open-data.ts';
import { campaigns } from './en/campaigns.ts';
import { criteria } from './en/criteria.ts';
import { selfCheck } from './en/self-check.ts';
import { households } from './en/households.ts';
import { pledges } from './en/pledges.ts';
import { payments } from './en/payments.ts';
import { stripe } from './en/stripe.ts';
import { receipts } from './en/receipts.ts';
import { ledger } from './en/ledger.ts';
import { recognition } from './en/recognition.ts';
import { deliveries } from './en/deliveries.ts';
import { complaints } from './en/complaints.ts';
import { imports } from './en/imports.ts';
import { reports } from './en/reports.ts';
import { workspace } from './en/workspace.ts';
import { privacy } from './en/privacy.ts';
import { privacyNotice } from './en/privacy-notice.ts';
import { transparencyLog } from './en/transparency-log.ts';
import { witnesses } from './en/witnesses.ts';
import { receiptKeys } from './en/receipt-keys.ts';
import { official } from './en/official.ts';
import { feeds } from './en/feeds.ts';
import type { Messages } from './vi.ts';

/** English: the same namespaces and keys as Vietnamese, checked by the type system. */
export const en = {
  common,
  search,
  units,
  progress,
  map,
  embed,
  openData,
  campaigns,
  criteria,
  selfCheck,
  households,
  pledges,
  payments,
  stripe,
  receipts,
  ledger,
  recognition,
  deliveries,
  complaints,
  imports,
  reports,
  workspace,
  privacy,
  privacyNotice,
  transparencyLog,
  witnesses,
  receiptKeys,
  official,
  feeds,
} satisfies Messages;
