export declare const BASE_HEADERS: Readonly<Record<string, string>>;
export declare const HSTS: Readonly<Record<string, string>>;
export declare const DATA_HEADERS: Readonly<Record<string, string>>;
export declare const DATA_API_PREFIXES: readonly string[];
export declare const AUTH_API_PREFIX: string;
export declare const PROXYLESS_PREFIXES: readonly string[];
