"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// The remediation panel loads just after the message page, not with it: the page's first load stays
// within its budget (README, Performance).
const RemediationPanel = lazy(() => import("./remediation-panel").then((module) => ({ default: module.RemediationPanel })));

export function RemediationSlot(props: ComponentProps<typeof RemediationPanel>) {
  return (
    <Suspense fallback={null}>
      <RemediationPanel {...props} />
    </Suspense>
  );
}
