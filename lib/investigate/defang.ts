// Indicators an analyst may paste into a ticket or chat must not become live links on the way:
// schemes become hxxp/hxxps and every dot of a host becomes [.] (the convention of threat-intel tools).

const SCHEME = /^(\s*)(h)tt(ps?)(:\/\/)/i;
const OTHER_SCHEME = /^(\s*)([a-z][a-z0-9+.-]*):/i;

/** A URL as text that no mail client, chat or browser will auto-link. */
export function defangUrl(url: string): string {
  const web = SCHEME.exec(url);
  if (web) {
    const rest = url.slice(web[0].length);
    const end = rest.search(/[/?#]/);
    const host = end === -1 ? rest : rest.slice(0, end);
    const tail = end === -1 ? "" : rest.slice(end);
    return `${web[1]}${web[2]}xx${web[3]}${web[4]}${defangHost(host)}${tail}`;
  }
  // javascript:, data:, mailto: … keep their text but lose the colon that makes them a scheme.
  const other = OTHER_SCHEME.exec(url);
  if (other) return `${other[1]}${other[2]}[:]${url.slice(other[0].length)}`;
  return defangHost(url);
}

/** A host, domain or address with its dots bracketed: evil.example → evil[.]example. */
export function defangHost(host: string): string {
  return host.replaceAll(".", "[.]");
}
