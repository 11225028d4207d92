import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';
import { formatDate, formatDong, formatList } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { HouseholdFinding } from './household-check.ts';
import type { PeriodStatus } from './rules.ts';
import type { SelfCheckReason } from './self-check.ts';

/** The households' vocabularies that reasons and findings name. */
interface VocabularyWords {
  households: { categoryLabel: Record<BeneficiaryCategory, string>; supportTypeLabel: Record<SupportType, string> };
}

/** The words a self-check reason is told in: the `selfCheck` messages of one language. */
export interface ReasonWords extends VocabularyWords {
  selfCheck: {
    reasonGroupMet: (groups: string) => string;
    reasonGroupUnsure: (groups: string, named: string) => string;
    reasonGroupNotMet: (named: string) => string;
    reasonHouseMet: (condition: string, help: string) => string;
    reasonHouseNotMet: string;
    reasonHouseUnsure: string;
    reasonPeriod: Record<PeriodStatus, (period: { start: string; end: string }) => string>;
    houseConditionName: Record<'temporary' | 'dilapidated', string>;
  };
}

/** The words a finding is told in: the `criteria` messages of one language. */
export interface FindingWords extends VocabularyWords {
  criteria: {
    findingMessage: {
      'beneficiary-group': (category: string) => string;
      'support-type': (type: string) => string;
      'support-amount': (expected: string | null, recorded: string) => string;
      'campaign-area': string;
      'campaign-period': (approvedOn: string) => string;
    };
  };
}

/** A self-check reason in the reader's language. */
export function describeReason(t: ReasonWords, locale: Locale, reason: SelfCheckReason): string {
  const all = (list: BeneficiaryCategory[]) =>
    formatList(
      locale,
      list.map((c) => t.households.categoryLabel[c]),
      'and',
    );
  const any = (list: BeneficiaryCategory[]) =>
    formatList(
      locale,
      list.map((c) => t.households.categoryLabel[c]),
      'or',
    );
  switch (reason.rule) {
    case 'beneficiary-group':
      if (reason.outcome === 'met') return t.selfCheck.reasonGroupMet(all(reason.groups));
      if (reason.outcome === 'unsure') return t.selfCheck.reasonGroupUnsure(any(reason.groups), all(reason.named));
      return t.selfCheck.reasonGroupNotMet(all(reason.named));
    case 'house-condition':
      if (reason.outcome === 'met')
        return t.selfCheck.reasonHouseMet(
          t.selfCheck.houseConditionName[reason.condition],
          formatList(
            locale,
            reason.help.map((type) => t.households.supportTypeLabel[type].toLowerCase()),
            'or',
          ),
        );
      return reason.outcome === 'not_met' ? t.selfCheck.reasonHouseNotMet : t.selfCheck.reasonHouseUnsure;
    case 'campaign-period':
      return t.selfCheck.reasonPeriod[reason.status]({
        start: formatDate(locale, reason.start),
        end: formatDate(locale, reason.end),
      });
  }
}

/** Why a household record does not fit its campaign, in the reader's language. */
export function describeFinding(t: FindingWords, locale: Locale, finding: HouseholdFinding): string {
  const dong = (digits: string) => formatDong(locale, BigInt(digits));
  switch (finding.rule) {
    case 'beneficiary-group':
      return t.criteria.findingMessage['beneficiary-group'](t.households.categoryLabel[finding.category]);
    case 'support-type':
      return t.criteria.findingMessage['support-type'](t.households.supportTypeLabel[finding.supportType]);
    case 'support-amount':
      return t.criteria.findingMessage['support-amount'](
        finding.expected === null ? null : dong(finding.expected),
        dong(finding.recorded),
      );
    case 'campaign-area':
      return t.criteria.findingMessage['campaign-area'];
    case 'campaign-period':
      return t.criteria.findingMessage['campaign-period'](formatDate(locale, finding.approvedOn));
  }
}
