import type { MessageRecord } from "../generate/record";
import { Rng, hashString } from "../prng";
import { messageBody } from "./message-body";
import { drawText, wrap } from "./pixel-font";
import { Canvas, type Rgb } from "./png";

// …/preview: a small screenshot of the message as a mail client would render it: header block, the
// sender's banner, the body text, the call-to-action button, attachments. A real PNG, the same bytes
// every time for a message.

const WIDTH = 360;
const HEIGHT = 260;
const INK: Rgb = [31, 41, 55];
const MUTED: Rgb = [107, 114, 128];
const WHITE: Rgb = [255, 255, 255];
const PALETTE: readonly Rgb[] = [
  [0, 103, 184],
  [0, 120, 212],
  [255, 196, 57],
  [212, 5, 17],
  [36, 41, 47],
  [74, 21, 75],
  [0, 48, 135],
  [16, 124, 65],
];

function render(record: MessageRecord): Buffer {
  const facts = record.facts;
  const { draft } = facts;
  const rng = new Rng(facts.seed ^ 0x9e7);
  const body = messageBody(facts);
  const canvas = new Canvas(WIDTH, HEIGHT, [243, 244, 246]);
  canvas.rect(0, 0, WIDTH, 18, [55, 65, 81]);
  for (const [index, color] of ([[239, 68, 68], [245, 158, 11], [34, 197, 94]] as const).entries()) canvas.rect(6 + index * 10, 6, 6, 6, color);
  drawText(canvas, draft.subject || "(no subject)", 42, 6, WHITE, 1, WIDTH - 48);

  canvas.rect(6, 24, WIDTH - 12, HEIGHT - 30, WHITE);
  drawText(canvas, `From: ${draft.fromName ?? ""} <${draft.from}>`, 14, 30, MUTED, 1, WIDTH - 28);
  drawText(canvas, `To: ${draft.to.map((person) => person.address).join(", ")}`, 14, 40, MUTED, 1, WIDTH - 28);
  drawText(canvas, draft.subject, 14, 52, INK, 1, WIDTH - 28);
  canvas.rect(14, 63, WIDTH - 28, 1, [229, 231, 235]);

  let y = 70;
  const brand = draft.body.brand;
  if (["saas", "newsletter", "credential-phish", "spoof", "invoice", "qr"].includes(draft.body.kind) && brand) {
    const color = PALETTE[hashString(brand) % PALETTE.length] ?? INK;
    canvas.rect(14, y, WIDTH - 28, 24, color);
    drawText(canvas, brand, 22, y + 5, WHITE, 2, WIDTH - 44);
    y += 32;
  }
  for (const paragraph of [body.greeting, ...body.paragraphs].filter(Boolean)) {
    for (const line of wrap(paragraph, 54).slice(0, 4)) {
      if (y > HEIGHT - 40) break;
      drawText(canvas, line, 14, y, INK);
      y += 10;
    }
    y += 4;
  }
  if (draft.body.kind === "qr" && y < HEIGHT - 70) {
    for (let row = 0; row < 21; row++) for (let column = 0; column < 21; column++) if (rng.chance(0.5) || (row < 7 && column < 7)) canvas.rect(14 + column * 3, y + row * 3, 3, 3, INK);
    y += 68;
  }
  if (body.cta && y < HEIGHT - 40) {
    const width = Math.min(WIDTH - 28, body.cta.text.length * 6 + 24);
    canvas.rect(14, y, width, 18, PALETTE[hashString(draft.scenario) % 2] ?? INK);
    drawText(canvas, body.cta.text, 26, y + 6, WHITE, 1, width - 16);
    y += 26;
  }
  for (const line of body.signature.slice(0, 2)) {
    if (y > HEIGHT - 30) break;
    drawText(canvas, line, 14, y, MUTED);
    y += 10;
  }
  let x = 14;
  for (const attachment of facts.attachments) {
    const width = Math.min(150, attachment.name.length * 6 + 22);
    if (x + width > WIDTH - 14) break;
    canvas.rect(x, HEIGHT - 24, width, 14, [229, 231, 235]);
    canvas.rect(x + 3, HEIGHT - 21, 8, 8, attachment.detection === "MALICIOUS" ? [220, 38, 38] : [156, 163, 175]);
    drawText(canvas, attachment.name, x + 14, HEIGHT - 21, INK, 1, width - 16);
    x += width + 6;
  }
  return canvas.toPng();
}

/** The screenshot as Cloudflare sends it: base64 of the PNG. */
export function previewFor(record: MessageRecord): string {
  return render(record).toString("base64");
}
