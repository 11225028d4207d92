import { and, desc, eq, inArray } from 'drizzle-orm';
import { announcedStages, type CompletionEvent, type FeedEvent, type FeedPlace, eventTime } from './feed-events.ts';
import { moneyIn, moneyOut, type LedgerArea } from '../ledger/public-ledger-store.ts';
import { currentUnitIs } from '../units/store.ts';
import type { Queryable } from '../../../db/client.ts';
import { adminUnits, householdStageEvents, households } from '../../../db/schema/index.ts';

/** Latest events first; a feed carries this many of each kind. */
const perKind = 30;

/**
 * The newest events of a place: homes completed and handed over (not for the country, whose
 * feed is its ledger), money received (and refunded), money allocated and paid out. Only what
 * the public pages show: household codes and villages, never names.
 */
export async function feedEvents(db: Queryable, place: FeedPlace): Promise<FeedEvent[]> {
  const area: LedgerArea = place === 'country' ? 'country' : { kind: place.kind, code: place.code };
  const page = { offset: 0, limit: perKind };
  const [completions, moneyInRows, moneyOutRows] = await Promise.all([
    place === 'country' ? Promise.resolve([]) : completionsIn(db, place),
    moneyIn(db, area, '', page),
    moneyOut(db, area, '', page),
  ]);
  const events: FeedEvent[] = [
    ...completions,
    ...moneyInRows.map((row) => ({ kind: 'moneyIn' as const, row })),
    ...moneyOutRows.map((row) => ({ kind: 'moneyOut' as const, row })),
  ];
  return events.sort((a, b) => eventTime(b).getTime() - eventTime(a).getTime());
}

async function completionsIn(db: Queryable, place: { kind: 'commune' | 'province'; code: string }) {
  const rows = await db
    .select({
      eventId: householdStageEvents.id,
      publicCode: households.publicCode,
      village: households.village,
      communeCode: households.communeCode,
      communeName: adminUnits.fullName,
      communeNameEn: adminUnits.fullNameEn,
      stage: householdStageEvents.stage,
      occurredOn: householdStageEvents.occurredOn,
    })
    .from(householdStageEvents)
    .innerJoin(households, eq(households.id, householdStageEvents.householdId))
    .innerJoin(adminUnits, currentUnitIs(households.communeCode))
    .where(
      and(
        inArray(householdStageEvents.stage, [...announcedStages]),
        place.kind === 'commune' ? eq(households.communeCode, place.code) : eq(adminUnits.provinceCode, place.code),
      ),
    )
    .orderBy(desc(householdStageEvents.occurredOn), desc(householdStageEvents.id))
    .limit(perKind);
  return rows.map((row) => ({ kind: 'completion' as const, ...row, stage: row.stage as CompletionEvent['stage'] }));
}
