"use client";

import { useEffect, useState } from "react";

/** Whole seconds since `since` (a Date.now() value), ticking once a second. */
export function useElapsedSeconds(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - since) / 1000));
}

/** Seconds left until `until`, ticking once a second; calls `onDone` once when it reaches zero. */
export function useCountdown(until: number, onDone: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left === 0) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - Date.now()));
    return () => clearTimeout(timer);
    // onDone is called once when the countdown ends; a new callback identity must not call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left, until]);
  return left;
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} min ${String(rest).padStart(2, "0")} s` : `${rest} s`;
}
