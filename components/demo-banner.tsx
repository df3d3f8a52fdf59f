export function DemoBanner() {
  return (
    <div role="status" className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      Demo mode: these messages come from the built-in emulator, not from Cloudflare. Set the variables in
      .env.example to connect your account.
    </div>
  );
}
