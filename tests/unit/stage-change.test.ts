import { describe, expect, it } from 'vitest';
import {
  nextStages,
  readStageChangeForm,
  stageChangeProblem,
  type HouseholdNow,
} from '../../src/lib/households/stage-change.ts';

const photoKey = `${'ab'.repeat(32)}.jpg`;

function change(fields: Record<string, string>, photo: string | null = photoKey) {
  const read = readStageChangeForm(fields);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { ...read.value, photoKey: photo };
}

const today = '2026-11-25';
const started: HouseholdNow = { stage: 'started', stageDate: '2026-09-01', completedBy: null };
const completedBy7: HouseholdNow = { stage: 'completed', stageDate: '2026-10-15', completedBy: 7 };

describe('moving a home through its stages', () => {
  it('goes forward one stage at a time, or is withdrawn', () => {
    expect(nextStages('identified')).toEqual(['approved', 'withdrawn']);
    expect(nextStages('completed')).toEqual(['handed_over', 'validated', 'withdrawn']);
    expect(nextStages('validated')).toEqual([]);
    expect(nextStages('withdrawn')).toEqual([]);
  });

  it('refuses skipping a stage', () => {
    expect(stageChangeProblem(started, change({ stage: 'handed_over', occurredOn: today }), 1, today)).toBe(
      'stageNotAllowed',
    );
  });

  it('refuses a date in the future or before the last stage', () => {
    expect(stageChangeProblem(started, change({ stage: 'completed', occurredOn: '2026-11-26' }), 1, today)).toBe(
      'dateInFuture',
    );
    expect(stageChangeProblem(started, change({ stage: 'completed', occurredOn: '2026-08-31' }), 1, today)).toBe(
      'dateBeforeLastStage',
    );
    expect(stageChangeProblem(started, change({ stage: 'completed', occurredOn: '2026-09-01' }), 1, today)).toBeNull();
  });

  it('needs a photo to record a home completed or handed over, and not for the other stages', () => {
    expect(stageChangeProblem(started, change({ stage: 'completed', occurredOn: today }, null), 1, today)).toBe(
      'photoMissing',
    );
    expect(
      stageChangeProblem(
        started,
        change({ stage: 'withdrawn', occurredOn: today, reason: 'Hộ đã chuyển đi' }, null),
        1,
        today,
      ),
    ).toBeNull();
  });

  it('lets only someone other than the one who reported completion validate', () => {
    const validation = change({ stage: 'validated', occurredOn: today });
    expect(stageChangeProblem(completedBy7, validation, 7, today)).toBe('sameOfficialValidates');
    expect(stageChangeProblem(completedBy7, validation, 8, today)).toBeNull();
  });

  it('asks for a reason to withdraw a household', () => {
    expect(readStageChangeForm({ stage: 'withdrawn', occurredOn: today })).toEqual({
      ok: false,
      problems: [{ code: 'reasonMissing', field: 'reason' }],
    });
    expect(change({ stage: 'withdrawn', occurredOn: today, reason: 'Hộ đã chuyển đi nơi khác' }).reason).toBe(
      'Hộ đã chuyển đi nơi khác',
    );
  });

  it('names the field of each problem in a malformed form', () => {
    expect(readStageChangeForm({ stage: 'finished', occurredOn: '25/11/2026' })).toEqual({
      ok: false,
      problems: [
        { code: 'stageNotAllowed', field: 'stage' },
        { code: 'dateInvalid', field: 'occurredOn' },
      ],
    });
  });
});
