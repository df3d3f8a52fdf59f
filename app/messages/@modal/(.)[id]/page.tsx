import { Overlay } from "@/components/message/overlay";
import { requirePageSession } from "@/lib/auth/page-session";
import { DetailRoute, type DetailRouteProps } from "../../[id]/_components/detail-route";

// /messages/{id} opened from the results: the same message, over the list, which stays mounted.
export default async function MessageOverlay(props: DetailRouteProps) {
  const principal = await requirePageSession();
  return (
    <Overlay>
      <DetailRoute {...props} mode="overlay" viewer={principal} />
    </Overlay>
  );
}
