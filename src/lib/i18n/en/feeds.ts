import type { Messages } from '../vi.ts';

export const feeds = {
  feedTitle: (place) => `${place}: homes completed, money in and out — Chung tay`,
  ledgerTitle: 'National ledger: money in and out — Chung tay',
  subtitle: 'Homes completed and handed over, money received from donors, money allocated and paid out, newest first.',
  ledgerSubtitle: 'Money received from donors, allocated and paid out across the country, newest first.',
  follow: 'Follow by Atom (RSS)',
  followLabel: (place) => `Atom feed of ${place}`,
  completed: (home, place) => `Home of household ${home} completed, ${place}`,
  handedOver: (home, place) => `Home handed over to household ${home}, ${place}`,
  onDay: (day) => `On ${day}.`,
  moneyIn: (amount, donor) => `${amount} received from ${donor}`,
  refund: (amount, donor) => `${amount} refunded to ${donor}`,
  anonymousDonor: 'an anonymous donor',
  moneyInSummary: (reference, receipt) => `Pledge ${reference}${receipt ? `, receipt ${receipt}` : ''}.`,
  moneyOut: {
    allocation: (amount) => `${amount} allocated`,
    disbursement: (amount) => `${amount} paid out to homes`,
    reversal: (amount) => `Reversal of ${amount}`,
  },
  moneyOutSummary: (document, description) =>
    `${document ? `Document ${document}` : 'No document number'}: ${description}`,
} satisfies Messages['feeds'];
