import type { Metadata } from "next";
import { requirePageSession } from "@/lib/auth/page-session";
import { DetailRoute, type DetailRouteProps } from "./_components/detail-route";

// The deep link: rendered on the server, so a pasted link paints without waiting on the browser.
export const metadata: Metadata = { title: "Message" };

export default async function MessagePage(props: DetailRouteProps) {
  const principal = await requirePageSession();
  return (
    <main className="mx-auto max-w-[1400px] px-6 py-4">
      <DetailRoute {...props} mode="page" viewer={principal} />
    </main>
  );
}
