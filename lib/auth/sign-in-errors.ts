// Error codes a sign-in attempt can end with, as next-auth hands them to the sign-in form.

/** Too many failed sign-ins for this user name lately (lib/auth/sign-in-throttle.ts). */
export const SIGN_IN_THROTTLED = "SignInThrottled";
