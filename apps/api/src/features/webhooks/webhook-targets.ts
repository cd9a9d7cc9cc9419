import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { ApiConfig } from '../../config';
import { type AddressList, inRanges, parseAddressList } from '../../shared/address-list';

/**
 * Which hosts webhooks may reach. Admins type the URL and read the first 1 KB of every answer in the
 * delivery log, so a webhook to an internal address would be a way to read the API's own
 * neighbours (the object store, Postgres, cloud metadata at 169.254.169.254): by default only
 * public unicast addresses are reached. WEBHOOK_ALLOW_PRIVATE lifts this; WEBHOOK_ALLOWED_HOSTS
 * names the internal receivers (host names, IPs, CIDR ranges) that are fine.
 */
export interface WebhookTargetPolicy {
  allowPrivate: boolean;
  allowed: AddressList;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Host name to every address it has (the send connects to one of those, checked, never re-resolved). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

export const webhookTargetPolicy = (config: ApiConfig): WebhookTargetPolicy => ({
  allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
  allowed: parseAddressList(config.WEBHOOK_ALLOWED_HOSTS),
});

function rangesOf(family: 'ipv4' | 'ipv6', cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', bits] = cidr.split('/');
    list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/**
 * IANA's special-purpose ranges: this host, private, CGNAT, loopback, link-local, documentation,
 * benchmarking, multicast, reserved and broadcast. Two lists: Node matches an IPv4 address against
 * IPv6 rules as if it were v4-mapped, so a `::ffff:0:0/96` rule would refuse every IPv4 address.
 */
const SPECIAL_V4 = rangesOf('ipv4', [
  ...['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12'],
  ...['192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15'],
  ...['198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4'],
]);
/**
 * Unspecified, loopback and v4-compatible (::/96), v4-mapped, NAT64, discard, IETF assignments
 * (Teredo), documentation, 6to4, unique-local, link-local, site-local, multicast. The ones that embed
 * an IPv4 address are refused whole: the embedded one may be internal.
 */
const SPECIAL_V6 = rangesOf('ipv6', [
  ...['::/96', '::ffff:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48', '100::/64', '2001::/23'],
  ...['2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8'],
]);

/** Whether an IP address is anything but public unicast (unparseable counts as not public). */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return SPECIAL_V4.check(address, 'ipv4');
  if (family === 6) return SPECIAL_V6.check(address, 'ipv6');
  return true;
}

/** Why the policy refuses an address, or null. */
export function refusedAddress(policy: WebhookTargetPolicy, address: string): string | null {
  if (policy.allowPrivate || !isNonPublicAddress(address) || inRanges(policy.allowed, address)) return null;
  return `${address} is not a public address (private, loopback, link-local or reserved); the server allows such targets only if listed in WEBHOOK_ALLOWED_HOSTS or with WEBHOOK_ALLOW_PRIVATE`;
}

/** The host of a URL as DNS and the policy see it: no brackets around IPv6, no trailing dot, lower case. */
export const hostOf = (url: URL) =>
  url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** Host names listed in WEBHOOK_ALLOWED_HOSTS are trusted whatever they resolve to. */
export const isAllowedHost = (policy: WebhookTargetPolicy, host: string) =>
  policy.allowPrivate || policy.allowed.hosts.has(host);

/**
 * Why a webhook URL is refused now, or null: an IP literal is checked as written (every numeric
 * form - 2130706433, 0x7f.1, 0177.0.0.1 - is normalised by URL parsing), a name by every address
 * it resolves to. A name that does not resolve (yet) is accepted: each send checks again.
 */
export async function refusedTarget(
  policy: WebhookTargetPolicy,
  url: URL,
  resolve: Resolve = systemResolve,
): Promise<string | null> {
  const host = hostOf(url);
  if (isAllowedHost(policy, host)) return null;
  if (isIP(host)) return refusedAddress(policy, host);
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    return null;
  }
  for (const { address } of addresses) {
    const reason = refusedAddress(policy, address);
    if (reason) return `${host}: ${reason}`;
  }
  return null;
}
