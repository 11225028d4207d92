import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { openDatabase } from '../../db/client.ts';
import { adminUnits, households } from '../../db/schema/index.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/throwaway-postgres.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';
import { maximumPhotoBytes } from '../../src/lib/evidence/photo.ts';
import { dayInVietnam } from '../../src/lib/i18n/format.ts';
import { messagesFor } from '../../src/lib/i18n/messages.ts';
import { completeSecondFactor, startSession } from '../../src/lib/officials/session-store.ts';
import { createOfficial } from '../../src/lib/officials/store.ts';
import type { Grant } from '../../src/lib/officials/roles.ts';
import { maximumSheetBytes } from '../../src/lib/households/household-sheet.ts';
import { maximumStatementBytes, statementFileMegabytes } from '../../src/lib/payments/statement-store.ts';
import { maximumReceiptFileBytes } from '../../src/lib/receipts/store.ts';
import { spreadsheetBomb } from '../support/spreadsheet-bomb.ts';

/**
 * Uploads as a hostile client sends them, to a server of the portal's own, started for these
 * tests on Postgres (as on the internet; the embedded database alone takes some 550 MB), so that
 * its memory is its own to measure: from /proc, never by time.
 */
const port = Number(process.env.E2E_PORT ?? 4391) + 2;
const origin = `http://localhost:${port}`;
const megabyte = 1024 * 1024;
const vi = messagesFor('vi');

let postgres: ThrowawayPostgres;
let server: ChildProcess;
let folder: string;
let evidenceDir: string;
const cookies: Record<'treasurer' | 'officer' | 'neighbour', string> = { treasurer: '', officer: '', neighbour: '' };
let home: { publicCode: string };
const today = dayInVietnam(new Date());

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  postgres = await startThrowawayPostgres();
  folder = mkdtempSync(path.join(tmpdir(), 'chung-tay-uploads-'));
  evidenceDir = path.join(folder, 'evidence');
  const { PGLITE_DATA_DIR: _embedded, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL: postgres.url, EVIDENCE_DIR: evidenceDir };
  const seeded = spawnSync(process.execPath, ['scripts/seed.ts'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  const database = await openDatabase(readEnvironment({ DATABASE_URL: postgres.url }));
  try {
    const db = database.db;
    const [started] = await db
      .select({ publicCode: households.publicCode, communeCode: households.communeCode })
      .from(households)
      .innerJoin(adminUnits, and(eq(adminUnits.era, '2025'), eq(adminUnits.code, households.communeCode)))
      .where(eq(households.stage, 'started'))
      .orderBy(households.publicCode)
      .limit(1);
    home = started!;
    const [other] = await db
      .select({ code: adminUnits.code })
      .from(adminUnits)
      .where(
        and(
          eq(adminUnits.era, '2025'),
          eq(adminUnits.level, 'commune'),
          sql`${adminUnits.code} <> ${started!.communeCode}`,
        ),
      )
      .limit(1);
    const signedIn = async (email: string, grants: Grant[]) => {
      const made = await createOfficial(db, { email, name: email, password: 'một mật khẩu dài', grants }, null);
      if (!made.ok) throw new Error(`${email} taken`);
      const token = await completeSecondFactor(db, await startSession(db, made.value.id));
      return `chung_tay_session=${token}`;
    };
    cookies.treasurer = await signedIn('thuquy@example.vn', [{ role: 'fund_treasurer', unitCode: null }]);
    cookies.officer = await signedIn('xa@example.vn', [{ role: 'commune_officer', unitCode: started!.communeCode }]);
    cookies.neighbour = await signedIn('xa.ben@example.vn', [{ role: 'commune_officer', unitCode: other!.code }]);
  } finally {
    await database.close();
  }

  server = spawn(process.execPath, ['scripts/start.ts'], {
    env: { ...env, PORT: String(port), LEDGER_CHECK_MINUTES: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    const health = await fetch(`${origin}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (server.exitCode !== null) throw new Error('the server stopped');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  postgres?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

interface FilePart {
  field: string;
  name: string;
  type: string;
  /** The file's bytes, or how many bytes of the letter A to stream. */
  bytes: number | Buffer;
}

/** A multipart body streamed in pieces, as a browser or a script sends a large upload (chunked, no length). */
async function* multipart(fields: Record<string, string>, file?: FilePart) {
  const part = (disposition: string, type?: string) =>
    `--B\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`;
  for (const [name, value] of Object.entries(fields)) yield Buffer.from(`${part(`name="${name}"`)}${value}\r\n`);
  if (file) {
    yield Buffer.from(part(`name="${file.field}"; filename="${file.name}"`, file.type));
    if (typeof file.bytes === 'number') {
      const piece = Buffer.alloc(megabyte, 0x41);
      for (let sent = 0; sent < file.bytes; sent += piece.byteLength) yield piece;
    } else yield file.bytes;
    yield Buffer.from('\r\n');
  }
  yield Buffer.from('--B--\r\n');
}

async function* urlencodedEndless(megabytes: number) {
  yield Buffer.from('donorName=');
  const piece = Buffer.alloc(megabyte, 0x61);
  for (let sent = 0; sent < megabytes; sent++) yield piece;
}

interface Answer {
  status: number;
  body: string;
}

/** A POST whose body is streamed as it is made; the answer may come before it is all sent. */
function post(pathname: string, body: AsyncIterable<Buffer>, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${pathname}`, { method: 'POST', headers: { Origin: origin, ...headers } });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    (async () => {
      for await (const chunk of body) if (!request.write(chunk)) await new Promise((r) => request.once('drain', r));
      request.end();
    })().catch(reject);
  });
}

const multipartHeaders = (cookie?: string) => ({
  'Content-Type': 'multipart/form-data; boundary=B',
  ...(cookie ? { Cookie: cookie } : {}),
});

/** Resident memory of the server now, and at its peak since `resetPeak` (kB, from /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kB('VmRSS'), peak: kB('VmHWM') };
}
/** Sets the peak back to what is resident now (Linux: writing 5 to clear_refs). */
function resetPeak(pid: number) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** The photo files in EVIDENCE_DIR (made when the first is kept). */
function photosKept(): string[] {
  if (!existsSync(evidenceDir)) return [];
  return readdirSync(evidenceDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jpg'));
}

function expectPage(answer: Answer, status: number, text: string) {
  expect(answer.status).toBe(status);
  expect(answer.body).toContain('<html lang="vi-VN"');
  expect(answer.body).toContain(text);
}

test('five hostile uploads at once are each refused with a page, the server staying under 576 MB', async () => {
  const bomb = spreadsheetBomb(400 * megabyte);
  const pid = server.pid!;
  const before = memory(pid).rss;
  resetPeak(pid);
  let sampled = 0;
  const sampling = setInterval(() => (sampled = Math.max(sampled, memory(pid).rss)), 20);
  const answers = await Promise.all([
    post(
      '/workspace/statements',
      multipart(
        { action: 'upload', bank: 'vietinbank' },
        { field: 'file', name: 'saoke.xlsx', type: 'application/octet-stream', bytes: bomb },
      ),
      multipartHeaders(cookies.treasurer),
    ),
    post(
      '/workspace/statements',
      multipart(
        { action: 'upload', bank: 'bidv' },
        { field: 'file', name: 'saoke2.xlsx', type: 'application/octet-stream', bytes: bomb },
      ),
      multipartHeaders(cookies.treasurer),
    ),
    post(
      '/workspace/imports',
      multipart(
        { campaign: 'national-2025' },
        { field: 'file', name: 'danhsach.xlsx', type: 'application/octet-stream', bytes: bomb },
      ),
      multipartHeaders(cookies.officer),
    ),
    post('/pledge', urlencodedEndless(100), { 'Content-Type': 'application/x-www-form-urlencoded' }),
    post(
      '/receipts/verify',
      multipart({}, { field: 'file', name: 'bien-nhan.pdf', type: 'application/pdf', bytes: 100 * megabyte }),
      multipartHeaders(),
    ),
  ]);
  clearInterval(sampling);
  const { peak } = memory(pid);
  test.info().annotations.push({
    type: 'peak resident memory',
    description: `${Math.round(Math.max(peak, sampled) / 1024)} MB (${Math.round(before / 1024)} MB before)`,
  });
  expect(Math.max(peak, sampled)).toBeLessThanOrEqual(576 * 1024);
  expectPage(answers[0]!, 400, 'Không nhập sao kê');
  expectPage(answers[1]!, 400, 'Không nhập sao kê');
  expectPage(answers[2]!, 400, vi.imports.sheetProblem.notASpreadsheet);
  expectPage(answers[3]!, 413, vi.common.refusal[413].title);
  expectPage(answers[4]!, 413, vi.receipts.verifyFileTooLarge);
});

test('a stage photo larger than its limit is refused with 413, what was typed shown back', async () => {
  const answer = await post(
    `/workspace/households/${home.publicCode}`,
    multipart(
      // A day other than the form's own default (today), so that showing it back shows what was typed.
      { stage: 'completed', occurredOn: '2025-12-31', reason: 'Ghi chú thử' },
      { field: 'photo', name: 'nha.jpg', type: 'image/jpeg', bytes: maximumPhotoBytes + megabyte },
    ),
    multipartHeaders(cookies.officer),
  );
  expect(answer.status).toBe(413);
  expect(answer.body).toContain('value="2025-12-31"');
  expect(answer.body).toContain('Ghi chú thử');
});

test('a statement or a household sheet larger than its limit is refused with 413, the choices made kept', async () => {
  const statement = await post(
    '/workspace/statements',
    multipart(
      { action: 'upload', bank: 'bidv' },
      { field: 'file', name: 'saoke.csv', type: 'text/csv', bytes: maximumStatementBytes + megabyte },
    ),
    multipartHeaders(cookies.treasurer),
  );
  expect(statement.status).toBe(413);
  expect(statement.body).toMatch(/<option value="bidv" selected/);
  expect(statement.body).toContain(vi.payments.statementsFileTooLarge(statementFileMegabytes));
  const sheet = await post(
    '/workspace/imports',
    multipart(
      { campaign: 'national-2025' },
      { field: 'file', name: 'danhsach.xlsx', type: 'application/octet-stream', bytes: maximumSheetBytes + megabyte },
    ),
    multipartHeaders(cookies.officer),
  );
  expect(sheet.status).toBe(413);
  expect(sheet.body).toMatch(/<option value="national-2025" selected/);
  expect(sheet.body).toContain(vi.imports.sheetProblem.tooLarge);
});

test('a photo refused with 403 leaves no file behind; an allowed one keeps one', async () => {
  const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#8a7a5b' } })
    .jpeg()
    .toBuffer();
  const change = { stage: 'completed', occurredOn: today };
  const photo = { field: 'photo', name: 'nha.jpg', type: 'image/jpeg', bytes: jpeg };
  const refused = await post(
    `/workspace/households/${home.publicCode}`,
    multipart(change, photo),
    multipartHeaders(cookies.neighbour),
  );
  expect(refused.status).toBe(403);
  expect(photosKept()).toEqual([]);
  const allowed = await post(
    `/workspace/households/${home.publicCode}`,
    multipart(change, photo),
    multipartHeaders(cookies.officer),
  );
  expect(allowed.status).toBe(303);
  expect(photosKept()).toHaveLength(1);
});

test('a receipt file over its limit is refused with 413 on the verification page', async () => {
  const answer = await post(
    '/en/receipts/verify',
    multipart(
      {},
      { field: 'file', name: 'receipt.pdf', type: 'application/pdf', bytes: maximumReceiptFileBytes + megabyte },
    ),
    multipartHeaders(),
  );
  expect(answer.status).toBe(413);
  expect(answer.body).toContain('<html lang="en-GB"');
  expect(answer.body).toContain(messagesFor('en').receipts.verifyFileTooLarge);
});
