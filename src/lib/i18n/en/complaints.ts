import type { Messages } from '../vi.ts';
import { privacy } from './privacy.ts';

export const complaints = {
  complaintTitle: 'Raise a complaint',
  intro:
    'Is something wrong (a household that does not qualify, a wrong stage, a household in need left out)? Raise a complaint: the commune’s officers look into it and answer publicly on this page.',
  about: 'About',
  aboutHousehold: (code: string, commune: string) => `Household ${code} on the list of ${commune}`,
  aboutCommune: (commune: string) => `The figures or household list of ${commune}`,
  message: 'Your complaint',
  messageHint:
    'Only the commune’s and province’s officers read this. Do not write other people’s ID numbers, phone numbers or addresses.',
  contact: 'How to reach you (optional, never public)',
  contactHint: 'For example your name and a phone number or email, if you want an officer to contact you.',
  submit: 'Send complaint',
  errors: 'Not sent, because:',
  problem: {
    subjectUnknown: 'The commune or household was not found; open the form again from the commune’s page.',
    messageTooShort: 'Write your complaint (at least 10 characters).',
    messageTooLong: 'A complaint can have at most 2,000 characters.',
    contactTooLong: 'Contact details can have at most 200 characters.',
    tooMany: 'Too many complaints from where you are; try again in a few minutes.',
    statusNotAllowed: 'The complaint cannot move to this status.',
    answerMissing: 'Write the public answer (10–2,000 characters).',
    notYourCommune: 'You may not answer complaints in this unit.',
    ...privacy.publicTextProblem,
  },
  pageTitle: (reference: string) => `Complaint ${reference}`,
  saved: (reference: string) =>
    `Complaint received. Its reference is ${reference}: keep it to follow the answer on this page.`,
  reference: 'Reference',
  status: 'Status',
  statusLabel: {
    received: 'Received',
    in_progress: 'Being handled',
    answered: 'Answered',
  },
  subjectLabel: {
    household_entry: 'A household on the list',
    commune_figures: 'The commune’s figures or list',
  },
  received: 'Received on',
  due: 'Answer due by',
  dueNote: (days: number) =>
    `An answer is due ${days} days after receipt, as the portal’s own commitment; the plans set no time limit of their own.`,
  overdue: 'Overdue',
  answer: 'The commune’s answer',
  answeredOn: 'Answered on',
  noAnswer: 'No answer yet.',
  household: 'Household',
  complaintsTitle: 'Complaints',
  none: 'No complaints about this commune yet.',
  caption: (commune: string) => `Complaints about ${commune}`,
  aboutCommuneLink: 'Raise a complaint about the commune’s figures or list',
  aboutHouseholdLink: 'Complain',
  aboutHouseholdLabel: (code: string) => `Raise a complaint about household ${code}`,
} satisfies Messages['complaints'];
