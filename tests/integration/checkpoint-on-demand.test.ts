import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { transparencyCheckpoints } from '../../db/schema/index.ts';
import { checkpointOnDemand, onDemandSeconds } from '../../src/lib/transparency/checkpoint-renewal-store.ts';
import { logSize, renewCheckpoint } from '../../src/lib/transparency/log-store.ts';
import { paidReceiptCode } from './support/receipts.ts';
import { createSeededDatabase } from './support/seeded-database.ts';
import { driverUnderTest } from './support/test-database.ts';

describe(`the checkpoint renewed on demand (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  const checkpoints = async () => (await database.db.select({ n: count() }).from(transparencyCheckpoints))[0]!.n;

  beforeEach(async () => {
    database = await createSeededDatabase();
  });
  afterEach(() => database?.close());

  it('signs at most one new checkpoint for many requests at once, and answers a younger one as it is', async () => {
    const first = await renewCheckpoint(database.db);
    await paidReceiptCode(database.db, 1_200_000n);
    // A clock of the test's own, ahead of every checkpoint signed so far by more than the window;
    // it moves only when the test moves it.
    let clock = Date.now() + (onDemandSeconds + 1) * 1000;
    const now = () => clock;
    const before = await checkpoints();
    const racing = Array.from({ length: 25 }, () => checkpointOnDemand(database.db, now));
    // Records arriving while the requests are answered, and one more request after them: a
    // renewal per request would sign a larger checkpoint for it.
    await paidReceiptCode(database.db, 50_000n);
    racing.push(checkpointOnDemand(database.db, now));
    const answers = await Promise.all(racing);
    expect(await checkpoints()).toBe(before + 1);
    const renewed = answers[0]!;
    expect(renewed.size).toBeGreaterThan(first.size);
    expect(answers.every((answer) => answer.size === renewed.size)).toBe(true);

    // New records within the window: the latest checkpoint is answered, nothing is logged or signed.
    await paidReceiptCode(database.db, 400_000n);
    clock += (onDemandSeconds - 1) * 1000;
    expect((await checkpointOnDemand(database.db, now)).size).toBe(renewed.size);
    expect(await checkpoints()).toBe(before + 1);

    // Past the window, the next request renews it again, once.
    clock = Math.max(clock, Date.now()) + (onDemandSeconds + 1) * 1000;
    const later = await Promise.all(Array.from({ length: 10 }, () => checkpointOnDemand(database.db, now)));
    expect(await checkpoints()).toBe(before + 2);
    expect(later.every((answer) => answer.size > renewed.size && answer.size === later[0]!.size)).toBe(true);
    expect(later[0]!.size).toBe(await logSize(database.db));
  });
});
