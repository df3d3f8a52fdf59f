// Return URLs an attacker hands to sign-in hoping the dashboard sends the browser elsewhere afterwards.
// Every one must end on our own origin, whatever a browser makes of it. Shared by the unit test of
// safeReturnPath and the e2e tests that follow the server's real redirects.
export const REDIRECT_TRICKS: readonly string[] = [
  // Absolute and protocol-relative.
  "https://evil.example/",
  "http://evil.example",
  "//evil.example/x",
  "///evil.example/x",
  "////evil.example",
  // Backslashes, which browsers read as slashes in http(s) URLs.
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "https:\\\\evil.example",
  // Dot segments that collapse into a protocol-relative path.
  "/.//evil.example/x",
  "/..//evil.example/x",
  "/./\\evil.example",
  "/messages/../..//evil.example",
  "/messages/./..//./evil.example",
  // Encoded dots and slashes, once and twice.
  "/%2e//evil.example/x",
  "/%2E%2E//evil.example/x",
  "/.%2e//evil.example",
  "/%2f%2fevil.example",
  "/%2F/evil.example",
  "%2F%2Fevil.example",
  "/%5cevil.example",
  "/%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "/%252e%252e//evil.example",
  "/messages/..%2f..%2f/evil.example",
  // Tabs, newlines and spaces, which browsers strip from URLs.
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%00/evil.example",
  // Script and other schemes.
  "javascript:alert(1)",
  "JavaScript:alert(document.domain)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "javascript://%0aalert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://evil.example/",
  "blob:https://evil.example/0000",
  "https:evil.example",
  "https:/evil.example",
  "http:/\\evil.example",
  // Userinfo.
  "https://app@evil.example/",
  "//user:pass@evil.example",
  "https://evil.example\\@app.example/",
  "/@evil.example",
  // Unicode slashes and look-alikes.
  "／／evil.example",
  "/／evil.example",
  "∕∕evil.example",
  "/⁄evil.example",
  "/%EF%BC%8F%EF%BC%8Fevil.example",
  "\u00a0//evil.example",
  // Back into sign-in.
  "/sign-in?callbackUrl=//evil.example",
  "/./sign-in?callbackUrl=//evil.example",
];
