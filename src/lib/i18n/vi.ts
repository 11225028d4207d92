import { common } from './vi/common.ts';
import { search } from './vi/search.ts';
import { units } from './vi/units.ts';
import { progress } from './vi/progress.ts';
import { map } from './vi/map.ts';
import { embed } from './vi/embed.ts';
import { openData } from './vi/open-data.ts';
import { campaigns } from './vi/campaigns.ts';
import { criteria } from './vi/criteria.ts';
import { selfCheck } from './vi/self-check.ts';
import { households } from './vi/households.ts';
import { pledges } from './vi/pledges.ts';
import { payments } from './vi/payments.ts';
import { stripe } from './vi/stripe.ts';
import { receipts } from './vi/receipts.ts';
import { ledger } from './vi/ledger.ts';
import { recognition } from './vi/recognition.ts';
import { deliveries } from './vi/deliveries.ts';
import { complaints } from './vi/complaints.ts';
import { imports } from './vi/imports.ts';
import { reports } from './vi/reports.ts';
import { workspace } from './vi/workspace.ts';
import { privacy } from './vi/privacy.ts';
import { privacyNotice } from './vi/privacy-notice.ts';
import { transparencyLog } from './vi/transparency-log.ts';
import { witnesses } from './vi/witnesses.ts';
import { receiptKeys } from './vi/receipt-keys.ts';
import { official } from './vi/official.ts';
import { feeds } from './vi/feeds.ts';

/**
 * Vietnamese, the portal's first language: one object per namespace (a concept of the portal),
 * read as `t.pledges.title`. The English catalogue (en.ts) is type-checked against its shape.
 */
export const vi = {
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
};

/** The shape of every language's messages: Vietnamese's, with each function's parameter types. */
export type Messages = typeof vi;
