import Link from "next/link";
import { DispositionBadge } from "@/components/results/cells";
import { Badge } from "@/components/ui/badge";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { focusRing } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { TimeZoneSwitch } from "@/components/ui/time-zone-switch";
import type { Finding, Message } from "@/lib/investigate/message";
import { HeaderActions } from "./header-actions";
import { routes } from "@/lib/routes";

type Props = { message: Message; findings: readonly Finding[]; marks: readonly string[]; backHref: string | null };

export function MessageHeader({ message, findings, marks, backHref }: Props) {
  const path = routes.message(message.id);
  return (
    <header className="space-y-2">
      <nav aria-label="Message navigation" className="text-sm">
        <Link href={backHref ?? routes.search()} className={`text-blue-800 underline dark:text-blue-300 ${focusRing}`}>
          {backHref ? "← Back to results" : "← Search messages"}
        </Link>
      </nav>
      <h1 data-testid="message-subject" className="text-xl font-semibold break-words">
        {message.subject ? <UntrustedText text={message.subject} marks={marks} /> : <span className="italic">(no subject)</span>}
      </h1>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="disposition">
          <DispositionBadge disposition={message.final_disposition} />
        </span>
        <Badge tone={message.is_quarantined ? "red" : "zinc"}>{message.is_quarantined ? "Quarantined" : "Not quarantined"}</Badge>
        <span>
          Sent <Time iso={message.sent_at} />
        </span>
        <span>
          Scanned <Time iso={message.scanned_at} />
        </span>
        <TimeZoneSwitch />
      </div>
      <HeaderActions
        path={path}
        ticket={{ subject: message.subject, from: message.from, fromName: message.from_name, disposition: message.final_disposition, findings }}
      />
    </header>
  );
}
