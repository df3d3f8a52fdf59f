import type { RecordFacts } from "../generate/record";
import { Rng } from "../prng";

// The text of a message, written per kind of mail. The raw EML and the preview image both use it, so the
// screenshot shows what the EML says.

export type MessageBody = {
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly cta: { readonly text: string; readonly href: string } | null;
  readonly signature: readonly string[];
};

function firstName(name: string | undefined): string {
  const first = name?.split(/\s+/)[0] ?? "";
  return /^[A-Z][a-z]+$/.test(first) ? first : "there";
}

export function messageBody(facts: RecordFacts): MessageBody {
  const { draft } = facts;
  const rng = new Rng(facts.seed ^ 0x00b0d7);
  const who = firstName(draft.to[0]?.name);
  const brand = draft.body.brand;
  const link = draft.links[0];
  const cta = link ? { text: link.text, href: link.href } : null;
  const sender = draft.fromName ?? draft.from;
  const signOff = (lines: string[]) => ["Best regards,", ...lines];

  switch (draft.body.kind) {
    case "internal":
      return { greeting: `Hi ${who},`, paragraphs: [rng.pick(["Quick follow-up from this morning.", "Sharing the latest version below.", "Can you take a look before Friday?"]), rng.pick(["Let me know if anything is unclear and I'll set up time.", "Comments in the doc are welcome.", "Thanks for pulling this together so quickly."])], cta, signature: [sender, "Acme Corp"] };
    case "partner":
      return { greeting: `Hello ${who},`, paragraphs: [`Thanks for your time this week. Following up on our discussion with the ${brand} team.`, "Please find the details below and let us know if you have any questions."], cta, signature: signOff([sender, brand]) };
    case "invoice":
      return { greeting: "Dear Accounts Payable,", paragraphs: [`Please find attached our invoice for services rendered. Payment terms are net 30 as per our agreement with ${brand}.`, "Remit to the bank account on file. Thank you for your business."], cta, signature: signOff([sender, `Accounts Receivable, ${brand}`]) };
    case "saas":
      return { greeting: `Hi ${who},`, paragraphs: [draft.subject, `You are receiving this because of your notification settings in ${brand}.`], cta, signature: [`The ${brand} team`] };
    case "newsletter":
      return { greeting: "", paragraphs: [draft.subject, `The best of ${brand}, curated for you this week. Read the stories everyone at work is talking about.`, "You received this email because you subscribed. Unsubscribe or manage your preferences."], cta, signature: [`${brand}`] };
    case "personal":
      return { greeting: "Hello,", paragraphs: ["I hope this message finds you well.", rng.pick(["I'm reaching out about the role posted on your careers page; my resume is attached.", "I had a question about a recent order and would appreciate your help.", "A mutual contact suggested I get in touch."])], cta, signature: signOff([sender]) };
    case "spam":
      return { greeting: "Dear Friend,", paragraphs: [`${draft.subject.slice(0, 200)}`, "This exclusive offer is available for a limited time only. Act now to claim your reward before it expires!!!", "To stop receiving these messages reply REMOVE."], cta, signature: ["Rewards Department"] };
    case "credential-phish":
      return { greeting: `Dear ${draft.to[0]?.address ?? "user"},`, paragraphs: [`We detected unusual activity on your ${brand} account. To avoid interruption of service, verify your identity within 24 hours.`, "Failure to verify will result in permanent suspension of your account and loss of data."], cta: cta ?? { text: "Verify now", href: "https://example.invalid/" }, signature: [`${brand} Security Team`, `© 2026 ${brand}. All rights reserved.`] };
    case "invoice-lure":
    case "malware":
      return { greeting: "Hello,", paragraphs: ["Please see the attached document regarding the outstanding payment.", "Kindly review and confirm receipt at your earliest convenience. The file is password-free."], cta, signature: signOff([sender]) };
    case "bec":
      return { greeting: `${who},`, paragraphs: [`Are you available? I need you to handle a ${draft.body.cta ?? "payment"} for me today. It is time-sensitive and confidential.`, "I'm in back-to-back meetings so email is best. Reply with your cell and I'll send the details."], cta: null, signature: [`${brand}`, "Sent from my iPhone"] };
    case "spoof":
      return { greeting: `Dear ${who},`, paragraphs: [`This is a message from ${brand}. ${draft.subject}.`, "Please open the link below and complete the required steps today."], cta, signature: [`${brand}`] };
    case "voicemail":
      return { greeting: "", paragraphs: ["You have received a new voice message.", `Duration: 0:${rng.int(10, 59)}   Caller: +1 (${rng.int(201, 989)}) 555-0${rng.int(100, 199)}`], cta, signature: ["Voice Messaging System"] };
    case "qr":
      return { greeting: `Hi ${who},`, paragraphs: ["Your 2026 benefits enrollment is incomplete. Scan the QR code below with your phone to review and confirm your selections.", "Enrollment closes Friday."], cta: null, signature: [`${brand}`] };
    case "encrypted":
      return { greeting: "", paragraphs: [`You have received a secure message from ${brand}.`, "Open the attachment with your organisation's certificate to read it."], cta: null, signature: [brand] };
    case "bounce":
      return { greeting: "", paragraphs: draft.from ? ["Your message could not be delivered to one or more recipients.", "Remote server returned '550 5.1.1 User unknown'"] : [], cta: null, signature: [] };
  }
}
