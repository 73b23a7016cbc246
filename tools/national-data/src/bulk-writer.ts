import type { ClientBase } from 'pg';

/** A column and its PostgreSQL type, as the batch's arrays are cast. */
export type Column = readonly [name: string, type: string];

/**
 * Statements for one connection, sent one after another in the order they were queued, without waiting
 * for them: the caller goes on generating the next rows while PostgreSQL writes. The first failure is
 * reported by the next `send` or by `drain`.
 */
export class StatementQueue {
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(private readonly client: ClientBase) {}

  /** Queues a statement; resolves once it has run. */
  send(sql: string, values: unknown[]): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const run = this.tail.then(async () => {
      if (this.failure !== null) throw this.failure;
      await this.client.query(sql, values);
    });
    this.tail = run.catch((error: unknown) => {
      this.failure ??= error;
    });
    return run;
  }

  /** Waits for everything queued; rejects with the first failure. */
  async drain(): Promise<void> {
    await this.tail;
    if (this.failure !== null) throw this.failure;
  }
}

/**
 * Writes rows to one table in batches: one `INSERT … SELECT FROM unnest(…)` per batch, so a batch of
 * thousands of rows is a single statement with one array per column. While a batch is being written the
 * next one fills, so generating (Node) and writing (PostgreSQL) overlap on two cores; at most one batch
 * per table waits, which keeps memory bounded whatever the table's size. Writers share one queue, whose
 * statements run in the order they are sent: a table with foreign keys is flushed by the caller after
 * the tables it refers to.
 */
export class BulkWriter {
  private rows: unknown[][] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private written = 0;
  private readonly sql: string;

  constructor(
    private readonly queue: StatementQueue,
    readonly table: string,
    private readonly columns: readonly Column[],
    /** Rows per statement when the writer sends batches itself; 0 when the caller flushes (parents first). */
    private readonly batchRows = 0,
  ) {
    const names = columns.map(([name]) => name).join(', ');
    const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    this.sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  }

  get count(): number {
    return this.written + this.rows.length;
  }

  async add(row: unknown[]): Promise<void> {
    if (row.length !== this.columns.length) {
      throw new Error(`${this.table}: ${row.length} values for ${this.columns.length} columns`);
    }
    this.rows.push(row);
    if (this.batchRows > 0 && this.rows.length >= this.batchRows) await this.flush();
  }

  /** Queues what has been added, once this table's previous batch has been written. */
  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const values = this.columns.map((_, index) => rows.map((row) => row[index]));
    await this.inFlight;
    this.written += rows.length;
    this.inFlight = this.queue.send(this.sql, values);
    // A failure is reported by the queue (next send, or drain), not as an unhandled rejection.
    this.inFlight.catch(() => undefined);
  }
}

/** A Date, or null, as PostgreSQL reads it in an array. */
export function isoOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

/** A value for a jsonb column. */
export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
