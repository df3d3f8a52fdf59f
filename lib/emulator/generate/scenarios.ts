import { BENIGN_SCENARIOS } from "./scenarios-benign";
import { BULK_SCENARIOS } from "./scenarios-bulk";
import { IMPERSONATION_SCENARIOS } from "./scenarios-impersonation";
import { OTHER_SCENARIOS } from "./scenarios-other";
import { PHISHING_SCENARIOS } from "./scenarios-phishing";
import type { Scenario } from "./draft";

// All scenarios with their shares: NONE ≈ 80%, BULK 9%, SPAM 4.5%, SUSPICIOUS 2.5%, MALICIOUS 1.6%,
// SPOOF 1.2%, MALICIOUS-BEC 0.6%, ENCRYPTED 0.3%, EXTERNAL and UNKNOWN 0.15% each.

export const SCENARIOS: readonly Scenario[] = [
  ...BENIGN_SCENARIOS,
  ...BULK_SCENARIOS,
  ...PHISHING_SCENARIOS,
  ...IMPERSONATION_SCENARIOS,
  ...OTHER_SCENARIOS,
];

export const SCENARIO_WEIGHTS: readonly number[] = SCENARIOS.map((scenario) => scenario.weight);
