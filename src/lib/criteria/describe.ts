import type { BeneficiaryCategory } from '../households/vocabulary.ts';
import { formatDate, formatDong } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages.ts';
import type { HouseholdFinding } from './household-check.ts';
import type { SelfCheckReason } from './self-check.ts';

/** A self-check reason in the reader's language. */
export function describeReason(t: Messages, locale: Locale, reason: SelfCheckReason): string {
  const all = (list: BeneficiaryCategory[]) => t.listJoin(list.map((c) => t.categoryLabel[c]));
  const any = (list: BeneficiaryCategory[]) => t.listOr(list.map((c) => t.categoryLabel[c]));
  switch (reason.rule) {
    case 'beneficiary-group':
      if (reason.outcome === 'met') return t.reasonGroupMet(all(reason.groups));
      if (reason.outcome === 'unsure') return t.reasonGroupUnsure(any(reason.groups), all(reason.named));
      return t.reasonGroupNotMet(all(reason.named));
    case 'house-condition':
      if (reason.outcome === 'met')
        return t.reasonHouseMet(
          t.houseConditionName[reason.condition],
          t.listOr(reason.help.map((type) => t.supportTypeLabel[type].toLowerCase())),
        );
      return reason.outcome === 'not_met' ? t.reasonHouseNotMet : t.reasonHouseUnsure;
    case 'campaign-period':
      return t.reasonPeriod[reason.status]({
        start: formatDate(locale, reason.start),
        end: formatDate(locale, reason.end),
      });
  }
}

/** Why a household record does not fit its campaign, in the reader's language. */
export function describeFinding(t: Messages, locale: Locale, finding: HouseholdFinding): string {
  const dong = (digits: string) => formatDong(locale, BigInt(digits));
  switch (finding.rule) {
    case 'beneficiary-group':
      return t.findingMessage['beneficiary-group'](t.categoryLabel[finding.category]);
    case 'support-type':
      return t.findingMessage['support-type'](t.supportTypeLabel[finding.supportType]);
    case 'support-amount':
      return t.findingMessage['support-amount'](
        finding.expected === null ? null : dong(finding.expected),
        dong(finding.recorded),
      );
    case 'campaign-area':
      return t.findingMessage['campaign-area'];
    case 'campaign-period':
      return t.findingMessage['campaign-period'](formatDate(locale, finding.approvedOn));
  }
}
