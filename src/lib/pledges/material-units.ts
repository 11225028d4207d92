import type { Locale } from '../i18n/locales.ts';
import { materials, type Material, type MaterialUnit } from './vocabulary.ts';

/**
 * The units donors count materials in, each converted exactly into the unit a material is kept
 * in (its catalogue unit, `materials`): no floating point, and a quantity that does not come to a
 * whole stored unit is refused rather than rounded.
 */

/** Units a donor may type a quantity in, beside each material's own unit. */
export const quantityUnits = ['bag', 'tonne', 'kg', 'm2', 'sheet', 'piece', 'm3'] as const;
export type QuantityUnit = (typeof quantityUnits)[number];

/** A conversion factor to the stored unit, as a fraction (numerator / denominator). */
export interface Factor {
  numerator: bigint;
  denominator: bigint;
  /** Set by the portal, not by a standard: shown as the portal's own setting wherever it is used. */
  portalSetting: boolean;
}

const exact = (numerator: bigint, denominator = 1n): Factor => ({ numerator, denominator, portalSetting: false });

/**
 * Square metres one roofing sheet counts for. The PORTAL'S OWN SETTING (sheets are sold in many
 * sizes): a sheet of 1 m useful width and 2 m length. Shown as such beside every conversion.
 */
export const roofingSheetSquareMetres = 2n;

/** The units each material may be pledged in, its stored unit first, with the factor to it. */
export const materialQuantityUnits: Record<Material, Partial<Record<QuantityUnit, Factor>>> = {
  cement: { bag: exact(1n), tonne: exact(20n) }, // bags of 50 kg: 1 t = 1000 kg = 20 bags
  steel: { kg: exact(1n), tonne: exact(1000n) },
  roofing: { m2: exact(1n), sheet: { ...exact(roofingSheetSquareMetres), portalSetting: true } },
  bricks: { piece: exact(1n) },
  sand: { m3: exact(1n) },
  gravel: { m3: exact(1n) },
  timber: { m3: exact(1n) },
  other: { piece: exact(1n) },
};

/** The units a material may be pledged in, its stored unit first. */
export function unitsOf(material: Material): QuantityUnit[] {
  return Object.keys(materialQuantityUnits[material]) as QuantityUnit[];
}

/** A decimal number read exactly: `digits / 10^scale`. */
export interface ExactDecimal {
  digits: bigint;
  scale: number;
}

/**
 * Reads a quantity as people write it in the page's language: Vietnamese "1.500" and "1,5",
 * English "1,500" and "1.5" (thousands grouped by threes; at most three decimals). Undefined for
 * anything else, zero included.
 *
 * @example parseQuantity('vi', '2,5') // { digits: 25n, scale: 1 }
 */
export function parseQuantity(locale: Locale, text: string): ExactDecimal | undefined {
  const [thousands, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const trimmed = text.trim().replace(/\s/g, '');
  const escape = (c: string) => `\\${c}`;
  const pattern = new RegExp(`^(\\d{1,3}(?:${escape(thousands)}\\d{3})+|\\d{1,9})(?:${escape(decimal)}(\\d{1,3}))?$`);
  const match = pattern.exec(trimmed);
  if (!match) return undefined;
  const whole = match[1]!.split(thousands).join('');
  const fraction = match[2] ?? '';
  const digits = BigInt(whole + fraction);
  if (digits === 0n || whole.length > 9) return undefined;
  return { digits, scale: fraction.length };
}

/**
 * A quantity in a unit, converted into the material's stored unit; undefined when the unit does
 * not fit the material or the result is not a whole number of stored units.
 *
 * @example toStoredQuantity('cement', 'tonne', { digits: 25n, scale: 1 }) // 50 (bags)
 */
export function toStoredQuantity(material: Material, unit: QuantityUnit, quantity: ExactDecimal): bigint | undefined {
  const factor = materialQuantityUnits[material][unit];
  if (!factor) return undefined;
  const numerator = quantity.digits * factor.numerator;
  const denominator = 10n ** BigInt(quantity.scale) * factor.denominator;
  return numerator % denominator === 0n ? numerator / denominator : undefined;
}

/**
 * A stored quantity in each other unit of its material where it comes out whole, e.g. 40 bags
 * of cement are also 2 t; 30 bags (1.5 t) too, as an exact decimal.
 */
export function otherUnits(
  material: Material,
  stored: bigint,
): { unit: QuantityUnit; quantity: ExactDecimal; portalSetting: boolean }[] {
  const storedUnit: MaterialUnit = materials[material];
  return Object.entries(materialQuantityUnits[material]).flatMap(([unit, factor]) => {
    if (unit === storedUnit || !factor) return [];
    // stored = q × factor, so q = stored × denominator / numerator: shown when it has ≤ 3 decimals.
    for (let scale = 0; scale <= 3; scale++) {
      const scaled = stored * factor.denominator * 10n ** BigInt(scale);
      if (scaled % factor.numerator === 0n)
        return [
          {
            unit: unit as QuantityUnit,
            quantity: { digits: scaled / factor.numerator, scale },
            portalSetting: factor.portalSetting,
          },
        ];
    }
    return [];
  });
}

/** An exact decimal written in the page's language: "1,5" in Vietnamese, "1.5" in English. */
export function formatExactDecimal(locale: Locale, { digits, scale }: ExactDecimal): string {
  const text = digits.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  const [thousands, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}
