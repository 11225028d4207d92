// Checks receipts offline, with nothing but the portal's public key:
//   npm run verify-receipt -- receipt.pdf [--public-key chung-tay-receipts.pem]
// The file may be a receipt's JSON, a list of them, or a receipt PDF downloaded from the portal:
// a PDF is authentic only when its own signature, of every byte of the file, checks too.
// Without --public-key, the key of this installation (RECEIPT_SIGNING_KEY_FILE) is used. With
// --keys keys.json (the list /api/receipts/keys.json publishes), receipts signed by retired keys
// verify too, each only if dated within its key's period.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { keyIdOf, type ReceiptBody } from '../src/lib/receipts/receipt.ts';
import { checkReceiptsFile } from '../src/lib/receipts/receipt-file.ts';
import { publishedKeys, readKeyListJson } from '../src/lib/receipts/key-history.ts';
import { portalReceiptKeys } from '../src/lib/receipts/signing-key.ts';
import { runCommand } from './run-command.ts';

/** The keys to check with: a key list, one key, or this installation's key. */
function receiptKeys(keyFile: string | undefined, listFile: string | undefined) {
  if (listFile) {
    let list;
    try {
      list = readKeyListJson(JSON.parse(readFileSync(listFile, 'utf8')));
    } catch {
      list = undefined;
    }
    if (!list) throw new ConfigurationError(`${listFile} is not a key list (expected /api/receipts/keys.json)`);
    return publishedKeys(list);
  }
  const publicKey = keyFile ? createPublicKey(readFileSync(keyFile, 'utf8')) : portalReceiptKeys().publicKey;
  return new Map([[keyIdOf(publicKey), publicKey]]);
}

runCommand(async () => {
  const { values, positionals } = parseArgs({
    options: { 'public-key': { type: 'string' }, keys: { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new ConfigurationError(
      'usage: npm run verify-receipt -- <receipt.json|receipt.pdf> [--public-key key.pem | --keys keys.json]',
    );
  const checks = checkReceiptsFile(readFileSync(file), receiptKeys(values['public-key'], values.keys));
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
