import { UntrustedText } from "@/components/ui/untrusted-text";
import { explainAuthentication } from "@/lib/investigate/explain-authentication";
import type { Validation } from "@/lib/investigate/message";
import { Section } from "./section";
import { ValidationBadge } from "./validation-badge";

export function AuthenticationPanel({ validation }: { validation: Validation }) {
  return (
    <Section title="Authentication" id="authentication">
      <div className="flex flex-wrap gap-2">
        <ValidationBadge check="SPF" result={validation.spf} />
        <ValidationBadge check="DKIM" result={validation.dkim} />
        <ValidationBadge check="DMARC" result={validation.dmarc} />
      </div>
      <p data-testid="auth-explanation" className="mt-3 text-sm">
        {explainAuthentication(validation)}
      </p>
      {validation.comment && (
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">Cloudflare’s comment: </span>
          <UntrustedText text={validation.comment} />
        </p>
      )}
    </Section>
  );
}
