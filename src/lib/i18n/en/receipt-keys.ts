import type { Messages } from '../vi.ts';

export const receiptKeys = {
  title: 'Receipt signing keys',
  intro:
    'Every receipt is signed with one of the portal’s Ed25519 keys. When the key is replaced (npm run rotate-receipt-key), the old key stays published here with the period it signed in, so the receipts it signed still verify; a receipt dated outside the period of the key that signed it is refused.',
  inLog: 'Each replacement of the key is an audit log event, so the key list is in the transparency log too.',
  keyId: 'Key id',
  validFrom: 'In use from',
  validUntil: 'Until',
  status: 'Status',
  fromStart: 'the portal’s start',
  current: 'in use',
  retired: 'retired',
  publicKey: 'Public key (PEM)',
  json: 'The key list as JSON, to check receipts offline (npm run verify-receipt -- receipt.json --keys keys.json)',
} satisfies Messages['receiptKeys'];
