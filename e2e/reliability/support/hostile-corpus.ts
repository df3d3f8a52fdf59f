// Attacker-written text of every kind a renderer can trip on. Each payload that ran would open a dialog
// (the guard fails the test) or fetch from evil.example (the request watch fails it).

export const EVIL_HOST = "evil.example";

export const HOSTILE_CORPUS = [
  `<script>alert("script")</script>`,
  `<img src=x onerror=alert("img")>`,
  `<a href="javascript:alert('href')">click</a>`,
  `javascript:alert("bare")`,
  `<svg onload=alert("svg")><script>alert(2)</script></svg>`,
  `"><img src=//${EVIL_HOST}/breakout.png>`,
  `<style>*{background:url(//${EVIL_HOST}/css.png)}</style>`,
  `<div style="background-image:url(http://${EVIL_HOST}/inline.png)">css</div>`,
  `<iframe src="//${EVIL_HOST}/frame"></iframe>`,
  `<link rel=stylesheet href=//${EVIL_HOST}/l.css>`,
  `<meta http-equiv="refresh" content="0;url=//${EVIL_HOST}/">`,
  `data:text/html,<script>alert("data")</script>`,
  `invoice\u202Efdp.exe \u2066isolate\u2069 zero\u200Bwidth`,
  `{{constructor.constructor('alert("template")')()}}`,
  `<b onmouseover=alert("b")>bold</b>`,
  `&lt;img src=x onerror=alert("entity")&gt;`,
] as const;

// Keys whose values the dashboard must parse (ids, times, addresses of hops): they stay real, so the
// message still loads and every other text field reaches the screen.
const KEEP = /^(id|postfix_id|ts|scanned_at|sent_at|sent_date|completed_at|completed_timestamp|smtp_helo_server_ip|smtp_previous_hop_ip|x_originating_ip)$/;

/** Every payload at once, so whichever field a renderer mishandles, something in it would run. */
export const ALL_PAYLOADS = HOSTILE_CORPUS.join(" ");

/** Puts the whole corpus in every other string of `message`, in place; returns how many. */
export function poison(message: Record<string, unknown>): number {
  let count = 0;
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (KEEP.test(key)) return value;
      count++;
      return ALL_PAYLOADS;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value && typeof value === "object") {
      for (const [name, item] of Object.entries(value)) (value as Record<string, unknown>)[name] = visit(item, name);
    }
    return value;
  };
  visit(message, "");
  return count;
}
