// Reads Cloudflare's envelope around a raw EML ({"success":true,…,"result":{"raw":"…"}}) as it arrives,
// handing on the decoded text of result.raw piece by piece, so a large message is never held whole.
// Everything else in the envelope is checked for JSON syntax and skipped, but for `success`, which
// must be true. Errors are RawEnvelopeError with a message that quotes nothing of the body.

export class RawEnvelopeError extends Error {
  override name = "RawEnvelopeError";
}

type Frame = { kind: "object" | "array"; key: string | null };
type Expect = "value" | "key-or-end" | "key" | "colon" | "comma-or-end" | "done";
type StringRole = "key" | "raw" | "skip";

const MAX_KEY = 64;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const STRING_STOP = /["\\\u0000-\u001f]/g;
const SCALAR_CHAR = /[0-9A-Za-z+\-.]/;

export class RawScanner {
  private stack: Frame[] = [];
  private expect: Expect = "value";
  private string: { role: StringRole; key: string; escape: string | null } | null = null;
  private scalar: string | null = null;
  private success: boolean | null = null;
  private rawState: "before" | "inside" | "after" = "before";
  private pendingSurrogate = "";

  /** True once the text of result.raw has begun: from here on, output is being handed on. */
  get started(): boolean {
    return this.rawState !== "before";
  }

  /** Scans one piece of the envelope's text and returns the raw text it held. */
  write(text: string): string {
    let out = "";
    let i = 0;
    while (i < text.length) {
      if (this.string) {
        const scanned = this.scanString(text, i);
        out += scanned.out;
        i = scanned.next;
        continue;
      }
      const char = text[i] as string;
      if (this.scalar !== null) {
        if (SCALAR_CHAR.test(char)) {
          this.scalar += char;
          if (this.scalar.length > 400) throw new RawEnvelopeError("Cloudflare's raw answer holds a number or literal that is far too long.");
          i++;
          continue;
        }
        this.endScalar();
      }
      this.structural(char);
      i++;
    }
    return this.hold(out);
  }

  /** At the end of the text: the envelope must be complete, successful, and have held result.raw. */
  end(): string {
    if (this.scalar !== null) this.endScalar();
    if (this.string || this.expect !== "done") throw new RawEnvelopeError("Cloudflare's raw answer ended before its JSON was complete.");
    if (this.success !== true) throw new RawEnvelopeError("Cloudflare's raw answer does not report success.");
    if (this.rawState !== "after") throw new RawEnvelopeError("Cloudflare's answer holds no result.raw string.");
    const rest = this.pendingSurrogate;
    this.pendingSurrogate = "";
    return rest;
  }

  // A high surrogate whose pair may come in the next piece is kept back, so no piece ends in half a
  // character that an encoder would replace.
  private hold(out: string): string {
    const text = this.pendingSurrogate + out;
    const last = text.charCodeAt(text.length - 1);
    if (text.length > 0 && last >= 0xd800 && last <= 0xdbff) {
      this.pendingSurrogate = text.slice(-1);
      return text.slice(0, -1);
    }
    this.pendingSurrogate = "";
    return text;
  }

  private structural(char: string): void {
    if (char === " " || char === "\n" || char === "\r" || char === "\t") return;
    switch (this.expect) {
      case "value":
        return this.startValue(char);
      case "key-or-end":
        if (char === "}") return this.close("object");
        return this.startKey(char);
      case "key":
        return this.startKey(char);
      case "colon":
        if (char !== ":") throw this.syntax();
        this.expect = "value";
        return;
      case "comma-or-end": {
        const frame = this.stack.at(-1);
        if (!frame) throw this.syntax();
        if (char === ",") {
          this.expect = frame.kind === "object" ? "key" : "value";
          return;
        }
        return this.close(char === "}" ? "object" : char === "]" ? "array" : null);
      }
      case "done":
        throw this.syntax();
    }
  }

  private startValue(char: string): void {
    if (char === "{" || char === "[") {
      this.stack.push({ kind: char === "{" ? "object" : "array", key: null });
      this.expect = char === "{" ? "key-or-end" : "value";
      return;
    }
    if (char === "]") {
      // An empty array: "[" went straight to expecting a value.
      const frame = this.stack.at(-1);
      if (frame?.kind !== "array" || frame.key !== null) throw this.syntax();
      return this.close("array");
    }
    if (char === '"') {
      const role = this.atRaw() ? "raw" : "skip";
      if (role === "raw") {
        if (this.rawState !== "before") throw new RawEnvelopeError("Cloudflare's answer holds result.raw twice.");
        this.rawState = "inside";
      }
      this.string = { role, key: "", escape: null };
      return;
    }
    if (!SCALAR_CHAR.test(char)) throw this.syntax();
    this.scalar = char;
  }

  private startKey(char: string): void {
    if (char !== '"') throw this.syntax();
    this.string = { role: "key", key: "", escape: null };
  }

  private close(kind: Frame["kind"] | null): void {
    const frame = this.stack.pop();
    if (!frame || frame.kind !== kind) throw this.syntax();
    this.afterValue();
  }

  private afterValue(): void {
    const frame = this.stack.at(-1);
    this.expect = frame ? "comma-or-end" : "done";
    // An array frame's key marks that it holds at least one item (see the empty-array case above).
    if (frame?.kind === "array") frame.key = "";
  }

  private endScalar(): void {
    const token = this.scalar ?? "";
    this.scalar = null;
    if (token !== "true" && token !== "false" && token !== "null" && !NUMBER.test(token)) throw this.syntax();
    if (this.stack.length === 1 && this.stack[0]?.key === "success") {
      this.success = token === "true";
      if (!this.success) throw new RawEnvelopeError("Cloudflare's raw answer reports success: false.");
    }
    this.afterValue();
  }

  private atRaw(): boolean {
    const [outer, inner, ...deeper] = this.stack;
    return deeper.length === 0 && outer?.kind === "object" && outer.key === "result" && inner?.kind === "object" && inner.key === "raw";
  }

  /** Consumes string content from `from`; returns the decoded text (for result.raw) and where it stopped. */
  private scanString(text: string, from: number): { out: string; next: number } {
    const string = this.string;
    if (!string) return { out: "", next: from };
    let out = "";
    let i = from;
    const keep = (part: string) => {
      if (string.role === "raw") out += part;
      else if (string.role === "key" && string.key.length <= MAX_KEY) string.key += part.slice(0, MAX_KEY + 1);
    };
    while (i < text.length) {
      if (string.escape !== null) {
        string.escape += text[i];
        i++;
        const escape = string.escape;
        if (escape.length === 1 && escape !== "u") {
          const decoded = ESCAPES[escape];
          if (decoded === undefined) throw this.syntax();
          keep(decoded);
          string.escape = null;
        } else if (escape.length === 5) {
          if (!/^u[0-9a-fA-F]{4}$/.test(escape)) throw this.syntax();
          keep(String.fromCharCode(parseInt(escape.slice(1), 16)));
          string.escape = null;
        }
        continue;
      }
      STRING_STOP.lastIndex = i;
      const stop = STRING_STOP.exec(text);
      const end = stop ? stop.index : text.length;
      if (end > i) keep(text.slice(i, end));
      i = end;
      if (!stop) break;
      if (stop[0] === "\\") {
        string.escape = "";
        i++;
        continue;
      }
      if (stop[0] !== '"') throw new RawEnvelopeError("Cloudflare's raw answer holds a control character inside a JSON string.");
      i++;
      this.endString(string);
      break;
    }
    return { out, next: i };
  }

  private endString(string: { role: StringRole; key: string }): void {
    this.string = null;
    if (string.role === "key") {
      const frame = this.stack.at(-1);
      if (frame) frame.key = string.key.length > MAX_KEY ? "\u0000long" : string.key;
      this.expect = "colon";
      return;
    }
    if (string.role === "raw") this.rawState = "after";
    this.afterValue();
  }

  private syntax(): RawEnvelopeError {
    return new RawEnvelopeError("Cloudflare's raw answer is not valid JSON.");
  }
}
