// How much a sign-in may send and how many password checks run at once: the README's security section
// states these numbers.

export const SIGN_IN_LIMITS = {
  /** The whole body of any POST to /api/auth/*. */
  bodyBytes: 16 * 1024,
  usernameChars: 256,
  passwordChars: 1024,
  /** Any other field: the CSRF token, the way back after sign-in. */
  otherFieldChars: 8 * 1024,
  /** Password checks hashing at once; one leaves the other core to everyone else. */
  checksRunning: 1,
  /**
   * And waiting for their turn (a team arriving at nine o'clock waits a second or two); past both, 429.
   * A waiting sign-in holds no more than its bounded body.
   */
  checksWaiting: 32,
} as const;
