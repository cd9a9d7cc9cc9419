import { BlockList, isIP } from 'node:net';

/** A parsed `host,10.0.0.0/8,fd00::/8,...` setting: IP ranges, and host names (lower case). */
export interface AddressList {
  ranges: BlockList;
  hosts: ReadonlySet<string>;
}

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** `1.2.3.4`, `::1`, `10.0.0.0/8` or `fd00::/8` added to `ranges`; false if it is none of these. */
function addRange(ranges: BlockList, entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !isIP(address)) return false;
  const family = familyOf(address);
  if (prefix === undefined) {
    ranges.addAddress(address, family);
    return true;
  }
  const bits = Number(prefix);
  const max = family === 'ipv6' ? 128 : 32;
  if (!/^\d{1,3}$/.test(prefix) || bits > max) return false;
  ranges.addSubnet(address, bits, family);
  return true;
}

const entriesOf = (text: string) =>
  text
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);

/** The entries of `text` that are neither an IP, a CIDR range nor (where allowed) a host name. */
export function invalidAddressEntries(text: string, { hostNames }: { hostNames: boolean }): string[] {
  return entriesOf(text).filter(
    (entry) => !addRange(new BlockList(), entry) && !(hostNames && HOST_NAME.test(entry.replace(/\.$/, ''))),
  );
}

/** Parses a comma list of IPs, CIDR ranges and host names (validate it first: bad entries are skipped). */
export function parseAddressList(text: string): AddressList {
  const ranges = new BlockList();
  const hosts = new Set<string>();
  for (const entry of entriesOf(text)) {
    if (!addRange(ranges, entry)) hosts.add(entry.replace(/\.$/, ''));
  }
  return { ranges, hosts };
}

/** Whether an IP address (v4, v6, or v4-mapped v6) is inside one of the list's ranges. */
export function inRanges(list: AddressList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.ranges.check(address, family === 6 ? 'ipv6' : 'ipv4');
}
