// The site address a person types: "example.com", "https://example.com/path", "пример.рф".
// A support request names one site, so anything that is not a public web address is refused
// with a reason the form can show.

export type AddressProblem = 'empty' | 'invalid' | 'scheme' | 'credentials';

export type AddressCheck =
  | { ok: true; /** What the person typed, trimmed: shown in the request as they know it. */ address: string; /** The ASCII host name. */ host: string }
  | { ok: false; problem: AddressProblem };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

export function checkSiteAddress(input: string): AddressCheck {
  const address = input.trim();
  if (address === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(address)) return { ok: false, problem: 'invalid' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  const hasScheme = scheme !== undefined && address.slice(scheme.length + 1).startsWith('//');
  if (hasScheme && scheme !== 'http' && scheme !== 'https') return { ok: false, problem: 'scheme' };
  // "mailto:x", "javascript:x": a scheme without "//" is not a web address either.
  if (!hasScheme && scheme !== undefined && !/^[^:/]+:\d+(?:[/?#]|$)/.test(address)) return { ok: false, problem: 'scheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? address : `https://${address}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const host = url.hostname;
  if (!isPublicHost(host)) return { ok: false, problem: 'invalid' };
  return { ok: true, address, host };
}

function isPublicHost(host: string): boolean {
  if (IPV4.test(host)) return true;
  if (host.startsWith('[') && host.endsWith(']')) return true; // IPv6, already checked by URL
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2 || host.length > 253) return false;
  return labels.every((label) => LABEL.test(label)) && TOP_LABEL.test(labels.at(-1)!);
}
