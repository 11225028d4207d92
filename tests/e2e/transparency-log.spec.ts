import { expect, test } from '@playwright/test';
import { openCheckpoint } from '../../src/lib/transparency/checkpoint.ts';
import { leafHash, verifyInclusion } from '../../src/lib/transparency/merkle.ts';
import { checkReceiptProof } from '../../src/lib/transparency/receipt-proof.ts';
import { parseVerifierKey } from '../../src/lib/transparency/signed-note.ts';
import { noteContentType } from '../../src/lib/transparency/witness-protocol.ts';
import { pdfText } from '../support/pdf-text.ts';
import { expectAccessible } from '../support/workspace-session.ts';

/** The transparency log as a witness, a journalist or a donor meets it, over HTTP only. */
test.describe('the transparency log', () => {
  test('publishes a signed checkpoint and its key on /ledger and at stable addresses', async ({ page, request }) => {
    const keyText = (await (await request.get('/api/transparency/key')).text()).trim();
    const key = parseVerifierKey(keyText);
    const note = await (await request.get('/api/transparency/checkpoint')).text();
    const { checkpoint } = openCheckpoint(note, key.name, key);
    expect(checkpoint.size).toBeGreaterThan(0);
    await page.goto('/ledger');
    await expect(page.getByTestId('log-key')).toHaveText(keyText);
    await expect(page.getByTestId('log-checkpoint')).toContainText(key.name);
    await expectAccessible(page);
    await page.goto('/en/ledger#transparency-log');
    await expect(page.getByRole('heading', { name: 'Transparency log' })).toBeVisible();
  });

  test("proves a receipt's inclusion, in its own file and at proof.json, and answers consistency proofs", async ({
    page,
    request,
  }) => {
    const key = parseVerifierKey((await (await request.get('/api/transparency/key')).text()).trim());
    const code = ((await (await request.get('/api/ledger/in.json')).json()) as { rows: { receipt: string }[] }).rows[0]!
      .receipt;
    const receipt = await (await request.get(`/api/receipts/${code}.json`)).json();
    expect(checkReceiptProof(receipt, key.name, key)).toMatchObject({ ok: true });
    const { checkpoint } = openCheckpoint(receipt.transparency.checkpoint, key.name, key);
    const proof = await (
      await request.get(`/api/transparency/proof.json?record=receipt:${code}&size=${checkpoint.size}`)
    ).json();
    const path = (proof.proof as string[]).map((hash) => Buffer.from(hash, 'base64'));
    expect(
      verifyInclusion(proof.index, checkpoint.size, leafHash(Buffer.from(proof.data)), path, checkpoint.rootHash),
    ).toBe(true);
    const older = Math.max(1, checkpoint.size - 3);
    const consistency = await request.get(`/api/transparency/consistency.json?from=${older}&to=${checkpoint.size}`);
    expect(consistency.status()).toBe(200);
    expect(await consistency.json()).toMatchObject({ from: older, to: checkpoint.size });

    await page.goto(`/receipts/${code}`);
    await expect(page.getByTestId('receipt-log')).toContainText('Trong sổ minh bạch');
    await expect(page.getByTestId('receipt-log-check')).toContainText(
      '✓ Đã ghi vào sổ minh bạch công khai: bản ghi số',
    );
    await expectAccessible(page);

    // The PDF says it in words a donor reads: record number, checkpoint size and date.
    const pdf = Buffer.from(await (await request.get(`/api/receipts/${code}.pdf`)).body());
    const printed = (await pdfText(pdf)).pages[0]!.replace(/\s+/g, ' ');
    expect(printed).toMatch(
      /đã được ghi vào sổ minh bạch công khai của cổng: bản ghi số \d+, trong checkpoint gồm \d+ bản ghi ký ngày/,
    );
    expect(printed).toMatch(
      /entered in the portal's public transparency log: record \d+, in the checkpoint of \d+ records signed on/,
    );

    // The online check checks the proof the file carries; one altered fails, saying why.
    const upload = async (locale: '' | '/en', name: string, file: unknown) => {
      await page.goto(`${locale}/receipts/verify`);
      await page
        .locator('#file')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await page.locator('form[method="post"] button').click();
    };
    await upload('', 'bien-nhan.json', receipt);
    await expect(page.getByTestId('verdict-log')).toContainText(
      `Đã ghi vào sổ minh bạch công khai: bản ghi số ${receipt.transparency.index} trong checkpoint gồm ${checkpoint.size} bản ghi, ký lúc`,
    );
    const altered = { ...receipt, transparency: { ...receipt.transparency, index: receipt.transparency.index + 1 } };
    await upload('/en', 'altered.json', altered);
    await expect(page.getByTestId('verdicts')).toContainText(
      `✗ ${code}: the proof does not lead from this receipt to the root of the transparency log's checkpoint`,
    );
    await expectAccessible(page);
  });

  test('refuses malformed sizes and unknown records, saying why in both languages', async ({ request }) => {
    const cases: [string, number, string][] = [
      ['/api/transparency/consistency.json?from=abc', 400, 'whole numbers'],
      ['/api/transparency/consistency.json?from=5&to=2', 400, 'must not be larger'],
      ['/api/transparency/consistency.json?from=1&to=999999999', 404, 'holds'],
      ['/api/transparency/proof.json', 400, 'names what to prove'],
      ['/api/transparency/proof.json?record=receipt:nothing-000001', 404, 'no record'],
      ['/api/transparency/proof.json?record=receipt:x-000001&size=-1', 400, 'whole numbers'],
    ];
    for (const [address, status, english] of cases) {
      const response = await request.get(address);
      expect({ address, status: response.status() }).toEqual({ address, status });
      const { error } = await response.json();
      expect(error.en).toContain(english);
      expect(error.vi.length).toBeGreaterThan(0);
    }
    // A witness's cosignature that is no signed note: refused in the same shape, with the parser's detail.
    const cosignature = await request.post('/api/transparency/cosignatures', {
      headers: { 'content-type': noteContentType },
      data: 'not a note',
    });
    expect(cosignature.status()).toBe(400);
    const refused = await cosignature.json();
    expect(refused).toMatchObject({ outcome: 'malformed', error: { en: expect.stringContaining('C2SP signed note') } });
    expect(refused.error.vi).toContain('chữ ký đồng ký');
    expect(refused.detail.length).toBeGreaterThan(0);
  });
});
