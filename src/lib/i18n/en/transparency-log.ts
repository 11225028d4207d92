import type { Messages } from '../vi.ts';

export const transparencyLog = {
  title: 'Transparency log',
  intro:
    'Every ledger transaction, receipt and audit log event is written into a Merkle tree as RFC 6962 defines it. The portal signs a checkpoint in the C2SP format every few minutes: whoever saves one can later check that no earlier record was changed or removed.',
  checkpoint: 'Latest checkpoint',
  checkpointNone: 'No checkpoint yet.',
  records: (size) => `${size} records`,
  verifierKey: "The log's verifier key",
  addresses: 'Addresses',
  receiptProof: 'In the transparency log',
  receiptProofIntro: (index, size) =>
    `This receipt is record ${index} of the checkpoint of ${size} records. Its JSON and PDF carry the audit path and the signed checkpoint, to check offline (npm run verify-receipt).`,
  receiptProofPending: 'This receipt is not in the transparency log yet; it will be within minutes.',
  problem: {
    recordMissing:
      'The record parameter names what to prove, e.g. receipt:24-000017, ledger_transaction:17 or audit_event:5.',
    recordUnknown: (record) => `The transparency log holds no record “${record}”.`,
    size: 'Tree sizes (size, from, to) are whole numbers from 0.',
    checkpointUnknown: (size) => `No checkpoint has ${size} records.`,
    notYetLogged: 'The record is not in that checkpoint yet; ask for the latest.',
    sizesReversed: 'The size from must not be larger than to.',
    beyondLog: (size) => `The log holds ${size} records so far.`,
  },
} satisfies Messages['transparencyLog'];
