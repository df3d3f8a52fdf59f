import type { Rng } from "../prng";
import { hashString } from "../prng";
import type { MessageIdStyle } from "./draft";

// Identifiers in Cloudflare's shapes: postfix ids like `4Njp3P0STMz2c02Q`, investigate ids
// `${postfix_id}-${YYYY-MM-DDTHH:MM:SS}-${8 hex}`, alert ids without the suffix, and Message-IDs the
// way each kind of sending system writes them.

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

/**
 * UTC `YYYY-MM-DDTHH:MM:SS`, the zoneless form of `ts`, `sent_date` and the ids. Hand-rolled (civil date
 * from day number, H. Hinnant's algorithm) because Date#toISOString dominated creating 20,000 messages.
 */
export function zoneless(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const daySeconds = seconds - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(daySeconds / 3600);
  const minute = Math.floor((daySeconds % 3600) / 60);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(daySeconds % 60)}`;
}

export function postfixId(rng: Rng): string {
  return `${rng.int(1, 9)}${rng.base62(rng.int(12, 15))}`;
}

/** `stamp` is zoneless(scan time). */
export function investigateId(postfix: string, stamp: string, rng: Rng): string {
  return `${postfix}-${stamp}-${rng.hex(8)}`;
}

export function alertId(postfix: string, stamp: string): string {
  return `${postfix}-${stamp}`;
}

export function messageIdHeader(rng: Rng, style: MessageIdStyle, fromDomain: string, stamp: string): string {
  switch (style) {
    case "outlook": {
      const host = `${rng.pick(["DM6PR", "BN9PR", "SA1PR", "CH3PR", "PH0PR", "MW4PR"])}${rng.int(10, 19)}MB${rng.int(1000, 9999)}`;
      return `<${host}${rng.hex(24).toUpperCase()}@${host}.namprd${rng.int(10, 22)}.prod.outlook.com>`;
    }
    case "gmail":
      return `<CA${rng.base62(3)}+${rng.base62(38)}=${rng.base62(5)}@mail.gmail.com>`;
    case "ses":
      return `<0100${rng.hex(12)}-${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}-000000@email.amazonses.com>`;
    case "sendgrid":
      return `<${rng.base62(22)}@geopod-ismtpd-${rng.int(1, 40)}>`;
    case "mailchimp":
      return `<${rng.hex(25)}.${rng.hex(10)}.${rng.digits(8)}@mail${rng.int(10, 240)}.atl${rng.int(11, 91)}.mcdlv.net>`;
    case "salesforce":
      return `<${rng.base62(18)}00000000000000000000000000${rng.base62(22)}@sfdc.net>`;
    case "generic": {
      return `<${stamp.replace(/[-:T]/g, "")}.${rng.hex(16)}@${fromDomain || "localhost"}>`;
    }
  }
}

const fingerprints = new Map<string, string>();

/** A 32-hex digest of a text; stands in for Cloudflare's content fingerprints (edf, structure hash). */
export function fingerprint(text: string): string {
  const known = fingerprints.get(text);
  if (known !== undefined) return known;
  let out = "";
  for (let i = 0; i < 4; i++) out += hashString(text, 0x9e3779b1 + i * 7919).toString(16).padStart(8, "0");
  if (fingerprints.size < 50_000) fingerprints.set(text, out);
  return out;
}
