import type { Machine, Material } from '../pledges/vocabulary.ts';

/**
 * Đồng per unit used to value materials (and per shift, machines) given in kind for recognition, until the province's
 * published construction price bulletin (thông báo giá vật liệu xây dựng) is entered. DEMO: made
 * up for demonstration, and labelled so wherever a value computed from them is shown.
 */
export const referencePrices: { demo: true; perUnit: Record<Material, bigint>; perShift: Record<Machine, bigint> } = {
  demo: true,
  perUnit: {
    cement: 90_000n, // a 50 kg bag
    steel: 16_000n, // a kilogram
    roofing: 120_000n, // a square metre of sheet roofing
    bricks: 1_500n, // a brick
    sand: 350_000n, // a cubic metre
    gravel: 400_000n, // a cubic metre
    timber: 8_000_000n, // a cubic metre
    other: 0n, // unknown: counted in quantities only
  },
  // A machine shift (ca máy) with its operator and fuel, as a province's machine-shift price list would set it.
  perShift: {
    excavator: 3_500_000n,
    truck: 2_000_000n,
    crane: 4_000_000n,
    concrete_mixer: 600_000n,
    roller: 2_500_000n,
    other: 0n, // unknown: counted in shifts only
  },
};
