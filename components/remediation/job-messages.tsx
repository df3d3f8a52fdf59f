"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { readJobMessages } from "@/lib/queries/remediation";
import { BULK_JOB_MESSAGE_STATUSES } from "@/lib/remediation/bulk-job-state";
import { routes } from "@/lib/routes";

// A bulk job's messages, read only when opened: each with its status and, for a failure or a skip,
// Cloudflare's reason. A page of 100 at a time, those of one status when asked.

const STATUS_OPTIONS = BULK_JOB_MESSAGE_STATUSES.map((status) => [status, status.toLowerCase()] as const);

export function JobMessages({ requestId, running }: { requestId: string; running: boolean }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const { data, error, isFetching } = useQuery({
    queryKey: ["remediation-job-messages", requestId, status, page],
    queryFn: ({ signal }) => readJobMessages(requestId, status, page, signal),
    enabled: open,
    refetchInterval: running ? 5_000 : false,
  });

  return (
    <details className="text-xs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer">Per-message results</summary>
      <div className="mt-2 flex flex-col gap-2">
        <SelectField
          label="Show"
          value={status ?? ""}
          onChange={(value) => {
            setStatus(value || null);
            setPage(1);
          }}
          options={STATUS_OPTIONS}
          empty="every message"
        />
        {error ? <p className="text-red-700 dark:text-red-400">{error.message}</p> : null}
        {data ? (
          data.messages.length === 0 ? (
            <p>{isFetching ? "Reading…" : "No message here."}</p>
          ) : (
            <ul aria-label="Messages of the job" className="flex flex-col gap-1">
              {data.messages.map((message, index) => (
                <li key={`${message.messageId ?? "?"}-${index}`} data-testid="job-message">
                  {message.messageId ? (
                    <Link className="font-mono text-blue-700 underline dark:text-blue-400" href={routes.message(message.messageId)}>
                      {message.messageId}
                    </Link>
                  ) : (
                    "—"
                  )}{" "}
                  <span className="font-medium">{message.status.toLowerCase()}</span>
                  {message.recipient ? (
                    <>
                      {" "}
                      for <UntrustedText text={message.recipient} />
                    </>
                  ) : null}
                  {message.reason ? (
                    <>
                      : <UntrustedText text={message.reason} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        ) : open ? (
          <p>Reading…</p>
        ) : null}
        <div className="flex gap-2">
          {page > 1 ? <Button onClick={() => setPage(page - 1)}>Previous 100</Button> : null}
          {data && data.messages.length === data.perPage ? <Button onClick={() => setPage(page + 1)}>Next 100</Button> : null}
        </div>
      </div>
    </details>
  );
}
