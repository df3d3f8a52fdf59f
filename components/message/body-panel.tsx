import { BodyTextSlot, RawSourceSlot } from "./raw-source-slot";
import { Icon } from "@/components/ui/icon";
import { Empty, Section } from "./section";
import { routes } from "@/lib/routes";

/** Cloudflare's screenshot of the body (an image, so nothing in it can run); for analysts, its text and
 *  the raw source as text on request, and the raw EML as a download. */
export function BodyPanel({ id, hasPreview, content }: { id: string; hasPreview: boolean; content: boolean }) {
  if (!content) {
    return (
      <Section title="Body" id="body">
        <Empty>The preview and the raw message need the analyst role; you are signed in as a manager.</Empty>
      </Section>
    );
  }
  return (
    <Section
      title="Body"
      id="body"
      actions={
        // A plain anchor: the route answers with an attachment, which the browser saves and never renders.
        <a href={routes.api.messagePart(id, "raw")} download className="inline-flex items-center gap-1 text-sm text-blue-800 underline dark:text-blue-300">
          <Icon name="file-down" />
          Download raw message (.eml)
        </a>
      }
    >
      {hasPreview ? (
        <figure className="space-y-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- an authenticated API image, not an optimisable asset */}
          <img src={routes.api.messagePart(id, "preview")} alt="Preview of the message body, as Cloudflare rendered it" className="max-h-[48rem] w-full max-w-3xl rounded border border-zinc-200 object-contain object-left-top dark:border-zinc-800" />
          <figcaption className="text-xs">
            {/* Our own API's PNG, sent with nosniff: opened alone, it is an image and nothing else. */}
            <a href={routes.api.messagePart(id, "preview")} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline dark:text-blue-300">
              Open the preview at full size
            </a>
          </figcaption>
        </figure>
      ) : (
        <Empty>Cloudflare has no preview of this message.</Empty>
      )}
      <BodyTextSlot id={id} />
      <RawSourceSlot id={id} />
    </Section>
  );
}
