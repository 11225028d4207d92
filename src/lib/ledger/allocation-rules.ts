import type { Fund } from './accounts.ts';

/** Who an allocation line gives to, placed by its 2025 commune and province. */
export interface AllocationRecipient {
  kind: 'commune' | 'household';
  code: string;
  communeCode: string;
  provinceCode: string;
}

/**
 * Recipients a fund may not give to: a campaign's fund gives anywhere, a province's only within
 * the province, a commune's only to its own homes (never to a commune's fund, its own included).
 */
export function recipientsOutsideFund(fund: Fund, recipients: readonly AllocationRecipient[]): AllocationRecipient[] {
  return recipients.filter((recipient) => {
    if (fund.kind === 'province') return recipient.provinceCode !== fund.code;
    if (fund.kind === 'commune') return recipient.kind === 'commune' || recipient.communeCode !== fund.code;
    return false;
  });
}
