import type { Messages } from '../vi.ts';

export const witnesses = {
  title: 'Independent witnesses',
  intro:
    'A witness is an organisation independent of the portal (a newspaper, a university, the Fatherland Front…) that runs npm run witness itself: it checks that the latest checkpoint extends the one it saw before, then cosigns it (C2SP tlog-cosignature). Should the log be rewritten, or two people be shown two different histories, the witness refuses to cosign and reports it.',
  setting: "The list of registered witnesses is a setting of the portal's operator, not a statement of any source.",
  cosignedBy: (size) => `The current checkpoint (${size} records) is cosigned by:`,
  cosignedAt: (when) => `cosigned at ${when}`,
  none: 'No witness has cosigned the current checkpoint yet.',
  noneRegistered: 'The operator has registered no witness yet.',
  checkpoint: 'The checkpoint with its cosignatures',
  key: "The witness's key",
  answer: {
    kept: (names, size) => `Kept the cosignature of ${names} for the checkpoint of ${size} records.`,
    keptBefore: (names, size) => `The cosignature of ${names} for the checkpoint of ${size} records was kept before.`,
    unknownWitness: (names) => `${names} is not a registered witness: the portal's operator registers a witness's key.`,
    noCosignature: 'The checkpoint sent carries no cosignature.',
    notOurs: "This is not a checkpoint the portal's transparency log signed.",
    malformed: "What was sent is not a checkpoint with a witness's valid cosignature (a C2SP signed note).",
    notText: 'What was sent is not UTF-8 text.',
  },
} satisfies Messages['witnesses'];
