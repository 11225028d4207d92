import { describe, expect, it } from 'vitest';
import { auditActions } from '../../src/lib/audit/audit-actions.ts';
import { milestoneKinds, recognitionLevels } from '../../src/lib/campaigns/campaign-definition.ts';
import { complaintProblems } from '../../src/lib/complaints/complaint-form.ts';
import { complaintStatuses, complaintSubjects } from '../../src/lib/complaints/vocabulary.ts';
import { houseConditions, type PeriodStatus } from '../../src/lib/criteria/rules.ts';
import { selfCheckProblems, type Outcome, type Verdict } from '../../src/lib/criteria/self-check.ts';
import { householdEditProblems } from '../../src/lib/households/household-edit.ts';
import { rowProblems, sheetColumnKeys, sheetProblems } from '../../src/lib/households/household-sheet.ts';
import { stageChangeProblems } from '../../src/lib/households/stage-change.ts';
import {
  beneficiaryCategories,
  householdStages,
  supportProgrammes,
  supportTypes,
} from '../../src/lib/households/vocabulary.ts';
import { en } from '../../src/lib/i18n/en.ts';
import type { Messages } from '../../src/lib/i18n/messages.ts';
import { vi } from '../../src/lib/i18n/vi.ts';
import { findingCodes } from '../../src/lib/ledger/reconciliation.ts';
import { officialProblems } from '../../src/lib/officials/official-form.ts';
import { officialRoles } from '../../src/lib/officials/roles.ts';
import { matchProblems } from '../../src/lib/payments/manual-match.ts';
import { deliveryProblems } from '../../src/lib/pledges/delivery.ts';
import { pledgeProblems } from '../../src/lib/pledges/pledge-form.ts';
import { publicTextProblems } from '../../src/lib/privacy/public-text.ts';
import {
  displayChoices,
  donorTypes,
  labourSkills,
  materials,
  pledgeKinds,
  pledgeStatuses,
  pledgeTargetKinds,
} from '../../src/lib/pledges/vocabulary.ts';
import { unitTypes } from '../../src/lib/units/vocabulary.ts';

/**
 * The catalogues know nothing of the domain, so their closed vocabularies are checked here: each
 * one names exactly the domain's values, no fewer (a value shown without words) and no more (words
 * for a value that no longer exists).
 */
const vocabularies: [name: string, labels: (t: Messages) => object, values: readonly string[]][] = [
  ['unit types', (t) => t.units.type, unitTypes],
  ['milestone kinds', (t) => t.campaigns.milestoneKindLabel, milestoneKinds],
  ['recognition levels', (t) => t.campaigns.recognitionLevelLabel, recognitionLevels],
  ['self-check groups', (t) => t.selfCheck.groupLabel, [...beneficiaryCategories, 'none']],
  ['self-check houses', (t) => t.selfCheck.houseLabel, [...houseConditions, 'unsure']],
  ['self-check problems', (t) => t.selfCheck.problem, selfCheckProblems],
  ['beneficiary categories', (t) => t.households.categoryLabel, beneficiaryCategories],
  ['support types', (t) => t.households.supportTypeLabel, supportTypes],
  ['support programmes', (t) => t.households.supportProgrammeLabel, supportProgrammes],
  ['household stages', (t) => t.households.stageLabel, householdStages],
  ['pledge targets', (t) => t.pledges.targetKindLabel, pledgeTargetKinds],
  ['pledge kinds', (t) => t.pledges.kindLabel, pledgeKinds],
  ['materials', (t) => t.pledges.materialLabel, Object.keys(materials)],
  ['labour skills', (t) => t.pledges.skillLabel, labourSkills],
  ['donor types', (t) => t.pledges.donorTypeLabel, donorTypes],
  ['display choices', (t) => t.pledges.displayLabel, displayChoices],
  ['pledge problems', (t) => t.pledges.problem, pledgeProblems],
  ['pledge statuses', (t) => t.pledges.statusLabel, pledgeStatuses],
  ['reconciliation findings', (t) => t.ledger.finding, findingCodes],
  ['complaint problems', (t) => t.complaints.problem, complaintProblems],
  ['complaint statuses', (t) => t.complaints.statusLabel, complaintStatuses],
  ['complaint subjects', (t) => t.complaints.subjectLabel, complaintSubjects],
  ['delivery problems', (t) => t.deliveries.problem, deliveryProblems],
  ['match problems', (t) => t.payments.matchProblem, matchProblems],
  ['household sheet columns', (t) => t.imports.householdSheetColumn, sheetColumnKeys],
  ['household sheet problems', (t) => t.imports.sheetProblem, sheetProblems],
  ['household row problems', (t) => t.imports.rowProblem, rowProblems],
  ['official roles', (t) => t.workspace.roleLabel, officialRoles],
  ['household edit problems', (t) => t.workspace.editProblem, householdEditProblems],
  ['stage change problems', (t) => t.workspace.stageProblem, stageChangeProblems],
  ['official problems', (t) => t.workspace.officialProblem, officialProblems],
  ['audit actions', (t) => t.workspace.auditAction, auditActions],
  ['public text problems', (t) => t.privacy.publicTextProblem, publicTextProblems],
];

// Unions without a list of values are checked by the compiler alone (tsc fails on a missing key).
vi.selfCheck.verdictLabel satisfies Record<Verdict, string>;
vi.selfCheck.verdictNext satisfies Record<Verdict, string>;
vi.selfCheck.outcomeLabel satisfies Record<Outcome, string>;
vi.selfCheck.reasonPeriod satisfies Record<PeriodStatus, unknown>;

describe('closed vocabularies in the catalogues', () => {
  for (const [name, labels, values] of vocabularies) {
    it(`name every one of the ${name}, and nothing else, in both languages`, () => {
      const sorted = [...values].sort();
      expect(Object.keys(labels(vi)).sort()).toEqual(sorted);
      expect(Object.keys(labels(en)).sort()).toEqual(sorted);
    });
  }
});
