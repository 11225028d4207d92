import { formatDong, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatExactDecimal, otherUnits, roofingSheetSquareMetres, type QuantityUnit } from './material-units.ts';
import type { LabourSkill, Machine, Material, PledgeKind } from './vocabulary.ts';

export interface Gift {
  kind: PledgeKind;
  amount?: bigint | null;
  quantity: number | null;
  material: Material | null;
  materialDescription: string | null;
  skill: LabourSkill | null;
  machine?: Machine | null;
  machineDescription?: string | null;
}

/** The words a gift is told in: the `pledges` messages of one language. */
export interface GiftWords {
  pledges: {
    materialLabel: Record<Material, string>;
    skillLabel: Record<LabourSkill, string>;
    machineLabel: Record<Machine, string>;
    unitLabel: Record<QuantityUnit, string>;
    portalConversion: (sheet: string) => string;
    workdays: string;
    shiftsWord: string;
  };
}

/**
 * What a pledge promises, in words: "5.000.000 ₫", "40 × Xi măng (bao 50 kg) = 2 tấn",
 * "10 ngày công · Thợ xây", "3 ca máy · Máy xúc, máy đào". A material is also told in its other
 * unit where the quantity comes out exact, with the portal's own conversions said to be such.
 */
export function describeGift(t: GiftWords, locale: Locale, gift: Gift): string {
  if (gift.kind === 'money') return formatDong(locale, gift.amount!);
  const quantity = formatNumber(locale, gift.quantity!);
  if (gift.kind === 'material') {
    const detail = gift.materialDescription ? ` (${gift.materialDescription})` : '';
    const others = otherUnits(gift.material!, BigInt(gift.quantity!));
    const also = others
      .map((o) => ` = ${formatExactDecimal(locale, o.quantity)} ${t.pledges.unitLabel[o.unit]}`)
      .join('');
    const setting = others.some((o) => o.portalSetting)
      ? ` (${t.pledges.portalConversion(String(roofingSheetSquareMetres))})`
      : '';
    return `${quantity} × ${t.pledges.materialLabel[gift.material!]}${detail}${also}${setting}`;
  }
  if (gift.kind === 'machinery') {
    const detail = gift.machineDescription ? ` (${gift.machineDescription})` : '';
    return `${quantity} ${t.pledges.shiftsWord} · ${t.pledges.machineLabel[gift.machine!]}${detail}`;
  }
  return `${quantity} ${t.pledges.workdays.toLowerCase()} · ${t.pledges.skillLabel[gift.skill!]}`;
}
