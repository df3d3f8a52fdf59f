// The layers of docs/architecture.md, checked on every `npm run lint`. A module may import from its own
// folder and from the layers below its own, never from above; `npx depcruise --config
// .dependency-cruiser.cjs --output-type err-long app components lib e2e proxy.ts instrumentation.ts`
// (`npm run lint:layers`) says which import broke which rule.

/** Lowest first. Folders in one layer may not import each other unless the layer says `siblings`. */
const LAYERS = [
  { name: "kernel", paths: ["lib/http/", "lib/validation/", "lib/process-wide\\.ts", "lib/routes\\.ts", "lib/csv\\.ts", "lib/testing/"] },
  { name: "upstream", paths: ["lib/cloudflare/", "lib/accounts/", "lib/emulator/"] },
  { name: "configuration", paths: ["lib/config/"] },
  { name: "store", paths: ["lib/db/"] },
  { name: "domain and services", paths: ["lib/investigate/", "lib/budget/", "lib/audit/", "lib/preferences/", "lib/triage/", "lib/views/", "lib/remediation/", "lib/overview/"] },
  { name: "policies", paths: ["lib/auth/", "lib/search-url/", "lib/security/", "lib/results/"] },
  { name: "adapters", paths: ["lib/api/", "lib/queries/"] },
  { name: "exports", paths: ["lib/export/"] },
  { name: "composition and interface", paths: ["lib/server/", "components/"], siblings: true },
  { name: "entry points", paths: ["app/", "proxy\\.ts", "instrumentation\\.ts"], siblings: true },
];

const any = (paths) => `^(${paths.join("|")})`;
/** Tests and their helpers may reach beside their folder (never upward): the emulator's tests read its
 *  answers with the client's schemas, and any test may use the emulator as a fake Cloudflare. */
const TESTS = "\\.test\\.tsx?$|(^|/)test-support\\.ts$|(^|/)testing/";
/** The folder (or single file) a path belongs to, as a capture group for `$1` in the rule's `to`. */
const folderOf = (path) => (path.endsWith("/") ? `${path.slice(0, -1)}(?:/|$)` : path);

const upward = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flatMap((l) => l.paths);
  if (above.length === 0) return [];
  return [
    {
      name: `${layer.name}-imports-upward`,
      comment: `The ${layer.name} layer may import only from the layers below it (docs/architecture.md).`,
      severity: "error",
      from: { path: any(layer.paths) },
      to: { path: any(above) },
    },
  ];
});

const sideways = LAYERS.filter((layer) => !layer.siblings && layer.paths.length > 1).flatMap((layer) =>
  layer.paths.map((path) => ({
    name: `${layer.name}-imports-sideways`,
    comment: `Folders of the ${layer.name} layer stand beside each other; what two of them share belongs a layer down.`,
    severity: "error",
    from: { path: `^${folderOf(path)}`, pathNot: TESTS },
    to: { path: any(layer.paths.filter((other) => other !== path)) },
  })),
);

module.exports = {
  forbidden: [
    ...upward,
    ...sideways,
    {
      name: "no-folder-cycles",
      comment: "No two folders import each other, directly or round a loop.",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-knows-no-http",
      comment: "lib/investigate says what happened; lib/api words it as HTTP. The domain imports no HTTP vocabulary and no framework.",
      severity: "error",
      from: { path: "^lib/investigate/" },
      to: { path: "^(lib/http/|node_modules/next/)" },
    },
    {
      name: "cloudflare-stands-alone",
      comment: "The Cloudflare client depends on nothing of the app but the kernel's HTTP helpers.",
      severity: "error",
      from: { path: "^lib/cloudflare/" },
      to: { path: "^(lib|components|app)/", pathNot: "^(lib/cloudflare/|lib/http/)" },
    },
    {
      name: "emulator-is-an-island",
      comment: "The emulator speaks Cloudflare's contract from its own copy: it imports nothing of the app but the kernel.",
      severity: "error",
      from: { path: "^lib/emulator/", pathNot: TESTS },
      to: { path: "^(lib|components|app)/", pathNot: "^(lib/emulator/|lib/http/|lib/validation/|lib/process-wide\\.ts)" },
    },
    {
      name: "emulator-only-from-the-root",
      comment: "Only the composition root starts the emulator; tests may use it as a fake Cloudflare.",
      severity: "error",
      from: { path: "^(lib|components|app)/", pathNot: `^(lib/server/|lib/emulator/)|${TESTS}` },
      to: { path: "^lib/emulator/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)\\.next[^/]*/|^e2e/bench/floor/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".mjs", ".js", ".d.mts"] },
  },
};
