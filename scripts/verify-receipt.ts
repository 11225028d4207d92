// Checks receipts offline, with nothing but the portal's public key:
//   npm run verify-receipt -- receipt.pdf [--public-key chung-tay-receipts.pem]
// The file may be a receipt's JSON, a list of them, or a receipt PDF downloaded from the portal.
// Without --public-key, the key of this installation (RECEIPT_SIGNING_KEY_FILE) is used.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { checkReceipt, claimedReceiptCode, keyIdOf } from '../src/lib/receipts/receipt.ts';
import { receiptsInFile } from '../src/lib/receipts/receipt-file.ts';
import { portalReceiptKeys } from '../src/lib/receipts/signing-key.ts';
import { runCommand } from './run-command.ts';

runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { 'public-key': { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file)
    throw new ConfigurationError('usage: npm run verify-receipt -- <receipt.json|receipt.pdf> [--public-key key.pem]');
  const publicKey = values['public-key']
    ? createPublicKey(readFileSync(values['public-key'], 'utf8'))
    : portalReceiptKeys().publicKey;
  const receipts = receiptsInFile(readFileSync(file));
  if (!receipts?.length) throw new ConfigurationError(`${file} holds no receipt (expected a receipt's JSON or PDF)`);
  let failed = 0;
  for (const receipt of receipts) {
    const check = checkReceipt(receipt, new Map([[keyIdOf(publicKey), publicKey]]));
    if (check.ok) {
      const { body } = check;
      const gift = body.gift.kind === 'money' ? `${body.gift.amount} đồng` : `${body.gift.quantity} ${body.gift.unit}`;
      console.log(
        `✓ ${body.code}: authentic — ${body.donor ?? 'anonymous'}, ${gift}, received ${body.receivedOn}, ${body.issuerName}`,
      );
    } else {
      failed++;
      console.log(`✗ ${claimedReceiptCode(receipt)}: ${check.detail}`);
    }
  }
  if (failed > 0) process.exit(1);
});
