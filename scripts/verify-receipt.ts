// Checks receipts offline, with nothing but the portal's public keys:
//   npm run verify-receipt -- receipt.pdf [--public-key chung-tay-receipts.pem] [--log-key <origin>+<hash>+<key>]
// The file may be a receipt's JSON, a list of them, or a receipt PDF downloaded from the portal:
// a PDF is authentic only when its own signature, of every byte of the file, checks too. A receipt
// carrying its inclusion proof is also checked against the transparency log's signed checkpoint:
// the checkpoint's signature with the log's verifier key (/api/transparency/key), then the audit
// path from the receipt to its root. With --log-key, a receipt without a proof fails.
// Without the keys, those of this installation (RECEIPT_SIGNING_KEY_FILE, TRANSPARENCY_LOG_KEY_FILE) are used.
// With --keys keys.json (the list /api/receipts/keys.json publishes), receipts signed by retired
// keys verify too, each only if dated within its key's period.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../src/lib/config/environment.ts';
import { keyIdOf, type ReceiptBody } from '../src/lib/receipts/receipt.ts';
import { checkReceiptsFile, receiptsInFile } from '../src/lib/receipts/receipt-file.ts';
import { publishedKeys, readKeyListJson } from '../src/lib/receipts/key-history.ts';
import { portalReceiptKeys } from '../src/lib/receipts/signing-key.ts';
import { logVerifier } from '../src/lib/transparency/log-checkpoint.ts';
import { checkReceiptProof } from '../src/lib/transparency/receipt-proof.ts';
import { NoteError, parseVerifierKey, type NoteVerifier } from '../src/lib/transparency/signed-note.ts';
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
    options: { 'public-key': { type: 'string' }, keys: { type: 'string' }, 'log-key': { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new ConfigurationError(
      'usage: npm run verify-receipt -- <receipt.json|receipt.pdf> [--public-key key.pem | --keys keys.json] [--log-key <origin>+<hash>+<key>]',
    );
  let given: NoteVerifier | undefined;
  try {
    given = values['log-key'] ? parseVerifierKey(values['log-key'].trim()) : undefined;
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    throw new ConfigurationError(`--log-key is not a verifier key (<origin>+<hash>+<base64 key>): ${error.reason}`);
  }
  const bytes = readFileSync(file);
  const checks = checkReceiptsFile(bytes, receiptKeys(values['public-key'], values.keys));
  if (!checks) throw new ConfigurationError(`${file} holds no receipt (expected a receipt's JSON or PDF)`);
  const files = receiptsInFile(bytes) ?? [];
  const signed = (body: ReceiptBody) => {
    const gift = body.gift.kind === 'money' ? `${body.gift.amount} đồng` : `${body.gift.quantity} ${body.gift.unit}`;
    return `${body.donor ?? 'anonymous'}, ${gift}, received ${body.receivedOn}, ${body.issuerName}`;
  };
  let failed = 0;
  for (const [i, check] of checks.entries()) {
    if (check.ok) console.log(`✓ ${check.code}: authentic — ${signed(check.body)}`);
    else {
      failed++;
      // The data a forged PDF wraps is a genuine receipt's: what it says, to compare with what the PDF shows.
      const data = 'body' in check ? ` (the receipt's signed data says: ${signed(check.body)})` : '';
      console.log(`✗ ${check.code}: ${check.detail}${data}`);
    }
    const carriesProof = (files[i] as { transparency?: unknown } | undefined)?.transparency !== undefined;
    if (!carriesProof && !given) continue;
    const logKey = given ?? logVerifier();
    const proof = checkReceiptProof(files[i], logKey.name, logKey);
    if (proof.ok)
      console.log(
        `  ✓ in the transparency log ${logKey.name}: record ${proof.index} of the checkpoint of ${proof.size}`,
      );
    else {
      failed++;
      console.log(`  ✗ transparency log ${logKey.name}: ${proof.detail}`);
    }
  }
  if (failed > 0) process.exit(1);
});
