import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { completionEstimate, monthInVietnam } from '../../src/lib/progress/completion-estimate.ts';
import { cumulativeByMonth } from '../../src/lib/progress/over-time.ts';

describe('completion estimate at the current pace (the portal’s own computation)', () => {
  it('divides what remains by the average of the three calendar months up to today, counting a month before the first as none', () => {
    const points = cumulativeByMonth([
      { month: '2025-01-01', delivered: 2 },
      { month: '2025-02-01', delivered: 4 },
    ]);
    expect(completionEstimate(points, 12, new Date('2025-02-15T00:00:00Z'))).toEqual({
      kind: 'estimate',
      month: '2025-05-01',
      perMonth: 2,
      remaining: 6,
      fromMonth: '2024-12-01',
      toMonth: '2025-02-01',
    });
  });

  it('uses only the recent months, and rounds a part month up, across a year', () => {
    const points = cumulativeByMonth([
      { month: '2025-06-01', delivered: 100 },
      { month: '2025-10-01', delivered: 3 },
      { month: '2025-11-01', delivered: 3 },
      { month: '2025-12-01', delivered: 4 },
    ]);
    // Pace (3 + 3 + 4) / 3 = 3⅓ a month; 200 − 110 = 90 remaining → 27 months after 12/2025.
    expect(completionEstimate(points, 200, new Date('2025-12-20T00:00:00Z'))).toMatchObject({
      kind: 'estimate',
      month: '2028-03-01',
      remaining: 90,
    });
  });

  it('counts the months since the last completion as none: never a date in the past', () => {
    const points = cumulativeByMonth([
      { month: '2024-11-01', delivered: 30 },
      { month: '2024-12-01', delivered: 30 },
      { month: '2025-01-01', delivered: 30 },
    ]);
    // The last completions were in 1/2025; in 3/2025 only January is in the window (30 / 3 = 10).
    const march = completionEstimate(points, 190, new Date('2025-03-10T00:00:00Z'));
    expect(march).toMatchObject({ kind: 'estimate', perMonth: 10, fromMonth: '2025-01-01', toMonth: '2025-03-01' });
    expect(march.kind === 'estimate' && march.month).toBe('2026-01-01');
    expect(completionEstimate(points, 190, new Date('2025-04-01T00:00:00Z')).kind).toBe('noRecentCompletions');
    expect(completionEstimate(points, 190, new Date('2026-12-01T00:00:00Z'))).toEqual({
      kind: 'noRecentCompletions',
      fromMonth: '2026-10-01',
      toMonth: '2026-12-01',
    });
    // The month is Vietnam's: 31/12 at 18:00 UTC is already January there.
    expect(monthInVietnam(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });

  it('says the same in Vietnamese and English, months included', () => {
    const vi = messagesFor('vi').official;
    const en = messagesFor('en').official;
    expect(vi.estimate('5/2025', '2', '6', '12/2024', '2/2025')).toBe(
      'Khoảng tháng 5/2025: còn 6 căn, bình quân 2 căn/tháng (tháng 12/2024–2/2025).',
    );
    expect(en.estimate('5/2025', '2', '6', '12/2024', '2/2025')).toBe(
      'About 5/2025: 6 homes remaining, 2 a month on average (months 12/2024–2/2025).',
    );
    expect(vi.noRecentCompletions('10/2026', '12/2026')).toMatch(/^Không có căn nào hoàn thành.*10\/2026–12\/2026/);
    expect(en.noRecentCompletions('10/2026', '12/2026')).toMatch(/^No homes were completed.*10\/2026–12\/2026/);
    expect(vi.estimateOwn).toMatch(/Tính toán của cổng thông tin.*3 tháng dương lịch gần nhất/);
    expect(en.estimateOwn).toMatch(/portal’s own computation.*last 3 calendar months/);
  });

  it('says there is not enough data with fewer than two months; done when all are', () => {
    expect(completionEstimate([], 10)).toEqual({ kind: 'notEnoughData' });
    expect(completionEstimate(cumulativeByMonth([{ month: '2025-03-01', delivered: 5 }]), 10)).toEqual({
      kind: 'notEnoughData',
    });
    expect(completionEstimate(cumulativeByMonth([{ month: '2025-03-01', delivered: 5 }]), 5)).toEqual({ kind: 'done' });
  });
});
