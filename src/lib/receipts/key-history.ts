import { createPublicKey, type KeyObject } from 'node:crypto';
import { keyIdOf } from './receipt.ts';

/**
 * The keys that have signed receipts, each with the period it signed in: from its `validFrom`
 * until the next key's. A receipt signed by a retired key still verifies; one that claims a key
 * but is dated outside that key's period is refused (a stolen retired key cannot sign new receipts).
 */
export interface PublishedKey {
  keyId: string;
  publicKey: KeyObject;
  /** SPKI PEM, as published. */
  publicKeyPem: string;
  /** Null: from the installation's start. */
  validFrom: Date | null;
  /** Null: still the current key. */
  validUntil: Date | null;
}

export type PublishedKeys = ReadonlyMap<string, PublishedKey>;

/** The periods of keys stored in the order they came into use (a null `validFrom` first). */
export function keyPeriods(rows: readonly { publicKey: string; validFrom: Date | null }[]): PublishedKey[] {
  const sorted = [...rows].sort(
    (a, b) => (a.validFrom?.getTime() ?? -Infinity) - (b.validFrom?.getTime() ?? -Infinity),
  );
  return sorted.map((row, i) => {
    const publicKey = createPublicKey(row.publicKey);
    return {
      keyId: keyIdOf(publicKey),
      publicKey,
      publicKeyPem: row.publicKey,
      validFrom: row.validFrom,
      validUntil: sorted[i + 1]?.validFrom ?? null,
    };
  });
}

export function publishedKeys(periods: readonly PublishedKey[]): PublishedKeys {
  return new Map(periods.map((period) => [period.keyId, period]));
}

/** The published key list as JSON, for anyone to keep and check receipts offline. */
export function keyListJson(periods: readonly PublishedKey[]) {
  return {
    keys: periods.map((key) => ({
      keyId: key.keyId,
      status: key.validUntil === null ? 'current' : 'retired',
      validFrom: key.validFrom?.toISOString() ?? null,
      validUntil: key.validUntil?.toISOString() ?? null,
      publicKey: key.publicKeyPem,
    })),
  };
}

/** Reads a key list as keyListJson writes it (a file a donor downloaded); undefined when it is not one. */
export function readKeyListJson(json: unknown): PublishedKey[] | undefined {
  if (!json || typeof json !== 'object' || !Array.isArray((json as { keys?: unknown }).keys)) return undefined;
  try {
    const rows = (json as { keys: { publicKey: unknown; validFrom: unknown }[] }).keys.map((key) => {
      if (typeof key.publicKey !== 'string') throw new TypeError('a key without its public key');
      if (key.validFrom !== null && typeof key.validFrom !== 'string')
        throw new TypeError('a period without its start');
      const validFrom = key.validFrom === null ? null : new Date(key.validFrom);
      if (validFrom && Number.isNaN(validFrom.getTime())) throw new TypeError('a period that is no time');
      return { publicKey: key.publicKey, validFrom };
    });
    return keyPeriods(rows);
  } catch {
    return undefined;
  }
}
