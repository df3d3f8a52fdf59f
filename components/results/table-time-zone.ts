"use client";

import { createContext } from "react";
import type { TimeZoneMode } from "@/lib/preferences/time-zone";

/** The zone the results table shows times in, read once by the table and handed to its time cells: a
 *  cell subscribing to the stored preference itself cost two subscriptions per row scrolled in. */
export const TableTimeZone = createContext<TimeZoneMode>("utc");
