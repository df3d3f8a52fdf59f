// Error codes a sign-in attempt can end with, as next-auth hands them to the sign-in form.

/** Too many failed sign-ins for this user name lately (lib/auth/sign-in-throttle.ts). */
export const SIGN_IN_THROTTLED = "SignInThrottled";

/** A sign-in field or body longer than any account's could be (lib/auth/sign-in-gate.ts). */
export const SIGN_IN_TOO_LONG = "SignInTooLong";

/** Too many password checks running and waiting on this server just now (lib/auth/sign-in-gate.ts). */
export const SIGN_IN_BUSY = "SignInBusy";

/** The dashboard's database cannot be reached, so no session could be recorded (lib/auth/sessions.ts). */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";
