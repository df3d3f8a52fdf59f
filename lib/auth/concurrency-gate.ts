// At most `running` holders at once, at most `waiting` more in line, and nobody else: a caller past
// both is refused at once rather than queued, so a flood costs the server a refusal, not a queue.

export type GateOptions = { running: number; waiting: number };

/** Gives back the place; calling it twice gives back nothing more. */
export type Release = () => void;

export class ConcurrencyGate {
  private active = 0;
  private readonly line: Array<() => void> = [];

  constructor(private readonly options: GateOptions) {}

  /** A place once one is free, or null at once when the line is full too. */
  enter(): Promise<Release> | null {
    if (this.active < this.options.running) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    if (this.line.length >= this.options.waiting) return null;
    return new Promise((resolve) => this.line.push(() => resolve(this.releaser())));
  }

  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.line.length };
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.line.shift();
      // The place passes straight to the next in line, so `active` stays as it is.
      if (next) next();
      else this.active--;
    };
  }
}
