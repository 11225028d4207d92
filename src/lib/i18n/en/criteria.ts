import type { Messages } from '../vi.ts';

export const criteria = {
  title: 'Criteria and who can be supported',
  intro:
    'The plans require the criteria and the people entitled to support to be made public, so that everyone can understand and supervise. Each fact below is quoted from its document, with number, date and section.',
  compare: 'The plans compared',
  compareCaption: 'Beneficiary groups, kinds of help, milestones and recognition of each plan',
  named: 'Yes',
  notNamed: 'Not named',
  details: 'See the criteria',
  area: 'Area',
  nationwide: 'Nationwide',
  who: 'Who can be supported',
  whoIntro: 'The plan supports removing the temporary and dilapidated houses of these groups:',
  help: 'Kinds and amounts of help',
  helpTypes: 'Kinds of help',
  amounts: 'State support per home',
  amountGroups: 'Groups',
  amountSource: 'Source',
  amountDemo:
    'Demo figures: the plan sets no amounts in đồng; the real amounts come from national programmes and provincial decisions.',
  noAmounts: 'No support amounts published yet.',
  milestones: 'Milestones',
  recognition: 'Recognition',
  thresholds: 'Contribution for a donor to be proposed',
  thresholdsDemo: 'Demo thresholds, not yet set by a decision.',
  thresholdNone: 'Per the guidance of higher levels',
  thresholdAny: 'Any one of:',
  thresholdCash: (amount: string) => `cash of ${amount} or more`,
  thresholdInKind: (amount: string) => `goods worth ${amount} or more`,
  thresholdWorkdays: (days: string) => `${days} workdays or more`,
  thresholdHomes: (homes: string) => `${homes} homes funded or more`,
  source: 'Source',
  quote: 'Quoted from the plan ({file}), section {section}',
  readPlan: 'Read the full plan (Vietnamese)',
  planTitle: (name: string) => `Full text: ${name}`,
  planNote: 'The text as published, in Vietnamese (line breaks and blank numbers or dates as in the original).',
  notLoaded: 'This plan’s criteria have not been loaded. An administrator needs to run npm run seed.',
  selfCheckLink: 'Check whether your family may be supported',
  findingsLabel: 'Does not match the criteria',
  findingMessage: {
    'beneficiary-group': (category: string) => `The group “${category}” is not among the plan’s beneficiaries.`,
    'support-type': (type: string) => `The plan does not give “${type}”.`,
    'support-amount': (expected: string | null, recorded: string) =>
      expected
        ? `Support recorded as ${recorded}; the plan sets ${expected}.`
        : `Support recorded as ${recorded}; the plan publishes no amount for this case.`,
    'campaign-area': 'The commune on the record lies outside the plan’s area.',
    'campaign-period': (approvedOn: string) => `Approved on ${approvedOn}, outside the plan’s period.`,
  },
} satisfies Messages['criteria'];
