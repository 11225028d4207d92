import type { Messages } from '../vi.ts';

export const selfCheck = {
  title: 'Self-check: may my family be supported?',
  intro:
    'Answer three questions to see whether, under the published criteria, your family is likely to be supported, and why. The result is a guide only: the commune People’s Committee decides after the village review and public posting.',
  privacy: 'Nothing you enter is stored.',
  locality: '1. Where does your family live?',
  localityHint: 'By the boundaries before 1 July 2025 where the local plan was issued before then.',
  localityElsewhere: 'Elsewhere in Vietnam',
  groups: '2. Which groups does your family belong to?',
  groupsHint: 'Choose every group that applies.',
  groupLabel: {
    poor: 'Poor household (on the commune’s list of poor households)',
    near_poor: 'Near-poor household (on the commune’s list of near-poor households)',
    disaster_affected: 'House damaged by a natural disaster (storm, flood, landslide…) or climate change',
    meritorious_family: 'Family of a person with meritorious service to the revolution',
    martyr_relative: 'Relative of a martyr',
    other_hardship: 'Other hardship',
    none: 'None of the above',
  },
  house: '3. What is your family’s house like?',
  houseLabel: {
    temporary:
      'Temporary: built of makeshift materials (bamboo, leaves, old metal sheets…), lacking a hard floor, hard frame and walls, or a hard roof',
    dilapidated: 'Dilapidated: damaged, degraded, leaking, at risk of collapse, unsafe',
    solid: 'Solid or semi-solid and safe',
    unsure: 'I am not sure',
  },
  submit: 'See the result',
  errors: 'The result cannot be shown yet:',
  problem: {
    unknownLocality: 'Choose where your family lives from the list.',
    noGroup: 'Choose at least one group, or “None of the above”.',
    noneWithGroups: '“None of the above” cannot be chosen together with other groups.',
    noHouseCondition: 'Choose what the house is like.',
  },
  result: 'Result',
  under: 'Under: {campaign}',
  verdictLabel: {
    likely_eligible: 'Likely eligible',
    not_eligible: 'Not eligible',
    ask_commune: 'Ask your commune',
  },
  verdictNext: {
    likely_eligible: 'Contact your village head or the commune People’s Committee to be reviewed and listed.',
    not_eligible:
      'Under the published criteria your family is not among those supported. If you think this is wrong, ask the commune People’s Committee.',
    ask_commune: 'Your answers cannot settle it. The commune People’s Committee will look at your family’s situation.',
  },
  nationalTitle: 'What the national programmes give a home',
  nationalIntro:
    'The support per house under each programme, as the official source publishes it. The commune decides which programme a household falls under.',
  programmeLabel: {
    meritorious: 'Housing support for people with meritorious service and martyrs’ relatives',
    target_programmes:
      'The national target programmes (sustainable poverty reduction; ethnic-minority and mountainous areas)',
    campaign:
      'The temporary-housing elimination movement (poor and near-poor households not covered by another programme)',
  },
  offerBasis: 'Basis (as the source words it): {basis}; dated {date}',
  offerNoDate: 'no date in the source',
  offerSource: 'Source',
  offersNone:
    'The published national support levels do not name this group (not stated in the source). The commune will look at the household’s situation.',
  outcomeLabel: { met: 'Met', not_met: 'Not met', unsure: 'For the commune to check' },
  reasons: 'Reasons',
  reasonGroupMet: 'Your family is in a group the plan supports: {groups}.',
  reasonGroupUnsure:
    'The plan does not name {groups}; it names: {named}. The commune may help under another programme.',
  reasonGroupNotMet: 'The plan supports only: {named}.',
  reasonHouseMet: 'Your house is {condition}: the help is {help}.',
  reasonHouseNotMet: 'The plan removes temporary and dilapidated houses; a safe house is not among them.',
  reasonHouseUnsure:
    'The commune will assess the house under the Ministry of Construction’s criteria for temporary and dilapidated houses (Decision 55/QĐ-BXD of 20 January 2025).',
  reasonPeriod: {
    during: 'The plan is running: {when}.',
    before: 'The plan has not started: {when}.',
    after: 'The plan ran {when}, which has passed; ask the commune whether support continues.',
  },
  houseConditionName: { temporary: 'temporary', dilapidated: 'dilapidated' },
} satisfies Messages['selfCheck'];
