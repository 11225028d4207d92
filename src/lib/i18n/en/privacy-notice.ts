import type { Messages } from '../vi.ts';

export const privacyNotice = {
  link: 'Privacy notice',
  title: 'Privacy notice',
  intro:
    'This portal publishes the progress in replacing temporary and dilapidated houses, and the contributions to it, so that people can oversee them. This page says who is responsible for personal data, on what legal basis, what is published and why, how long it is kept and how you exercise your rights.',
  controllerTitle: 'Data controller',
  controllerIs: (name) => `The controller of personal data on this portal is ${name}.`,
  controllerContact: (contact) => `Contact: ${contact}`,
  controllerNotConfigured:
    'No data controller is configured: the authority operating this portal has not entered its name. The portal names no authority in its place.',
  basisTitle: 'Legal basis',
  basisLaw:
    'Law on Personal Data Protection No. 91/2025/QH15, in force from 1 January 2026; Decree No. 13/2023/NĐ-CP on personal data protection.',
  basisPurpose:
    'Lists of supported households are published so that the campaigns to replace temporary and dilapidated houses can be overseen; contributions are published so that what is received and how it is used is transparent.',
  publishedTitle: 'What is published, and why',
  publishedHouseholds:
    'For each household: its code, initials, village, beneficiary group, kind of support, stage and date, and support amount — enough for people in the commune to check the list, and no more. Full names, ID numbers, phone numbers, dates of birth and street addresses are never published.',
  publishedProportion:
    'So that families are not singled out: household list pages and household data files are kept out of search engines; bulk downloads carry no initials; the automatic "does not match the criteria" checks are seen record by record only by officials, and by the public only as a count.',
  publishedDonors:
    'For donors: the name as they chose (full, initials or anonymous), the amount or goods, the date and the receiving unit. E-mail addresses and tax codes are not published.',
  retentionTitle: 'How long data is kept',
  retentionLists: (months) =>
    `A campaign's households are listed one by one until ${months} months after the campaign ends; after that only aggregate figures are shown.`,
  retentionSetting:
    'This period is the portal’s own setting (chosen by the operating authority); the plans set no period.',
  retentionMoney:
    'The ledger is never changed or deleted (every correction is a new entry), so that it can always be reconciled.',
  rightsTitle: 'Your rights, and how to exercise them',
  rights:
    'You have the right to be informed, to see, to ask for correction, to object, to restrict processing and to complain about your data under Law 91/2025/QH15.',
  rightsHow:
    'About a household on a list: raise a complaint from the commune’s list (the link beside the household) or contact the commune People’s Committee. About anything else: contact the data controller named above.',
  rightsComplaint: 'Raise a complaint',
  noindexNote: 'This list is kept out of search engines.',
  shownAsAggregates: (households, campaign, months) =>
    `${households} households of ${campaign} are no longer listed one by one (the campaign ended more than ${months} months ago — the portal’s own setting); they are still counted in the figures above.`,
  findingsCount: (count) =>
    `${count} records on this list differ from the campaign’s published criteria (automatic check); the commune’s officials are reviewing each one.`,
} satisfies Messages['privacyNotice'];
