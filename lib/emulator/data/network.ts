import type { Rng } from "../prng";

// Where mail comes from. Each profile is a sending network with its ASN and a few /16s it announces, so
// the IPs, the AS names in sender_info and the Received headers agree with each other.

export type Network = {
  readonly asNumber: number;
  readonly asName: string;
  readonly geo: string;
  readonly prefixes: readonly string[];
  /** How its outbound hosts name themselves in HELO and Received lines. */
  readonly host: (rng: Rng, ip: string) => string;
};

const dashed = (ip: string) => ip.replace(/\./g, "-");

export const NETWORKS = {
  microsoft: {
    asNumber: 8075,
    asName: "MICROSOFT-CORP-MSN-AS-BLOCK",
    geo: "US",
    prefixes: ["40.107", "52.100", "52.101", "40.92"],
    host: (rng) => `mail-${rng.pick(["bn", "dm", "co", "sn", "ch"])}${rng.int(1, 8)}nam${rng.int(1, 12)}on20${rng.int(600, 729)}.outbound.protection.outlook.com`,
  },
  google: {
    asNumber: 15169,
    asName: "GOOGLE",
    geo: "US",
    prefixes: ["209.85", "74.125", "172.217"],
    host: (rng) => `mail-${rng.pick(["yw", "pj", "qk", "lf", "ed"])}1-f${rng.int(100, 230)}.google.com`,
  },
  amazonSes: {
    asNumber: 16509,
    asName: "AMAZON-02",
    geo: "US",
    prefixes: ["54.240", "23.251"],
    host: (_rng, ip) => `a${dashed(ip)}.smtp-out.amazonses.com`,
  },
  sendgrid: {
    asNumber: 11377,
    asName: "SENDGRID",
    geo: "US",
    prefixes: ["167.89", "149.72", "168.245"],
    host: (_rng, ip) => `o${ip.split(".").slice(2).join("")}.ptr${ip.split(".")[3] ?? "1"}.sendgrid.net`,
  },
  mailchimp: {
    asNumber: 14013,
    asName: "ROCKETSCIENCE (Intuit Mailchimp)",
    geo: "US",
    prefixes: ["198.2", "205.201"],
    host: (rng) => `mail${rng.int(10, 240)}.atl${rng.int(11, 91)}.mcdlv.net`,
  },
  salesforce: {
    asNumber: 14340,
    asName: "SALESFORCE",
    geo: "US",
    prefixes: ["136.147", "13.110"],
    host: (rng) => `smtp${rng.int(1, 30)}-ia${rng.int(2, 6)}-sp${rng.int(1, 4)}.mta.salesforce.com`,
  },
  ovh: {
    asNumber: 16276,
    asName: "OVH SAS",
    geo: "FR",
    prefixes: ["51.75", "137.74", "145.239"],
    host: (_rng, ip) => `ip${ip.split(".").slice(1).join(".")}.ip-${dashed(ip)}.eu`,
  },
  digitalocean: {
    asNumber: 14061,
    asName: "DIGITALOCEAN-ASN",
    geo: "NL",
    prefixes: ["159.223", "178.128", "206.189"],
    host: (rng) => `mail.${rng.pick(["secure-docs", "mailsrv", "smtp-relay", "webmail"])}${rng.int(1, 99)}.com`,
  },
  bulletproof: {
    asNumber: 210644,
    asName: "AEZA-AS",
    geo: "RU",
    prefixes: ["185.234", "194.26", "45.142", "91.243"],
    host: (_rng, ip) => `vps-${dashed(ip)}.hosted-by.aeza.network`,
  },
  hetzner: {
    asNumber: 24940,
    asName: "HETZNER-AS",
    geo: "DE",
    prefixes: ["88.198", "116.202", "95.217"],
    host: (_rng, ip) => `static.${ip.split(".").reverse().join(".")}.clients.your-server.de`,
  },
  chinanet: {
    asNumber: 4134,
    asName: "CHINANET-BACKBONE",
    geo: "CN",
    prefixes: ["61.160", "218.92", "222.186"],
    host: (rng) => `mail${rng.int(1, 9)}.${rng.pick(["hz", "sz", "gz"])}-idc.cn`,
  },
  vietnam: {
    asNumber: 45899,
    asName: "VNPT-AS-VN",
    geo: "VN",
    prefixes: ["113.160", "14.177", "123.25"],
    host: (_rng, ip) => `static.vnpt.vn-${dashed(ip)}`,
  },
  nigeria: {
    asNumber: 29465,
    asName: "MTN NIGERIA",
    geo: "NG",
    prefixes: ["102.89", "105.112", "197.210"],
    host: (_rng, ip) => `host-${dashed(ip)}.mtnonline.com`,
  },
  acme: {
    asNumber: 13335,
    asName: "CLOUDFLARENET",
    geo: "US",
    prefixes: ["104.30"],
    host: (rng) => `mx${rng.int(1, 2)}.acme-corp.com`,
  },
} satisfies Record<string, Network>;

export type NetworkKey = keyof typeof NETWORKS;

export function randomIp(rng: Rng, network: Network): string {
  return `${rng.pick(network.prefixes)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address a sender's own device had, as X-Originating-IP shows for webmail. */
export function randomClientIp(rng: Rng, geo: "US" | "NG" | "RU" | "VN"): string {
  const prefixes = { US: ["73.162", "98.207", "24.18"], NG: ["102.89", "197.210"], RU: ["95.165", "178.176"], VN: ["113.185", "27.72"] };
  return `${rng.pick(prefixes[geo])}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
