import { BlockList, isIP } from 'node:net';

/** The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses and ranges). */
export function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * The address a request came from, as rate limits count it. Behind a trusted proxy the peer is
 * the proxy, and the client is the nearest address in X-Forwarded-For that no trusted proxy added
 * (each proxy appends the address it heard from; the entries before it are whatever the client
 * wrote). From anyone else the header is ignored: a client could write any address there.
 *
 * @example clientAddress('127.0.0.1', '10.9.8.7, 203.0.113.5', trustedProxies(['127.0.0.1'])) // '203.0.113.5'
 */
export function clientAddress(peer: string, forwardedFor: string | null, proxies: BlockList): string {
  const hops = (forwardedFor ?? '').split(',').map((hop) => plain(hop.trim()));
  let address = plain(peer);
  while (isTrusted(address, proxies)) {
    const next = hops.pop();
    if (!next || !isIP(next)) break;
    address = next;
  }
  return address;
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const version = isIP(address);
  return version !== 0 && proxies.check(address, version === 6 ? 'ipv6' : 'ipv4');
}

/** `::ffff:127.0.0.1` (an IPv4 client of a server listening on IPv6) → `127.0.0.1`. */
function plain(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
