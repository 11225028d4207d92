import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { signInFailures } from '../../db/schema/index.ts';
import { Secret, TOTP } from 'otpauth';
import {
  completeSecondFactor,
  findSession,
  signInWithCode,
  signInWithPassword,
} from '../../src/lib/officials/session-store.ts';
import { listSignInFailures } from '../../src/lib/officials/sign-in-throttle-store.ts';
import { createOfficial, type Official } from '../../src/lib/officials/store.ts';
import { createTestDatabase, driverUnderTest } from './support/test-database.ts';

const password = 'một mật khẩu dài';
const failed = { ok: false, problems: [{ code: 'signInFailed' }] };
const tooMany = (retryAfter: number | unknown = expect.any(Number)) => ({
  ok: false,
  problems: [{ code: 'tooMany', values: { retryAfter } }],
});
const signedIn = { ok: true, value: { token: expect.any(String) } };

/** A clock the test moves by hand: nothing here depends on how fast the machine is. */
function clock(start = '2026-11-25T01:00:00Z') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    tick: (seconds: number) => {
      time += seconds * 1000;
    },
  };
}

describe(`failed sign-ins slow down their own address, never lock an official out (${driverUnderTest})`, () => {
  let database: DatabaseHandle;
  let officials: Official[];
  const time = clock();

  beforeAll(async () => {
    database = await createTestDatabase();
    officials = [];
    for (const email of ['tinh.20@example.vn', 'xa.18229@example.vn', 'thuquy@example.vn', 'quantri@example.vn']) {
      const made = await createOfficial(database.db, { email, name: email, password, grants: [] }, null);
      if (!made.ok) throw new Error('email taken');
      officials.push(made.value);
    }
  });
  afterAll(() => database?.close());

  const attempt = (email: string, guess: string, address: string, now: Date) =>
    signInWithPassword(database.db, { email, password: guess }, address, now);

  it('lets the official in from another address after thirty tries from one address', async () => {
    const email = officials[0]!.email;
    const results = [];
    for (let i = 0; i < 30; i++) {
      results.push(await attempt(email, `đoán ${i}`, '203.0.113.10', time.now()));
      time.tick(1);
    }
    expect(results.slice(0, 5)).toEqual(Array(5).fill(failed));
    // From the sixth try on, the address waits: no password is checked, and nothing more is counted.
    expect(results[5]).toEqual(tooMany(59));
    expect(results.slice(6)).toEqual(Array(24).fill(tooMany()));
    expect(await attempt(email, password, '198.51.100.20', time.now())).toEqual(signedIn);
    // Even the right password waits at the address that failed.
    expect(await attempt(email, password, '203.0.113.10', time.now())).toEqual(tooMany());
  });

  it('lets the official in when a stranger waits out every delay for thirty failures from one address', async () => {
    const email = officials[1]!.email;
    const waits: number[] = [];
    let failures = 0;
    while (failures < 30) {
      const result = await attempt(email, 'mật khẩu đoán mò', '203.0.113.11', time.now());
      if (result.ok) throw new Error('a wrong password got in');
      if (result.problems[0]!.code === 'signInFailed') failures++;
      else {
        const wait = Number(result.problems[0]!.values!.retryAfter);
        waits.push(wait);
        time.tick(wait);
      }
    }
    // Waits grow from a minute, doubling, to fifteen minutes.
    expect(waits.slice(0, 6)).toEqual([60, 120, 240, 480, 900, 900]);
    expect(await attempt(email, password, '192.0.2.44', time.now())).toEqual(signedIn);
  });

  it('lets the official in at once when strangers fail from many addresses, after only a modest wait on a typo', async () => {
    const email = officials[2]!.email;
    // Two tries from each of forty addresses: once ten have failed, each address's second try waits.
    const tries = [];
    for (let address = 1; address <= 40; address++) {
      for (let i = 0; i < 2; i++) tries.push(await attempt(email, 'sai', `198.18.0.${address}`, time.now()));
      time.tick(1);
    }
    expect(tries.slice(0, 11)).toEqual(Array(11).fill(failed));
    expect(tries[11]).toEqual(tooMany(60));
    // The account is tried from everywhere: each address gets one free failure instead of five…
    expect(await attempt(email, 'sai', '198.18.1.1', time.now())).toEqual(failed);
    expect(await attempt(email, 'sai', '198.18.1.1', time.now())).toEqual(tooMany(60));
    // …but the official, from an address of their own, gets in with the right password at once,
    expect(await attempt(email, password, '192.0.2.80', time.now())).toEqual(signedIn);
    // and after a typo from there waits a minute, not a lockout.
    expect(await attempt(email, 'mật khẩu gõ nhầm', '192.0.2.81', time.now())).toEqual(failed);
    expect(await attempt(email, password, '192.0.2.81', time.now())).toEqual(tooMany(60));
    time.tick(60);
    expect(await attempt(email, password, '192.0.2.81', time.now())).toEqual(signedIn);
  });

  it('does not count right passwords, and a right one clears its address’s failures for the account', async () => {
    const email = officials[3]!.email;
    for (let i = 0; i < 20; i++) {
      expect(await attempt(email, password, '192.0.2.90', time.now())).toEqual(signedIn);
      time.tick(1);
    }
    for (let i = 0; i < 4; i++) expect(await attempt(email, 'sai', '192.0.2.90', time.now())).toEqual(failed);
    expect(await attempt(email, password, '192.0.2.90', time.now())).toEqual(signedIn);
    for (let i = 0; i < 5; i++) expect(await attempt(email, 'sai', '192.0.2.90', time.now())).toEqual(failed);
    expect(await attempt(email, password, '192.0.2.90', time.now())).toEqual(tooMany(60));
  });

  it('slows an address trying many accounts, more with each flood, and no other address', async () => {
    const official = officials[0]!.email;
    const flood = async (from: number) => {
      for (let i = from; i < from + 30; i++) await attempt(`khach.${i}@example.vn`, 'sai', '203.0.113.12', time.now());
    };
    await flood(0);
    const first = await attempt(official, password, '203.0.113.12', time.now());
    expect(first).toEqual(tooMany(60));
    expect(await attempt(official, password, '198.51.100.30', time.now())).toEqual(signedIn);

    time.tick(60);
    await flood(100);
    // The second flood's first failure is checked; every later try waits, now longer.
    expect(await attempt(official, password, '203.0.113.12', time.now())).toEqual(tooMany(120));
    expect(await attempt(official, password, '198.51.100.31', time.now())).toEqual(signedIn);
  });

  it('keeps the second factor as the next step after the password', async () => {
    const result = await attempt(officials[1]!.email, password, '192.0.2.100', time.now());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(await findSession(database.db, result.value.token)).toMatchObject({ signedIn: false });
    const token = await completeSecondFactor(database.db, result.value.token);
    expect(await findSession(database.db, token)).toMatchObject({ signedIn: true });
  });

  it('limits wrong second-factor codes per account, and does not count the right ones', async () => {
    const official = officials[2]!;
    const waiting = async () => {
      const result = await attempt(official.email, password, '192.0.2.101', time.now());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const session = await findSession(database.db, result.value.token);
      return { token: result.value.token, session: session! };
    };
    const right = () => new TOTP({ secret: Secret.fromBase32(official.secondFactorSecret) });
    const wrongCode = () => {
      const codes = [-1, 0, 1].map((step) => right().generate({ timestamp: Date.now() + step * 30_000 }));
      return ['000000', '111111', '222222', '333333'].find((code) => !codes.includes(code))!;
    };
    const typed = async (code: string) => {
      const { token, session } = await waiting();
      return signInWithCode(database.db, token, session, { code });
    };
    const codeWrong = { ok: false, problems: [{ code: 'codeWrong' }] };
    for (let i = 0; i < 9; i++) expect(await typed(wrongCode())).toEqual(codeWrong);
    expect(await typed(right().generate())).toEqual(signedIn);
    // Nine wrong and one right: the tenth wrong code is still answered as wrong, the eleventh refused.
    expect(await typed(wrongCode())).toEqual(codeWrong);
    expect(await typed(wrongCode())).toEqual({ ok: false, problems: [{ code: 'tooMany' }] });
  });

  it('lists failures for admins by account, with only the network of each address', async () => {
    const list = await listSignInFailures(database.db, new Date('2026-11-24T00:00:00Z'));
    const tried = list.accounts.find((account) => account.email === officials[0]!.email)!;
    expect(tried).toMatchObject({
      officialId: officials[0]!.id,
      failures: 5,
      lastAt: new Date('2026-11-25T01:00:04Z'),
      addressRanges: ['203.0.113.0/24'],
    });
    expect(list.accounts.find((account) => account.email === officials[2]!.email)).toMatchObject({
      failures: 47,
      addressRanges: expect.arrayContaining(['198.18.0.0/24', '198.18.1.0/24', '192.0.2.0/24']),
    });
    // The emails tried by the floods belong to no one: counted, not kept.
    expect(list.unknownAccounts).toEqual({ failures: 31, addressRanges: 1 });
    const kept = JSON.stringify(await database.db.select().from(signInFailures));
    expect(kept).not.toContain('203.0.113.12');
    expect(kept).not.toContain('khach.');
  });
});
