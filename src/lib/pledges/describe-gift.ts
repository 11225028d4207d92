import { formatDong, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LabourSkill, Material, PledgeKind } from './vocabulary.ts';

export interface Gift {
  kind: PledgeKind;
  amount?: bigint | null;
  quantity: number | null;
  material: Material | null;
  materialDescription: string | null;
  skill: LabourSkill | null;
}

/** The words a gift is told in: the `pledges` messages of one language. */
export interface GiftWords {
  pledges: { materialLabel: Record<Material, string>; skillLabel: Record<LabourSkill, string>; workdays: string };
}

/**
 * What a pledge promises, in words: "5.000.000 ₫", "100 × Xi măng (bao)", "10 ngày công · Thợ xây".
 */
export function describeGift(t: GiftWords, locale: Locale, gift: Gift): string {
  if (gift.kind === 'money') return formatDong(locale, gift.amount!);
  const quantity = formatNumber(locale, gift.quantity!);
  if (gift.kind === 'material') {
    const detail = gift.materialDescription ? ` (${gift.materialDescription})` : '';
    return `${quantity} × ${t.pledges.materialLabel[gift.material!]}${detail}`;
  }
  return `${quantity} ${t.pledges.workdays.toLowerCase()} · ${t.pledges.skillLabel[gift.skill!]}`;
}
