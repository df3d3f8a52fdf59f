import { describe, expect, it } from "vitest";
import { explainAuthentication } from "./explain-authentication";

describe("explainAuthentication", () => {
  it("explains DMARC failing although DKIM passed", () => {
    expect(explainAuthentication({ spf: "pass", dkim: "pass", dmarc: "fail" })).toMatch(/^DMARC failed although SPF and DKIM passed/);
    expect(explainAuthentication({ spf: "fail", dkim: "pass", dmarc: "fail" })).toMatch(/^DMARC failed although DKIM passed/);
  });

  it("says when everything passed", () => {
    expect(explainAuthentication({ spf: "pass", dkim: "pass", dmarc: "pass" })).toMatch(/^All three checks passed/);
  });

  it("says when nothing was checked", () => {
    expect(explainAuthentication({ spf: "none", dkim: null, dmarc: "none" })).toMatch(/^Nothing was checked/);
  });

  it("covers forwarded mail, spoofs, errors, missing DMARC and unknown values", () => {
    expect(explainAuthentication({ spf: "fail", dkim: "pass", dmarc: "pass" })).toMatch(/forwarded/);
    expect(explainAuthentication({ spf: "fail", dkim: "none", dmarc: "fail" })).toMatch(/may be forged/);
    expect(explainAuthentication({ spf: "error", dkim: "none", dmarc: "none" })).toMatch(/inconclusive/);
    expect(explainAuthentication({ spf: "pass", dkim: "pass", dmarc: "none" })).toMatch(/no DMARC policy/);
    expect(explainAuthentication({ spf: "softfail", dkim: "neutral", dmarc: "bestguesspass" })).toMatch(/does not explain yet/);
  });
});
