import { createLoader } from "nuqs/server";
import { searchUrlParsers } from "./parsers";

/** The page's search from a server component's `searchParams`, through the same parsers as the browser. */
export const loadSearchUrl = createLoader(searchUrlParsers);
