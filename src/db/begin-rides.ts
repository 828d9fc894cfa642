/**
 * A transaction's BEGIN sent in the same round trip as its first statement, when that
 * statement says it may ride with it (issue #21: each inbound batch paid a round trip for
 * BEGIN alone, on the path every message of its shard waits behind; bench/inbound-stages.ts).
 *
 * How. The pool's connections are in node-pg's pipeline mode: a query is written to the
 * socket at once, not after the answer to the one before. Kysely's `beginTransaction` only
 * notes that a BEGIN is owed; the transaction's first statement sends it. A statement whose
 * text starts with `RIDES_WITH_BEGIN` is written right behind it, and its answer is taken
 * only once BEGIN's is (BEGIN's failure is the statement's); any other first statement waits
 * for BEGIN's answer before it is sent, as it always did. Outside a transaction nothing
 * changes: kysely never has two queries out on one connection, so pipeline mode writes each
 * query as the one before it is answered, as without it.
 *
 * Why only a statement that says so. Postgres answers each pipelined query on its own (each
 * ends with its own Sync): if BEGIN failed and the statement behind it did not, the statement
 * ran outside any transaction, committed alone. So only a statement that is harmless alone
 * may ride: one that writes nothing, such as taking transaction-scoped advisory locks (a
 * lock taken outside a transaction is released when the statement ends). The caller of the
 * transaction then gets BEGIN's error, and its rollback is sent as usual. When BEGIN succeeds
 * (the only case short of a lost connection, which fails both), the statement ran inside the
 * transaction exactly as if sent after it.
 */
import { CompiledQuery, PostgresDialect, PostgresDriver, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';

/** The connection type PostgresDriver releases (kysely does not export its name). */
type PostgresConnection = Parameters<PostgresDriver['releaseConnection']>[0];

/** The start of a statement's text that lets it ride with BEGIN: it writes nothing (see above). */
export const RIDES_WITH_BEGIN = '/* rides with begin */ ';

export class BeginOwingConnection implements DatabaseConnection {
  /** BEGIN noted by `beginTransaction`, not sent yet. */
  owed = false;

  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.owed) return this.inner.executeQuery<R>(query);
    this.owed = false;
    const begun = this.inner.executeQuery(CompiledQuery.raw('begin'));
    if (!query.sql.startsWith(RIDES_WITH_BEGIN)) {
      await begun;
      return this.inner.executeQuery<R>(query);
    }
    // Written now, behind BEGIN on the same socket: one round trip for both.
    const answer = this.inner.executeQuery<R>(query);
    try {
      await begun;
    } catch (error) {
      void answer.catch(() => undefined);
      throw error;
    }
    return answer;
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.owed) {
      this.owed = false;
      await this.inner.executeQuery(CompiledQuery.raw('begin'));
    }
    yield* this.inner.streamQuery<R>(query, chunkSize);
  }
}

class BeginOwingDriver extends PostgresDriver {
  private readonly wrapped = new WeakMap<DatabaseConnection, BeginOwingConnection>();

  override async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await super.acquireConnection();
    let connection = this.wrapped.get(inner);
    if (!connection) this.wrapped.set(inner, (connection = new BeginOwingConnection(inner)));
    return connection;
  }

  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // An isolation level or access mode: sent as kysely sends it (its own round trip).
    if (settings.isolationLevel || settings.accessMode || !(connection instanceof BeginOwingConnection)) {
      return super.beginTransaction(connection, settings);
    }
    connection.owed = true;
  }

  override async releaseConnection(connection: PostgresConnection): Promise<void> {
    const own = connection as DatabaseConnection;
    if (own instanceof BeginOwingConnection) {
      // Never left owing: a transaction always ends with COMMIT or ROLLBACK, which sends it.
      own.owed = false;
      return super.releaseConnection(own.inner as PostgresConnection);
    }
    return super.releaseConnection(connection);
  }
}

/** PostgresDialect whose transactions owe their BEGIN to their first statement (pool in pipeline mode). */
export class BeginRidingDialect extends PostgresDialect {
  constructor(private readonly config: ConstructorParameters<typeof PostgresDialect>[0]) {
    super(config);
  }

  override createDriver(): Driver {
    return new BeginOwingDriver(this.config);
  }
}
