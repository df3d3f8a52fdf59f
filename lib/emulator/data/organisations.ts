import type { NetworkKey } from "./network";

// Who writes to Acme Corp. Partners are Microsoft's fictional companies; SaaS and newsletter senders are
// the real brands an analyst expects to see in any inbox; phishing uses lookalike domains.

export type Organisation = {
  readonly name: string;
  readonly domain: string;
  readonly network: NetworkKey;
};

export const PARTNERS: readonly Organisation[] = [
  { name: "Northwind Traders", domain: "northwindtraders.com", network: "microsoft" },
  { name: "Contoso Ltd", domain: "contoso.com", network: "microsoft" },
  { name: "Fabrikam Inc", domain: "fabrikam.com", network: "google" },
  { name: "Tailspin Toys", domain: "tailspintoys.com", network: "google" },
  { name: "Adventure Works", domain: "adventure-works.com", network: "microsoft" },
  { name: "Litware Inc", domain: "litwareinc.com", network: "microsoft" },
  { name: "Proseware", domain: "proseware.com", network: "google" },
  { name: "Wingtip Toys", domain: "wingtiptoys.com", network: "microsoft" },
  { name: "Fourth Coffee", domain: "fourthcoffee.com", network: "google" },
  { name: "Woodgrove Bank", domain: "woodgrovebank.com", network: "microsoft" },
  { name: "Alpine Ski House", domain: "alpineskihouse.com", network: "google" },
  { name: "Trey Research", domain: "treyresearch.net", network: "ovh" },
  { name: "Lamna Healthcare", domain: "lamnahealthcare.com", network: "microsoft" },
  { name: "Relecloud", domain: "relecloud.com", network: "amazonSes" },
];

export type SaasSender = {
  readonly name: string;
  readonly address: string;
  readonly network: NetworkKey;
  readonly subjects: readonly string[];
};

// `{n}` becomes a number, `{partner}` a partner's name, `{day}` a weekday.
export const SAAS: readonly SaasSender[] = [
  {
    name: "GitHub",
    address: "notifications@github.com",
    network: "amazonSes",
    subjects: [
      "[acme-corp/billing-service] Fix retry on webhook timeouts (PR #{n})",
      "Re: [acme-corp/web-app] Flaky test in checkout flow (Issue #{n})",
      "[acme-corp/infra] Dependabot alert: Upgrade axios to fix CVE-2025-{n}",
      "[GitHub] A new SSH authentication public key was added to your account",
    ],
  },
  {
    name: "Jira",
    address: "jira@acme-corp.atlassian.net",
    network: "amazonSes",
    subjects: ["[JIRA] (OPS-{n}) Database failover test", "[JIRA] (FIN-{n}) Month-end close checklist", "[JIRA] Updates for SEC-{n}"],
  },
  {
    name: "Slack",
    address: "feedback@slack.com",
    network: "sendgrid",
    subjects: ["[Slack] Notifications from the Acme Corp workspace", "New messages in #incident-response", "[Slack] You have {n} unread mentions"],
  },
  {
    name: "Zoom",
    address: "no-reply@zoom.us",
    network: "sendgrid",
    subjects: ["Cloud Recording - Weekly Sync is now available", "Meeting assets for Pipeline review are ready"],
  },
  {
    name: "DocuSign",
    address: "dse_na3@docusign.net",
    network: "salesforce",
    subjects: ["Completed: Mutual NDA - {partner}", "Please DocuSign: Order Form {partner} FY26", "Reminder: Master Services Agreement - {partner}"],
  },
  {
    name: "Google Calendar",
    address: "calendar-notification@google.com",
    network: "google",
    subjects: ["Invitation: Pipeline review @ {day} 10am - 11am (EDT)", "Updated invitation: QBR with {partner} @ {day} 2pm - 3pm (EDT)"],
  },
  {
    name: "Microsoft 365 Message center",
    address: "o365mc@microsoft.com",
    network: "microsoft",
    subjects: ["Major update from Message center", "Weekly digest: Microsoft service updates"],
  },
  {
    name: "Okta",
    address: "noreply@okta.com",
    network: "amazonSes",
    subjects: ["Your Okta password will expire in 5 days", "Okta Verify was enrolled on a new device"],
  },
  {
    name: "Workday",
    address: "acmecorp@myworkday.com",
    network: "amazonSes",
    subjects: ["Your timesheet for the week is due", "Inbox: Expense report EXP-{n} awaiting your approval"],
  },
  {
    name: "PagerDuty",
    address: "no-reply@pagerduty.com",
    network: "sendgrid",
    subjects: ["[Triggered] #{n} High error rate on api-gateway", "[Resolved] #{n} Disk usage above 90% on db-replica-2"],
  },
];

export type BulkSender = {
  readonly name: string;
  readonly address: string;
  readonly network: NetworkKey;
  readonly subjects: readonly string[];
};

export const BULK_SENDERS: readonly BulkSender[] = [
  { name: "LinkedIn", address: "messages-noreply@linkedin.com", network: "amazonSes", subjects: ["You appeared in {n} searches this week", "{partner} is hiring: 12 new jobs for you"] },
  { name: "Medium Daily Digest", address: "noreply@medium.com", network: "sendgrid", subjects: ["Why your microservices are really a distributed monolith", "The one SQL index you forgot"] },
  { name: "The Economist", address: "newsletters@e.economist.com", network: "salesforce", subjects: ["The World in Brief", "This week: the AI capex boom, explained"] },
  { name: "Gartner", address: "gartner@em.gartner.com", network: "salesforce", subjects: ["Top strategic technology trends for 2026", "Webinar: Build a zero-trust roadmap in 90 days"] },
  { name: "Amazon Web Services", address: "aws-marketing-email-replies@amazon.com", network: "amazonSes", subjects: ["AWS re:Invent registration is open", "What's new with AWS this month"] },
  { name: "HubSpot", address: "newsletter@hubspot.com", network: "sendgrid", subjects: ["17 email subject lines that actually get opened", "The 2026 State of Marketing report"] },
  { name: "Salesforce", address: "info@mail.salesforce.com", network: "salesforce", subjects: ["Join us at Dreamforce", "Your guide to agentic CRM"] },
  { name: "Dell Technologies", address: "Dell@ecomm.dell.com", network: "salesforce", subjects: ["Up to 40% off business laptops", "Your exclusive offer expires tonight"] },
  { name: "Delta Air Lines", address: "deltaairlines@t.delta.com", network: "salesforce", subjects: ["Your SkyMiles statement", "Fares from $89 one way"] },
  { name: "Datadog", address: "marketing@datadoghq.com", network: "mailchimp", subjects: ["DASH 2026: the agenda is live", "Monitoring LLM applications in production"] },
  { name: "Stripe", address: "newsletter@stripe.com", network: "amazonSes", subjects: ["Stripe Sessions recap", "New in Stripe: faster payouts"] },
  { name: "Uber Eats", address: "uber@uber.com", network: "sendgrid", subjects: ["$10 off your next 3 orders", "Lunch at the office? We deliver"] },
  { name: "TechCrunch", address: "newsletter@techcrunch.com", network: "mailchimp", subjects: ["The Daily Crunch", "Week in Review: the funding rebound"] },
];

export const SPAM_DOMAINS = [
  "best-deals-4u.top",
  "cheap-pharma-online.xyz",
  "crypto-profit-now.click",
  "seo-rank-boost.biz",
  "winner-claims-center.info",
  "bizleads-data.co",
  "weight-loss-miracle.shop",
  "replica-watches-sale.store",
  "fast-loans-approved.online",
] as const;

export const SPAM_SUBJECTS = [
  "Re: Your SEO proposal",
  "Get 70% off Ray-Ban today only",
  "You've won a $1000 Walmart gift card!!!",
  "Increase your website traffic by 300%",
  "Limited time: lose 20 lbs in 30 days",
  "Crypto investment opportunity - 300% returns guaranteed",
  "Verified B2B contact list: 2.4M decision makers",
  "Pre-approved business loan up to $250,000",
  "Luxury watches at 90% off",
  "Your account has a pending reward of $5,000",
  "Partnership inquiry",
] as const;

export type Lookalike = {
  readonly brand: string;
  readonly domain: string;
  readonly senderName: string;
  readonly local: string;
};

export const LOOKALIKES: readonly Lookalike[] = [
  { brand: "Microsoft", domain: "micros0ft-support.com", senderName: "Microsoft Account Team", local: "account-security-noreply" },
  { brand: "Microsoft", domain: "0ffice365-login.com", senderName: "Microsoft 365", local: "no-reply" },
  { brand: "Microsoft", domain: "microsoftonline-verify.com", senderName: "Microsoft Outlook", local: "mailbox-admin" },
  { brand: "PayPal", domain: "paypa1-billing.net", senderName: "PayPal", local: "service" },
  { brand: "PayPal", domain: "paypal-resolution-center.info", senderName: "PayPal Resolution Center", local: "resolution" },
  { brand: "DocuSign", domain: "docusign-secure-view.com", senderName: "DocuSign via Acme Corp", local: "dse" },
  { brand: "Amazon", domain: "amaz0n-account-verify.com", senderName: "Amazon", local: "account-update" },
  { brand: "DHL", domain: "dhl-parcel-tracking.info", senderName: "DHL Express", local: "noreply" },
  { brand: "FedEx", domain: "fedex-delivery-notice.net", senderName: "FedEx Delivery Manager", local: "tracking" },
  { brand: "Wells Fargo", domain: "wellsfargo-secure-alert.com", senderName: "Wells Fargo Online", local: "alerts" },
  { brand: "Adobe", domain: "adobe-sign-document.net", senderName: "Adobe Acrobat Sign", local: "echosign" },
  { brand: "SharePoint", domain: "sharepoint-docs-share.com", senderName: "SharePoint Online", local: "no-reply" },
  { brand: "Acme Corp", domain: "acme-c0rp.com", senderName: "Acme Corp IT", local: "it-support" },
  { brand: "Acme Corp", domain: "acmecorp-hr.com", senderName: "Acme HR Benefits", local: "benefits" },
  { brand: "Okta", domain: "okta-acme-corp.com", senderName: "Okta", local: "noreply" },
  { brand: "LinkedIn", domain: "linkedin-security-alert.com", senderName: "LinkedIn Security", local: "security-noreply" },
];

/** Small businesses whose mailboxes were taken over: fully authenticated, sending lures. */
export const COMPROMISED_DOMAINS = [
  "bluelakeplumbing.com",
  "sunrise-dental-care.com",
  "harborviewrealty.net",
  "greenfield-accounting.co",
  "mapleleaf-logistics.ca",
] as const;

/** Free webmail used for BEC and by ordinary outsiders. */
export const FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"] as const;

/** Lookalikes of Acme's own domain, for executive impersonation. */
export const ACME_LOOKALIKES = ["acme-corp.co", "acmecorp.com", "acme-corps.com", "acme-c0rp.com"] as const;

/** Hosting that phishing kits are commonly parked on. */
export const ABUSED_HOSTS = [
  "acme-sso-portal.web.app",
  "docs-review-8841.firebaseapp.com",
  "ipfs.io",
  "login-verify-3f9a.workers.dev",
  "storage.googleapis.com",
] as const;
