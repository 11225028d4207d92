import type { Messages } from '../vi.ts';

export const receipts = {
  title: 'Receipt for a gift',
  demoNotice: 'Demo data: the gift this receipt is for was generated for testing and is not a real gift.',
  pageTitle: (code: string) => `Receipt ${code}`,
  number: 'Receipt number',
  issuer: 'Received by',
  issuedAt: 'Issued',
  donor: 'Donor',
  gift: 'Gift',
  inWords: 'In words',
  receivedOn: 'Received on',
  channel: 'Channel',
  channelLabel: { bank_transfer: 'Bank transfer', card: 'Card', delivery: 'Delivered in kind or as workdays' },
  for: 'For',
  pledge: 'Pledge reference',
  ledger: 'Ledger transaction',
  key: 'Signing key',
  signature: 'Digital signature (Ed25519)',
  authentic: "Authentic receipt: the signature matches the portal's public key and the register of receipts.",
  verifyHint:
    'Anyone can check a receipt: scan the QR code, or download the JSON/PDF file and check it offline with the public key.',
  downloadPdf: 'Download PDF',
  downloadJson: 'Download signed file (JSON)',
  publicKey: 'Public key',
  qrLabel: (code: string) => `QR code leading to the verification page of receipt ${code}`,
  ofPledge: 'Receipts',
  none: "No receipt yet: one is issued when money reaches the fund's account or a delivery is recorded.",
  downloadAll: 'Download all receipts (PDF)',
  verifyTitle: 'Check a receipt',
  verifyIntro:
    'Choose a receipt file (.json or .pdf downloaded from the portal). The portal checks the signature of its data and of the whole PDF, then compares it with the register of receipts issued.',
  verifyFile: 'Receipt file (.json or .pdf, up to 2 MB)',
  verifySubmit: 'Check',
  verifyFileMissing: 'Choose a receipt file.',
  verifyFileTooLarge: 'The file is too large: a receipt file is at most 2 MB.',
  verifyNoReceipt: "This file holds no receipt of the portal's.",
  verifyOk: (code: string) => `${code}: authentic — the signature is valid and matches the register.`,
  refundedSince: (amount: string) =>
    `Since this receipt was issued, ${amount} of it has been refunded to the payer; what was refunded does not count as received.`,
  verifyProblem: {
    malformed: (code: string) => `${code}: not in the receipt format.`,
    unknownKey: (code: string) => `${code}: signed with a key the portal never published.`,
    badSignature: (code: string) =>
      `${code}: the signature does not match the content — the receipt was altered or forged.`,
    outsideKeyPeriod: (code: string) =>
      `${code}: dated outside the period in which the key that signed it was in use — the portal did not sign this receipt.`,
    notRegistered: (code: string) => `${code}: the signature is valid but the receipt is not in the register.`,
    differs: (code: string, fields: string) => `${code}: differs from the register in: ${fields}.`,
    pdfUnsigned: (code: string) =>
      `${code}: this PDF does not end with the portal’s signature of the whole file (cut short, added to, drawn elsewhere around a receipt’s data, or downloaded before the portal signed its PDFs): do not trust what it shows. Download the PDF again from the receipt’s page.`,
    pdfAltered: (code: string) =>
      `${code}: this PDF was changed after the portal made it (the file’s signature does not match): do not trust what it shows.`,
  },
  signedHeading: (code: string) => `What the portal signed for receipt ${code}`,
  signedHint: 'Compare each line with the paper or file you hold: only what is written here was signed.',
  openReceipt: (code: string) => `Page of receipt ${code}`,
  lookupTitle: 'Look up a receipt number',
  lookupNumber: 'Receipt number (as printed on the receipt, e.g. 42-000017)',
  lookupSubmit: 'Look up',
  lookupFound: (code: string) => `${code}: in the register of receipts, its signature valid.`,
  lookupProblem: {
    numberMissing: 'Enter a receipt number.',
    numberMalformed: (number: string) =>
      `“${number}” is not a receipt number: a receipt number is the receiving fund’s code, a hyphen and a sequence number, e.g. 42-000017.`,
    numberUnknown: (code: string) => `There is no receipt ${code} in the register of receipts.`,
  },
  apiFormat: 'Receipts come as json or pdf.',
  apiUnknown: (code) => `There is no receipt “${code}”.`,
  anonymousDonor: 'Anonymous donor',
} satisfies Messages['receipts'];
