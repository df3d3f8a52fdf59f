import { z } from "zod";

// Cloudflare's v4 response envelope (api-schemas common.yaml).

export const responseInfoSchema = z.looseObject({
  code: z.number(),
  message: z.string(),
  documentation_url: z.string().nullish(),
  source: z.looseObject({ pointer: z.string().nullish() }).nullish(),
});
export type ResponseInfo = z.infer<typeof responseInfoSchema>;

/** email-security_CursorResultInfo; `page` and `total_count` are deprecated and always 0. */
export const cursorResultInfoSchema = z.looseObject({
  count: z.number().int().min(0),
  per_page: z.number().int().min(0),
  page: z.number().nullish(),
  total_count: z.number().nullish(),
  next: z.string().nullish(),
  previous: z.string().nullish(),
});
export type CursorResultInfo = z.infer<typeof cursorResultInfoSchema>;

/** Keeps the well-formed items: one odd item must not lose Cloudflare's other codes and messages. */
const responseInfoList = z.unknown().transform((value) =>
  (Array.isArray(value) ? value : []).flatMap((item) => {
    const parsed = responseInfoSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

/** The part every answer shares, successful or not; read before the result is trusted. */
export const envelopeHeadSchema = z.looseObject({
  success: z.boolean(),
  errors: responseInfoList,
  messages: responseInfoList,
  result: z.unknown(),
  result_info: z.unknown().optional(),
});
export type EnvelopeHead = z.infer<typeof envelopeHeadSchema>;
