import type { BeneficiaryCategory, SupportType } from '../households/vocabulary.ts';
import { formatDate, formatList } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { fill, type Template } from '../i18n/template.ts';
import type { HouseholdFinding } from './household-check.ts';
import type { PeriodStatus } from './rules.ts';
import type { SelfCheckReason } from './self-check.ts';

/** The households' vocabularies that reasons and findings name. */
interface VocabularyWords {
  households: { categoryLabel: Record<BeneficiaryCategory, string>; supportTypeLabel: Record<SupportType, string> };
}

/**
 * The words a self-check reason is told in: the `selfCheck` messages of one language. Templates,
 * not functions, as the self-check island receives them as a prop.
 */
export interface ReasonWords extends VocabularyWords {
  selfCheck: {
    reasonGroupMet: Template<'groups'>;
    reasonGroupUnsure: Template<'groups' | 'named'>;
    reasonGroupNotMet: Template<'named'>;
    reasonHouseMet: Template<'condition' | 'help'>;
    reasonHouseNotMet: string;
    reasonHouseUnsure: string;
    reasonPeriod: Record<PeriodStatus, Template<'when'>>;
    houseConditionName: Record<'temporary' | 'dilapidated', string>;
  };
}

/** The words a finding is told in: the `criteria` messages of one language. */
export interface FindingWords extends VocabularyWords {
  criteria: {
    findingMessage: {
      'beneficiary-group': (category: string) => string;
      'support-type': (type: string) => string;
      'campaign-area': string;
      'campaign-period': (approvedOn: string) => string;
    };
  };
}

/** A self-check reason in the reader's language. */
export function describeReason(t: ReasonWords, locale: Locale, reason: SelfCheckReason): string {
  const { selfCheck, households } = t;
  const all = (list: BeneficiaryCategory[]) =>
    formatList(
      locale,
      list.map((c) => households.categoryLabel[c]),
      'and',
    );
  const any = (list: BeneficiaryCategory[]) =>
    formatList(
      locale,
      list.map((c) => households.categoryLabel[c]),
      'or',
    );
  switch (reason.rule) {
    case 'beneficiary-group':
      if (reason.outcome === 'met') return fill(selfCheck.reasonGroupMet, { groups: all(reason.groups) });
      if (reason.outcome === 'unsure')
        return fill(selfCheck.reasonGroupUnsure, { groups: any(reason.groups), named: all(reason.named) });
      return fill(selfCheck.reasonGroupNotMet, { named: all(reason.named) });
    case 'house-condition':
      if (reason.outcome === 'met') {
        const help = reason.help.map((type) => households.supportTypeLabel[type].toLowerCase());
        return fill(selfCheck.reasonHouseMet, {
          condition: selfCheck.houseConditionName[reason.condition],
          help: formatList(locale, help, 'or'),
        });
      }
      return reason.outcome === 'not_met' ? selfCheck.reasonHouseNotMet : selfCheck.reasonHouseUnsure;
    case 'campaign-period':
      return fill(selfCheck.reasonPeriod[reason.status], { when: reason.when[locale] });
  }
}

/** Why a household record does not fit its campaign, in the reader's language. */
export function describeFinding(t: FindingWords, locale: Locale, finding: HouseholdFinding): string {
  switch (finding.rule) {
    case 'beneficiary-group':
      return t.criteria.findingMessage['beneficiary-group'](t.households.categoryLabel[finding.category]);
    case 'support-type':
      return t.criteria.findingMessage['support-type'](t.households.supportTypeLabel[finding.supportType]);
    case 'campaign-area':
      return t.criteria.findingMessage['campaign-area'];
    case 'campaign-period':
      return t.criteria.findingMessage['campaign-period'](formatDate(locale, finding.approvedOn));
  }
}
