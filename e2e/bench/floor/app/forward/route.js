// The bench's floor: a bare Next.js route handler that fetches the URL it is given and forwards the body,
// with none of the dashboard's work (session, budget, validation, reshaping, audit). It runs only on
// loopback inside `npm run bench`, never in the dashboard.
export const dynamic = "force-dynamic";

export async function GET(request) {
  const to = new URL(request.url).searchParams.get("to") ?? "";
  const upstream = await fetch(to, { headers: { authorization: process.env.FLOOR_AUTHORIZATION ?? "" }, cache: "no-store" });
  return new Response(await upstream.text(), { status: upstream.status, headers: { "content-type": "application/json" } });
}
