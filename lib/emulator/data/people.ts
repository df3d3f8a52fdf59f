import { Rng } from "../prng";

// The customer the demo belongs to: Acme Corp, about 200 people, a UK office on a subdomain (so that
// "recipient=acme-corp.com" and "recipient=uk.acme-corp.com" mean different things) and shared mailboxes.

export const COMPANY = { name: "Acme Corp", domain: "acme-corp.com", ukDomain: "uk.acme-corp.com" } as const;

export const FIRST_NAMES = [
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
  "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily",
  "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian", "Rebecca", "Priya", "Wei",
  "Carlos", "Sofia", "Ahmed", "Fatima", "Hiroshi", "Yuki", "Olumide", "Chidi", "Lukas", "Ingrid",
  "Mateo", "Valentina", "Arjun", "Ananya", "Dmitri", "Elena", "Connor", "Siobhan", "Rahul", "Mei",
] as const;

export const LAST_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
  "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
  "Patel", "Nguyen", "Chen", "Kim", "Okafor", "Adeyemi", "Schmidt", "Müller", "Rossi", "Kowalski",
  "Tanaka", "Sato", "O'Brien", "Murphy", "Singh", "Sharma", "Ivanova", "Novak", "Haddad", "Costa",
] as const;

export const DEPARTMENTS = ["Finance", "Engineering", "Sales", "Marketing", "HR", "Legal", "IT", "Operations", "Support"] as const;
export type Department = (typeof DEPARTMENTS)[number];

export type Person = {
  readonly name: string;
  readonly address: string;
  readonly department: Department | "Executive" | "Shared";
};

/** Executives are fixed: BEC lures impersonate them by name, so they must be recognisable. */
const EXECUTIVES: readonly Person[] = [
  { name: "Jennifer Walsh", address: "jennifer.walsh@acme-corp.com", department: "Executive" },
  { name: "Marcus Bell", address: "marcus.bell@acme-corp.com", department: "Executive" },
  { name: "Aisha Rahman", address: "aisha.rahman@acme-corp.com", department: "Executive" },
];

export const CEO = EXECUTIVES[0] as Person;
export const CFO = EXECUTIVES[1] as Person;

const SHARED: readonly Person[] = [
  { name: "Accounts Payable", address: "ap@acme-corp.com", department: "Shared" },
  { name: "Finance Team", address: "finance@acme-corp.com", department: "Shared" },
  { name: "HR", address: "hr@acme-corp.com", department: "Shared" },
  { name: "IT Helpdesk", address: "it-helpdesk@acme-corp.com", department: "Shared" },
  { name: "Sales", address: "sales@acme-corp.com", department: "Shared" },
  { name: "Careers", address: "careers@acme-corp.com", department: "Shared" },
];

export type Directory = {
  readonly staff: readonly Person[];
  readonly executives: readonly Person[];
  readonly shared: readonly Person[];
  readonly finance: readonly Person[];
  readonly everyone: readonly Person[];
};

const slugs = new Map<string, string>();

function slug(text: string): string {
  let value = slugs.get(text);
  if (value === undefined) {
    value = text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase();
    slugs.set(text, value);
  }
  return value;
}

export function buildDirectory(seed: number, size = 200): Directory {
  const rng = new Rng(seed ^ 0x5eed0001);
  const used = new Set(EXECUTIVES.map((person) => person.address));
  const staff: Person[] = [];
  while (staff.length < size - EXECUTIVES.length) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    // One in eight works in the UK office, on the subdomain.
    const domain = rng.chance(0.125) ? COMPANY.ukDomain : COMPANY.domain;
    let local = `${slug(first)}.${slug(last)}`;
    if (used.has(`${local}@${domain}`)) local = `${slug(first)}.${slug(last)}${rng.int(2, 9)}`;
    const address = `${local}@${domain}`;
    if (used.has(address)) continue;
    used.add(address);
    staff.push({ name: `${first} ${last}`, address, department: rng.pick(DEPARTMENTS) });
  }
  const finance = [...staff.filter((person) => person.department === "Finance"), CFO];
  return { staff, executives: EXECUTIVES, shared: SHARED, finance, everyone: [...EXECUTIVES, ...staff] };
}

/** Someone outside the company writing from a personal mailbox. */
export function randomOutsider(rng: Rng, domain: string): Person {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const style = rng.int(0, 3);
  const local =
    style === 0
      ? `${slug(first)}.${slug(last)}`
      : style === 1
        ? `${slug(first)}${slug(last)}${rng.int(1, 99)}`
        : style === 2
          ? `${slug(first)[0] ?? "x"}${slug(last)}`
          : `${slug(first)}_${slug(last)}${rng.int(70, 99)}`;
  return { name: `${first} ${last}`, address: `${local}@${domain}`, department: "Shared" };
}
