import { z } from "zod";

// A message is addressed by its investigate id (`4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678`) or,
// as in the first documented form and in older links, by its bare postfix id (`4Njp3P0STMz2c02Q`). Both go up as one
// path segment, URL-encoded, so nothing in an id can change the upstream path.

export const messageIdSchema = z
  .string()
  .min(1, "A message id is required.")
  .max(200, "A message id has at most 200 characters.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:+=@-]*$/, "A message id holds only letters, digits and . _ : + = @ -");
