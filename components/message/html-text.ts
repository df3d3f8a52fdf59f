// An email's HTML read as text in the browser, never rendered: DOMParser builds an inert document (no
// scripts run, nothing is fetched) and only its text and its links' addresses are taken out of it.

const BLOCKS = "p, div, br, tr, li, h1, h2, h3, h4, h5, h6, blockquote, table, section, article, header, footer";
const MAX_LINKS = 200;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** The words a reader of the HTML would see, a line per block. */
export function htmlToText(html: string): string {
  const document = parse(html);
  for (const element of document.querySelectorAll("script, style, head, template, noscript")) element.remove();
  for (const element of document.querySelectorAll(BLOCKS)) element.append(document.createTextNode("\n"));
  return (document.body?.textContent ?? "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Where the HTML's links lead, each address once, in order: what a click would have opened. */
export function htmlLinks(html: string): string[] {
  const hrefs = [...parse(html).querySelectorAll("a[href], area[href]")].map((element) => element.getAttribute("href")?.trim() ?? "");
  return [...new Set(hrefs.filter(Boolean))].slice(0, MAX_LINKS);
}
