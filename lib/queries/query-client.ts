import { MutationCache, QueryCache, QueryClient, isServer } from "@tanstack/react-query";
import { goToSignIn, isSignedOut } from "./signed-out";

// One QueryClient per request on the server (never shared between users), one for the life of the tab in
// the browser, so a search's cached pages survive going to a message and coming back.

/** `onSignedOut` runs when any query or mutation is refused for want of a session: in one place, so no
 *  component ever shows a 401 as an error the user could retry. */
export function makeQueryClient(onSignedOut?: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (onSignedOut && isSignedOut(error)) onSignedOut();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient(goToSignIn);
  return browserQueryClient;
}
