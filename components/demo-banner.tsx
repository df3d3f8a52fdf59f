export function DemoBanner() {
  return (
    <div role="status" className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      Demo mode: these messages come from the built-in emulator, not from Cloudflare. To connect your account,
      copy .env.example to .env.local and set its Cloudflare variables (README, “Connect your Cloudflare account”).
    </div>
  );
}
