// zod's small build: the self-check island reads the answers with this very schema, and must stay light.
import * as z from 'zod/mini';
import { problemsFromIssues } from '../forms/issue-problems.ts';
import type { FormFields } from '../forms/read-form.ts';
import type { Result } from '../forms/result.ts';
import type { Citation } from '../campaigns/campaign-definition.ts';
import { beneficiaryCategoriesOf } from '../campaigns/beneficiaries.ts';
import { nationalOffers, type SupportLevel } from './national-support.ts';
import { beneficiaryCategories, type BeneficiaryCategory, type SupportType } from '../households/vocabulary.ts';
import {
  citationForGroup,
  citationForPeriod,
  helpForCondition,
  houseConditions,
  namesGroup,
  periodStatus,
  type CampaignCriteria,
  type PeriodStatus,
  type RuleId,
} from './rules.ts';

/**
 * The public self-check: a few answers in, a verdict with its reasons out. Nothing is stored;
 * the answers live only in the request (or the browser) that carries them.
 */

/** Why answers were refused; each has a message in both languages (src/lib/i18n). */
export const selfCheckProblems = ['unknownLocality', 'noGroup', 'noneWithGroups', 'noHouseCondition'] as const;
export type SelfCheckProblem = (typeof selfCheckProblems)[number];

const groupAnswers = [...beneficiaryCategories, 'none'] as const;
export type GroupAnswer = (typeof groupAnswers)[number];
const houseAnswers = [...houseConditions, 'unsure'] as const;
export type HouseAnswer = (typeof houseAnswers)[number];

export function selfCheckAnswersSchema(campaignIds: readonly string[]) {
  return z.object({
    locality: z.string().check(z.refine((id) => campaignIds.includes(id), { error: 'unknownLocality' })),
    // None, one or several checkboxes (src/lib/forms/read-form.ts) become a list.
    groups: z.pipe(
      z.transform((value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
      z.array(z.enum(groupAnswers, { error: 'noGroup' })).check(
        z.minLength(1, { error: 'noGroup' }),
        z.refine((groups) => !(groups.includes('none') && groups.length > 1), { error: 'noneWithGroups' }),
      ),
    ),
    house: z.enum(houseAnswers, { error: 'noHouseCondition' }),
  });
}
export type SelfCheckAnswers = z.infer<ReturnType<typeof selfCheckAnswersSchema>>;

/** The answers as the form holds them, to show back: the checkboxes `group` are the list `groups`. */
export interface SelfCheckForm {
  locality: string;
  groups: string[];
  house: string;
}

/** A posted self-check form (src/lib/forms/read-form.ts) as the form holds it. */
export function selfCheckFormOf(fields: FormFields): SelfCheckForm {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const groups = fields.group === undefined ? [] : Array.isArray(fields.group) ? fields.group : [fields.group];
  return { locality: text(fields.locality), groups: groups.map(text), house: text(fields.house) };
}

const fallback: Record<keyof SelfCheckAnswers, SelfCheckProblem> = {
  locality: 'unknownLocality',
  groups: 'noGroup',
  house: 'noHouseCondition',
};

/** Reads the form (posted, or the island's state) into answers, or the problem of each field. */
export function readSelfCheckAnswers(
  campaignIds: readonly string[],
  form: { locality: unknown; groups: unknown; house: unknown },
): Result<SelfCheckAnswers, SelfCheckProblem> {
  const parsed = selfCheckAnswersSchema(campaignIds).safeParse(form);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: problemsFromIssues(parsed.error.issues, {
      known: selfCheckProblems,
      fallback: (field) => fallback[field as keyof SelfCheckAnswers] ?? 'noGroup',
    }),
  };
}

/**
 * What the self-check needs of a campaign: no amounts of its own, so that it can travel to the
 * browser as JSON; for the national campaign, the national programmes' published support levels.
 */
export type SelfCheckCriteria = Omit<CampaignCriteria, 'supportAmounts'> & { nationalSupport?: SupportLevel[] };

/** A campaign's terms cut down to what the self-check needs. */
export function selfCheckCriteria(
  { id, period, periodWords, beneficiaries, supportTypes, milestones }: CampaignCriteria,
  nationalSupport?: SupportLevel[],
): SelfCheckCriteria {
  return {
    id,
    period,
    periodWords,
    beneficiaries,
    supportTypes,
    milestones,
    ...(nationalSupport ? { nationalSupport } : {}),
  };
}

export type Outcome = 'met' | 'not_met' | 'unsure';

export type SelfCheckReason = { rule: RuleId; outcome: Outcome; citation: Citation | null } & (
  | { rule: 'beneficiary-group'; outcome: 'met'; groups: BeneficiaryCategory[] }
  | { rule: 'beneficiary-group'; outcome: 'unsure'; groups: BeneficiaryCategory[]; named: BeneficiaryCategory[] }
  | { rule: 'beneficiary-group'; outcome: 'not_met'; named: BeneficiaryCategory[] }
  | { rule: 'house-condition'; outcome: 'met'; condition: 'temporary' | 'dilapidated'; help: SupportType[] }
  | { rule: 'house-condition'; outcome: 'not_met' | 'unsure' }
  | {
      rule: 'campaign-period';
      outcome: 'met' | 'unsure';
      status: PeriodStatus;
      /** The plan's words on when it runs; `status` is by the portal's reading of them as days. */
      when: { vi: string; en: string };
    }
);

export type Verdict = 'likely_eligible' | 'not_eligible' | 'ask_commune';

export interface SelfCheckResult {
  campaignId: string;
  verdict: Verdict;
  reasons: SelfCheckReason[];
  /**
   * Under the national campaign, for a house that needs help: what the national programmes give
   * these groups, each level with its basis and source (empty when none names them).
   */
  offers?: SupportLevel[];
}

/**
 * Any unmet rule makes "not eligible"; otherwise any rule the answers cannot settle (a group the
 * plan does not name, an unsure house, a campaign not running today) makes "ask your commune".
 */
export function assessSelfCheck(
  criteria: SelfCheckCriteria,
  answers: SelfCheckAnswers,
  today: string,
): SelfCheckResult {
  const reasons: SelfCheckReason[] = [groupReason(criteria, answers), houseReason(criteria, answers)];
  const status = periodStatus(criteria, today);
  reasons.push({
    rule: 'campaign-period',
    outcome: status === 'during' ? 'met' : 'unsure',
    status,
    when: criteria.periodWords.when,
    citation: citationForPeriod(criteria),
  });
  const verdict: Verdict = reasons.some((r) => r.outcome === 'not_met')
    ? 'not_eligible'
    : reasons.some((r) => r.outcome === 'unsure')
      ? 'ask_commune'
      : 'likely_eligible';
  const house = reasons[1]!;
  const offers =
    criteria.nationalSupport && house.rule === 'house-condition' && house.outcome === 'met'
      ? nationalOffers(
          criteria.nationalSupport,
          answers.groups.filter((g): g is BeneficiaryCategory => g !== 'none'),
          house.help,
        )
      : undefined;
  return { campaignId: criteria.id, verdict, reasons, ...(offers ? { offers } : {}) };
}

function groupReason(criteria: SelfCheckCriteria, answers: SelfCheckAnswers): SelfCheckReason {
  const named = [...beneficiaryCategoriesOf(criteria)];
  const groups = answers.groups.filter((g): g is BeneficiaryCategory => g !== 'none');
  const met = groups.filter((g) => namesGroup(criteria, g));
  if (met.length > 0)
    return { rule: 'beneficiary-group', outcome: 'met', groups: met, citation: citationForGroup(criteria, met[0]) };
  // A hardship the plan does not name may still be helped under other programmes: the commune knows.
  if (groups.length > 0)
    return { rule: 'beneficiary-group', outcome: 'unsure', groups, named, citation: citationForGroup(criteria) };
  return { rule: 'beneficiary-group', outcome: 'not_met', named, citation: citationForGroup(criteria) };
}

function houseReason(criteria: SelfCheckCriteria, answers: SelfCheckAnswers): SelfCheckReason {
  const citation = criteria.supportTypes.citation;
  if (answers.house === 'temporary' || answers.house === 'dilapidated')
    return {
      rule: 'house-condition',
      outcome: 'met',
      condition: answers.house,
      help: helpForCondition(criteria, answers.house),
      citation,
    };
  return { rule: 'house-condition', outcome: answers.house === 'solid' ? 'not_met' : 'unsure', citation };
}
