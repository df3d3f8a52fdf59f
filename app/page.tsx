import { redirect } from "next/navigation";
import { requirePageSession } from "@/lib/auth/page-session";
import { routes } from "@/lib/routes";

// The landing page by role: managers see what was caught (the overview), analysts the search.
export default async function Home(): Promise<never> {
  const principal = await requirePageSession();
  redirect(principal.role === "manager" ? routes.overview() : routes.search());
}
