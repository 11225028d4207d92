// Checks receipts offline, with nothing but the portal's public key:
//   npm run verify-receipt -- receipt.pdf [--public-key chung-tay-receipts.pem]
// The file may be a receipt's JSON, a list of them, or a receipt PDF downloaded from the portal:
// a PDF is authentic only when its own signature, of every byte of the file, checks too.
// Without --public-key, the key of this installation (RECEIPT_SIGNING_KEY_FILE) is used.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { keyIdOf, type ReceiptBody } from '../src/lib/receipts/receipt.ts';
import { checkReceiptsFile } from '../src/lib/receipts/receipt-file.ts';
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
  const checks = checkReceiptsFile(readFileSync(file), new Map([[keyIdOf(publicKey), publicKey]]));
  if (!checks) throw new ConfigurationError(`${file} holds no receipt (expected a receipt's JSON or PDF)`);
  const signed = (body: ReceiptBody) => {
    const gift = body.gift.kind === 'money' ? `${body.gift.amount} đồng` : `${body.gift.quantity} ${body.gift.unit}`;
    return `${body.donor ?? 'anonymous'}, ${gift}, received ${body.receivedOn}, ${body.issuerName}`;
  };
  let failed = 0;
  for (const check of checks) {
    if (check.ok) console.log(`✓ ${check.code}: authentic — ${signed(check.body)}`);
    else {
      failed++;
      // The data a forged PDF wraps is a genuine receipt's: what it says, to compare with what the PDF shows.
      const data = 'body' in check ? ` (the receipt's signed data says: ${signed(check.body)})` : '';
      console.log(`✗ ${check.code}: ${check.detail}${data}`);
    }
  }
  if (failed > 0) process.exit(1);
});
