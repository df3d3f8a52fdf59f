import { Overlay } from "@/components/message/overlay";
import { requireMessagePageSession } from "@/lib/auth/page-audit";
import { DetailRoute, type DetailRouteProps } from "../../[id]/_components/detail-route";

// /messages/{id} opened from the results: the same message, over the list, which stays mounted.
export default async function MessageOverlay(props: DetailRouteProps) {
  const principal = await requireMessagePageSession(props.params);
  return (
    <Overlay>
      <DetailRoute {...props} mode="overlay" viewer={principal} />
    </Overlay>
  );
}
