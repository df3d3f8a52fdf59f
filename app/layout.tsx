import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { getConfig } from "@/lib/config/env";
import { THEME_SCRIPT } from "@/lib/preferences/theme";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Email triage", template: "%s · Email triage" },
  description: "Search, judge and share mail caught by Cloudflare Email Security.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const demo = getConfig().mode === "demo";
  return (
    // The theme script sets the `dark` class before the first paint, so <html> differs from the server's.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Our own constant, not content from an email: the one inline script of the app. */}
        <script nonce={(await headers()).get("x-nonce") ?? undefined} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {demo && <DemoBanner />}
        <Providers>
          {children}
        </Providers>
      </body>
    </html>
  );
}
