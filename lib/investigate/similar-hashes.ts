// The hashes a message can be matched by, in a module of its own: the message page's buttons list them
// without loading the matching code (./similar-of.ts).

export const SIMILAR_HASHES = ["structure", "edf"] as const;
export type SimilarHash = (typeof SIMILAR_HASHES)[number];
