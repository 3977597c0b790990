// The services every request and job can reach. Built once by main.ts (the composition root);
// the database arrives after the HTTP server is already listening, so `db()` fails fast with
// DB_UNAVAILABLE until then.
import path from 'node:path';
import { Accounts } from './auth/accounts.ts';
import { AuditLog } from './audit/audit.ts';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { AppError } from './errors.ts';
import type { Logger } from './logger.ts';
import { createJobRunner, type JobRunner } from './jobs/index.ts';

export interface Neo4jStatus {
  version: string;
  edition: string;
  address: string;
  embedded: boolean;
}

export class Services {
  readonly startedAt = Date.now();
  private database: Db | undefined;
  private accountsService: Accounts | undefined;
  private auditLog: AuditLog | undefined;
  neo4j: Neo4jStatus | undefined;
  schemaVersion: number | undefined;
  /** False between a failed health probe and the next good one. */
  dbHealthy = false;

  constructor(
    readonly config: Config,
    readonly logger: Logger,
  ) {}

  attachDb(db: Db, status: Neo4jStatus, schemaVersion: number): void {
    this.database = db;
    // One audit log (and its spool) for the life of the process; a restarted database is reused.
    if (this.auditLog) this.auditLog.useDb(db);
    else {
      this.auditLog = new AuditLog(db, {
        spoolDir: path.join(this.config.dataDir, 'audit-spool'),
        // Entries are durable in the spool: ship them in batches gathered over 200 ms.
        shipDelayMs: 200,
        warn: (message, err) => this.logger.warn({ err }, message),
      });
    }
    // One accounts service too: its sign-in limits and hashing threads outlive a database restart.
    if (this.accountsService) this.accountsService.useDb(db);
    else {
      const accounts = new Accounts(db, {
        sessionTtlHours: this.config.sessionTtlHours,
        authSecret: this.config.authSecret,
        login: this.config.login,
        hashing: { workers: this.config.login.hashWorkers, queue: this.config.login.hashQueue },
        apiTokens: this.config.apiTokens,
      });
      this.accountsService = accounts;
      this.onShutdown(() => accounts.close());
    }
    this.neo4j = status;
    this.schemaVersion = schemaVersion;
    this.dbHealthy = true;
    this.startJobs(db);
  }

  private jobRunner: JobRunner | undefined;

  /** Starts the analysis job runner: fails jobs a dead process left running, resumes queued ones. */
  private startJobs(db: Db): void {
    // After an embedded Neo4j restart attachDb runs again: retire the runner bound to the old pool.
    const previous = this.jobRunner;
    if (previous) void previous.stop().catch(() => undefined);
    const runner = createJobRunner(db, this.logger);
    this.jobRunner = runner;
    runner.start().catch((err: unknown) => this.logger.error({ err }, 'starting the job runner failed'));
    this.onShutdown(() => runner.stop());
  }

  /** The analysis job runner (server/jobs/). */
  jobs(): JobRunner {
    this.db();
    return this.jobRunner!;
  }

  get ready(): boolean {
    return this.database !== undefined;
  }

  private readonly stopHooks: Array<() => Promise<void>> = [];

  /** Registers work to finish before the database closes (running jobs, open ingests). */
  onShutdown(hook: () => Promise<void>): void {
    this.stopHooks.push(hook);
  }

  async shutdown(): Promise<void> {
    await Promise.allSettled(this.stopHooks.map((h) => h()));
  }

  /**
   * Ships the audit spool to Neo4j and closes it: call after the last request is answered and
   * before the database closes. Entries it cannot ship now are shipped by the next start.
   */
  async closeAudit(): Promise<void> {
    await this.auditLog?.close();
  }

  /** The audit trail; record every read of person data and every change. */
  get audit(): AuditLog {
    this.db();
    return this.auditLog!;
  }

  accounts(): Accounts {
    this.db();
    return this.accountsService!;
  }

  db(): Db {
    if (!this.database) throw new AppError('DB_UNAVAILABLE', 'The database is starting; try again shortly.');
    return this.database;
  }
}
