// Just enough RFC 5322 / 2045 / 2047 / 2231 to write believable EML: encoded words for non-ASCII
// header text, folding of long headers, base64 bodies wrapped at 76 columns.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** RFC 2047 B-encoding, split on character boundaries so no encoded word exceeds 75 characters. */
export function encodeWords(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, "utf8") > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`).join(" ");
}

export function formatAddress(name: string | null | undefined, address: string): string {
  if (!name) return `<${address}>`;
  if (!PRINTABLE_ASCII.test(name)) return `${encodeWords(name)} <${address}>`;
  const quoted = /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/(["\\])/g, "\\$1")}"` : name;
  return `${quoted} <${address}>`;
}

/** `Name: value`, folded at spaces to keep lines near 78 characters. */
export function header(name: string, value: string): string {
  const words = `${name}: ${value}`.split(" ");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line !== `${name}:` && line.length + 1 + word.length > 78) {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join("\r\n");
}

export function base64Lines(bytes: Buffer): string {
  const encoded = bytes.toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join("\r\n");
}

/** `Tue, 15 Sep 2026 09:58:41 +0000` */
export function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace("GMT", "+0000");
}

/** RFC 2231 for a non-ASCII file name, plain quoting otherwise. */
export function filenameParameter(name: string, parameter: "name" | "filename"): string {
  if (PRINTABLE_ASCII.test(name)) return `${parameter}="${name.replace(/(["\\])/g, "\\$1")}"`;
  return `${parameter}*=UTF-8''${encodeURIComponent(name)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
