import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { getConfig } from "@/lib/config/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Email triage", template: "%s · Email triage" },
  description: "Search, judge and share mail caught by Cloudflare Email Security.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const demo = getConfig().mode === "demo";
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {demo && <DemoBanner />}
        {children}
      </body>
    </html>
  );
}
