import { isIP } from 'node:net';

/**
 * A client address cut to its first bits, written as the network it names: `203.0.113.0/24`,
 * `2001:db8:12::/48`. An IPv4 client of a server listening on IPv6 (`::ffff:203.0.113.7`) is
 * read as IPv4. Anything that is not an address is kept as it is.
 *
 * @example addressPrefix('203.0.113.7', { ipv4: 24, ipv6: 48 }) // '203.0.113.0/24'
 * @example addressPrefix('2001:db8:12:34::1', { ipv4: 24, ipv6: 48 }) // '2001:db8:12::/48'
 */
export function addressPrefix(address: string, bits: { ipv4: number; ipv6: number }): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const version = isIP(plain);
  if (version === 4) {
    const value = plain.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
    const kept = Math.floor(value / 2 ** (32 - bits.ipv4)) * 2 ** (32 - bits.ipv4);
    const octets = [24, 16, 8, 0].map((shift) => Math.floor(kept / 2 ** shift) % 256);
    return `${octets.join('.')}/${bits.ipv4}`;
  }
  if (version === 6) {
    const groups = ipv6Groups(plain);
    const kept = groups.map((group, index) => {
      const from = index * 16;
      if (from >= bits.ipv6) return 0;
      const keep = Math.min(16, bits.ipv6 - from);
      return group & (0xffff << (16 - keep)) & 0xffff;
    });
    return `${compressIpv6(kept)}/${bits.ipv6}`;
  }
  return address;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = dotted
    ? `${address.slice(0, dotted.index)}${[1, 3].map((i) => (Number(dotted[i]) * 256 + Number(dotted[i + 1])).toString(16)).join(':')}`
    : address;
  const [head = '', tail] = hex.split('::');
  const part = (text: string) => (text ? text.split(':').map((group) => parseInt(group, 16)) : []);
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The groups written the short way: the longest run of zero groups (two or more) as `::`. */
function compressIpv6(groups: number[]): string {
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > best.length) best = { start, length };
  }
  const text = groups.map((group) => group.toString(16));
  if (best.length < 2) return text.join(':');
  return `${text.slice(0, best.start).join(':')}::${text.slice(best.start + best.length).join(':')}`;
}
