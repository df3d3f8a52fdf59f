// The embedded Cloudflare Email Security "Investigate" emulator (docs/architecture.md): the demo's upstream
// when no credentials are configured, and the upstream of every test.

export { createEmulator } from "./emulator";
export type { Emulator, RecordedRequest } from "./emulator";
export type { EmulatorOptions, SlowSearchConfig } from "./options";
export { faultSchema, faultsInputSchema } from "./faults";
export type { Fault } from "./faults";
export {
  DEFAULT_CREDENTIALS,
  DEFAULT_PER_PAGE,
  DEFAULT_RATE_LIMIT,
  EMULATOR_ACCOUNT_ID,
  EMULATOR_API_KEY,
  EMULATOR_EMAIL,
  EMULATOR_TOKEN,
} from "./constants";
export type { Credentials, RateLimitConfig } from "./constants";
export { HOSTILE_MESSAGE_IDS } from "./hostile-messages";
export type { HostileMessageName } from "./hostile-messages";
export { isDetectionDisposition } from "./detection-rule";
export { CODES as EMULATOR_ERROR_CODES } from "./http/envelope";
