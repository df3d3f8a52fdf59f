import { Overlay } from "@/components/message/overlay";
import { PendingMessage } from "@/components/message/pending-message";

// While the next message loads (j/k, or a row just opened), the overlay stays up and its keys keep
// listening: without this the overlay vanished for the fetch, the focus fell to the page and a key
// pressed then was lost.
export default function MessageOverlayLoading() {
  return (
    <Overlay>
      <PendingMessage />
    </Overlay>
  );
}
