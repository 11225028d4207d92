/**
 * Demonstration gifts for the demo portal: invented donors (their names say so) giving money to
 * communes and homes of the demo households, paid by card, so that the ledger, receipts and donor
 * wall have something to show. Deterministic, like the demo households.
 */
export interface DemoGift {
  /** Pledge form fields, as a donor would submit them. */
  fields: Record<string, string>;
  /** Whole đồng received; the stand-in card payment's id makes seeding twice add nothing. */
  received: bigint;
  paymentId: string;
}

/** The stand-in card payment ids of demo gifts begin so: how a demo gift, and its receipt, is known. */
export const demoPaymentPrefix = 'pi_demo_';

const donors: { name: string; type: 'person' | 'organisation'; display: string }[] = [
  { name: 'Công ty Minh họa An Phát', type: 'organisation', display: 'full_name' },
  { name: 'Ngân hàng Minh họa Đồng Tâm', type: 'organisation', display: 'full_name' },
  { name: 'Nguyễn Văn Minh Họa', type: 'person', display: 'initials' },
  { name: 'Trần Thị Minh Họa', type: 'person', display: 'anonymous' },
  { name: 'Hội Doanh nghiệp Minh họa', type: 'organisation', display: 'full_name' },
];

/**
 * Gifts to the given communes and homes in turn: a commune's fund or one of its homes, amounts
 * from 500,000 to 20,000,000 đồng, some paid only in part.
 */
export function generateDemoGifts(places: { commune: string; homes: string[] }[], count = 40): DemoGift[] {
  if (places.length === 0) return [];
  return Array.from({ length: count }, (_, n) => {
    const place = places[n % places.length]!;
    const donor = donors[n % donors.length]!;
    const toHome = n % 3 === 2 && place.homes.length > 0;
    const pledged = 500_000n * BigInt(1 + ((n * 7) % 40));
    return {
      fields: {
        targetKind: toHome ? 'household' : 'commune',
        targetCode: toHome ? place.homes[n % place.homes.length]! : place.commune,
        kind: 'money',
        amount: String(pledged),
        donorType: donor.type,
        donorName: donor.name,
        taxCode: '',
        displayChoice: donor.display,
        email: '',
      },
      received: n % 4 === 3 ? pledged / 2n : pledged,
      paymentId: `${demoPaymentPrefix}${n + 1}`,
    };
  });
}
