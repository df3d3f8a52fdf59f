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

// In free text (subjects, names, reasons, headers): a URL with a scheme (or a script, data or mail one), or
// a host name (letters in its last label, so version numbers and IPs stay as they are). Addresses lose the
// dots on both sides of the @, as defangHost does. A name ending in a file extension that is no top-level
// domain ("Salary Review.xlsx") is left alone; one that is both (.zip, .mov) is defanged.
const FILE_EXTENSIONS = "pdf|exe|docx?|docm|xlsx?|xlsm|pptx?|txt|csv|html?|png|jpe?g|gif|svg|rar|iso|msi|bat|cmd|vbs|lnk|eml|ics|json|xml|rtf|odt|js|dll|jar|apk|tmp|log";
const END = "(?![\\p{L}\\p{N}_-])";
const IN_TEXT = new RegExp(
  `(\\b(?!hxxps?:)(?:[a-z][a-z0-9+.-]*:\\/\\/|(?:javascript|vbscript|data|mailto):)[^\\s<>"'\`]+)` +
    `|(?<![\\p{L}\\p{N}_.-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?!(?:${FILE_EXTENSIONS})${END})\\p{L}{2,24}${END}`,
  "giu",
);

/** Free text with every URL and host name in it defanged; the rest of the text unchanged. */
export function defangText(text: string): string {
  return text.replace(IN_TEXT, (match, url: string | undefined) => (url ? defangUrl(match) : defangHost(match)));
}
