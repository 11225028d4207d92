import { formatDong } from '../format.ts';
import type { Messages } from '../vi.ts';

export const stripe = {
  eventProblem: {
    amountNotWholeDong: 'The amount is not whole đồng.',
    amountNotPositive: 'The amount must be above zero.',
    amountTooLarge: (maximum: bigint) =>
      `The amount is above the most the portal records (${formatDong('en', maximum)}).`,
    currencyNotVnd: 'The currency is not VND.',
    timeInFuture: "The event's time is in the future by this server's clock.",
  },
  refundProblem: {
    paymentUnknown: 'No card payment has this PaymentIntent (its payment event may not have arrived yet).',
    refundExceedsPayment: 'More is refunded than was paid.',
    refundChanged: 'This refund was recorded before with another amount; it is kept as first recorded.',
  },
  unknownPledge: 'The payment names no pledge of this portal.',
  badSignature: "The signature does not match this endpoint's secret.",
  notConfigured: 'Card payments are not configured here.',
} satisfies Messages['stripe'];
