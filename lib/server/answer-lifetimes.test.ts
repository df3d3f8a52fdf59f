import { expect, it } from "vitest";
import { ACTIVITY_ANSWER_MS, MESSAGE_ANSWER_MS, SEARCH_ANSWER_MS, answerLifetime } from "./answer-lifetimes";

const base = "https://api.cloudflare.com/client/v4/accounts/0123/email-security/investigate";

it("keeps searches briefly, messages longer, their activity in between, and nothing else", () => {
  expect(answerLifetime(new URL(`${base}?query=x&cursor=abc`))).toBe(SEARCH_ANSWER_MS);
  expect(answerLifetime(new URL(`${base}/abc%3A123`))).toBe(MESSAGE_ANSWER_MS);
  expect(answerLifetime(new URL(`${base}/abc/detections`))).toBe(MESSAGE_ANSWER_MS);
  expect(answerLifetime(new URL(`${base}/abc/trace`))).toBe(ACTIVITY_ANSWER_MS);
  expect(answerLifetime(new URL(`${base}/abc/action_log`))).toBe(ACTIVITY_ANSWER_MS);
  expect(answerLifetime(new URL(`${base}/abc/raw`))).toBe(0);
  expect(answerLifetime(new URL(`${base}/bulk`))).toBe(0);
  expect(answerLifetime(new URL("https://api.cloudflare.com/client/v4/accounts/0123/email-security/submissions"))).toBe(0);
});
