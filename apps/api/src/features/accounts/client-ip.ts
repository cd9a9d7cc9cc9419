import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { ApiConfig } from '../../config';
import { type AddressList, inRanges, parseAddressList } from '../../shared/address-list';

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** One client, one spelling: `::ffff:1.2.3.4` (a v4 client on a dual-stack socket) is `1.2.3.4`. */
export const canonicalIp = (address: string) => address.trim().replace(MAPPED_V4, '$1');

/**
 * The client's address: the socket's peer, or - while that peer is a trusted proxy - the address
 * the proxy got the request from, the last entry of X-Forwarded-For it appended (read right to left
 * through a chain of trusted proxies). Entries left of the first untrusted address are the client's
 * own words and are ignored: a client cannot pick the address its failed sign-ins count against.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: AddressList,
): string {
  let address = canonicalIp(remoteAddress ?? 'unknown');
  const hops = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (inRanges(trusted, address)) {
    const hop = hops.pop();
    if (hop === undefined) break;
    // a trusted proxy wrote it; bounded anyway, it becomes a database key
    address = canonicalIp(hop).slice(0, 64);
  }
  return address;
}

/** The client address of a request, trusting X-Forwarded-For from TRUSTED_PROXIES only. */
export function clientIpResolver(config: Pick<ApiConfig, 'TRUSTED_PROXIES'>) {
  const trusted = parseAddressList(config.TRUSTED_PROXIES);
  return (req: IncomingMessage) =>
    clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}

/** Expands `2001:db8::1` to its eight groups (`::ffff:a.b.c.d` is canonicalised to v4 before this). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right];
}

/**
 * What sign-in limits count by: an IPv4 address, or an IPv6 client's /64 (one subscriber usually
 * holds a whole /64, so counting single addresses would give one client 2^64 fresh budgets).
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6 || address.includes('.')) return address;
  const prefix = ipv6Groups(address.toLowerCase().split('%')[0] ?? '').slice(0, 4);
  return `${prefix.map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
