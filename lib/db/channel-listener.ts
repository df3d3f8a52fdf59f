import "server-only";
import type { Engine, Subscription } from "./engine";

// Keeps hearing one notification channel of the database for the life of the process: when the
// connection is lost it says so (`onDeaf`), and listens again a moment later. What a process remembers
// on the strength of the notices (a session known live) it may trust only while `hearing`, and only if
// nothing changed while it read: `changes` counts every notice, every loss and every start of hearing.

export type ChannelListenerOptions = {
  open: () => Promise<Engine>;
  channel: string;
  onNotice?: (payload: string) => void;
  /** Heard nothing for a while: whatever the notices kept up to date is no longer. */
  onDeaf?: () => void;
  retryMs?: number;
};

export class ChannelListener {
  hearing = false;
  changes = 0;
  private subscription: Subscription | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;

  constructor(private readonly options: ChannelListenerOptions) {
    void this.run();
  }

  /** Whether what was read when `changes` was `since` may be remembered now. */
  unchangedSince(since: number): boolean {
    return this.hearing && this.changes === since;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.subscription?.stop().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { open, channel, onNotice, onDeaf, retryMs = 2_000 } = this.options;
    while (!this.stopped) {
      try {
        const engine = await open();
        this.subscription = await engine.listen(channel, (payload) => {
          this.changes++;
          onNotice?.(payload);
        });
        this.changes++;
        this.hearing = true;
        await this.subscription.lost;
      } catch {
        // Unreachable: the same as lost. withDatabase logs the outage for whatever else needs the store.
      }
      this.hearing = false;
      this.subscription = null;
      this.changes++;
      onDeaf?.();
      if (!this.stopped) await this.pause(retryMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resume) => {
      const timer = setTimeout(resume, ms);
      timer.unref();
      this.wake = () => {
        clearTimeout(timer);
        resume();
      };
    });
  }
}
