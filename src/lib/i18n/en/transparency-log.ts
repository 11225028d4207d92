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
  inLog: (index, size, signedAt) =>
    `Entered in the public transparency log: record ${index} of the checkpoint of ${size} records${signedAt ? `, signed ${signedAt}` : ''}. The portal has just checked the proof from this receipt to the checkpoint's root, and the checkpoint's signature with the log's key.`,
  proofProblem: {
    noProof: (code) => `${code}: no proof in the transparency log.`,
    malformedProof: (code) => `${code}: the transparency log proof the file carries is not in the log's format.`,
    checkpointUnsigned: (code) =>
      `${code}: the checkpoint the receipt carries is not signed by the transparency log's key — do not trust this proof.`,
    notIncluded: (code) =>
      `${code}: the proof does not lead from this receipt to the root of the transparency log's checkpoint — the receipt or its proof was altered.`,
    logRewritten: (code) =>
      `${code}: the transparency log signed the checkpoint the receipt carries, but now keeps another root for the same number of records — the log was rewritten.`,
  },
  pdfLogged: (index, size, signedOn) =>
    `This receipt is entered in the portal's public transparency log: record ${index}, in the checkpoint of ${size} records${signedOn ? ` signed on ${signedOn}` : ' (signing date not stated)'}. The file's data carries the proof, for anyone to check.`,
  pdfNotLogged:
    "When this file was made, the receipt was not in the public transparency log yet; the receipt's page says when it is.",
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
