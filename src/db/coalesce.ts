/**
 * Requests of one kind that arrive while the statement serving them is running are served
 * together by the next one (issue #21: the send step's read of its row and its mark as
 * sent were a statement each, for every reply). No timer: a request that finds nothing
 * running starts its statement at once, so a lone request waits for nothing; under load,
 * those that came meanwhile share one statement (one round trip, one parse, one plan).
 *
 * Each request still gets its own answer, and resolves only once the statement that served
 * it has returned (a write committed): a caller acts on its request exactly as if it had
 * run its own statement. A statement that fails fails each request it served, as each own
 * statement would have; the next requests get a new statement.
 */
export class Coalesced<Q, A> {
  private waiting: { request: Q; resolve: (answer: A) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  /** `serve`: one statement for all these requests, their answers in the same order. */
  constructor(
    private readonly serve: (requests: readonly Q[]) => Promise<readonly A[]>,
    /** Requests one statement serves at most (the rest wait for the next). */
    private readonly most = 64,
  ) {}

  ask(request: Q): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const served = this.waiting.splice(0, this.most);
        try {
          const answers = await this.serve(served.map((w) => w.request));
          served.forEach((w, i) => w.resolve(answers[i] as A));
        } catch (error) {
          for (const w of served) w.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
