import Link from "next/link";
import { routes } from "@/lib/routes";

export default function MessageNotFound() {
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-xl font-semibold">No message with this id</h1>
      <p className="mt-2">Cloudflare has no message under this id. It may be mistyped, or older than Cloudflare keeps mail.</p>
      <Link href={routes.search()} className="mt-4 inline-block underline">
        Back to messages
      </Link>
    </main>
  );
}
