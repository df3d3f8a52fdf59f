import "server-only";
import { toApiError } from "@/lib/api/to-error-response";
import { getConfig } from "@/lib/config/env";
import { createInvestigator, type Investigator } from "@/lib/investigate/investigator";
import { getCloudflareClient } from "./upstream";

let investigator: Investigator | undefined;

/** The app's investigator on this process's upstream: what pages and route handlers call. */
export function getInvestigator(): Investigator {
  investigator ??= createInvestigator({
    client: getCloudflareClient(),
    secret: getConfig().secret,
    now: Date.now,
    describeFailure: (error) => toApiError(error).message,
  });
  return investigator;
}
