import { isCloudflareError } from "./errors";

// Where Cloudflare changed a request body (docs/cloudflare-api.md: release's `{ids}`, preview's `{id}`),
// the newest form goes first; an account whose API still expects the older one refuses it as a bad
// request, having done nothing, so the older form is sent once. When both are refused, the newest
// form's refusal is the one that says what is wrong.

const refusesBody = (error: unknown) => isCloudflareError(error) && (error.status === 400 || error.status === 422);

export async function withOlderBody<T>(newest: () => Promise<T>, older: () => Promise<T>): Promise<T> {
  try {
    return await newest();
  } catch (error) {
    if (!refusesBody(error)) throw error;
    try {
      return await older();
    } catch (second) {
      throw refusesBody(second) ? error : second;
    }
  }
}
