/**
 * Options of `startDynamoDBLocal`: port, in memory or a data folder, the engine (jar, docker or auto) and a log file.
 *
 * @example
 * ```ts
 * const options: StartOptions = { port: 8001, dbPath: '.dynamodb', engine: 'auto' }
 * const local = await startDynamoDBLocal(options)
 * ```
 */
export interface StartOptions {
  /** TCP port; a free one is picked when omitted. Starting on a taken port throws PORT_IN_USE. */
  port?: number
  /** Keep data in memory only (the default unless `dbPath` is given). */
  inMemory?: boolean
  /** Folder for the database file; created when missing. Data survives restarts. */
  dbPath?: string
  /** One database file for all credentials and regions (default true: what tests and tools expect). */
  sharedDb?: boolean
  /** Make CREATING/DELETING/UPDATING statuses last a while, like real DynamoDB (default false). */
  delayTransientStatuses?: boolean
  /** `jar` (default) runs the bundled jar with Java; `docker` uses testcontainers; `auto` tries Docker first. */
  engine?: 'jar' | 'docker' | 'auto'
  /** Explicit java binary; otherwise JAVA_HOME, then PATH. */
  javaPath?: string
  /** Folder holding DynamoDBLocal.jar; otherwise the one inside `amplify-dynamodb-simulator`. */
  jarDir?: string
  /** Where DynamoDB Local's output goes (default: a file in the OS temp folder). */
  logFile?: string
  /** How long to wait for the first answer to ListTables (default 60 s). */
  startTimeoutMs?: number
  /** Docker image for the docker engine. */
  image?: string
}

/**
 * A running DynamoDB Local: its endpoint and port, the process, the engine, and `stop()`.
 *
 * @example
 * ```ts
 * const local: DynamoDBLocalInstance = await startDynamoDBLocal()
 * const client = new DynamoClient({ endpoint: local.endpoint })
 * await local.stop()
 * ```
 */
export interface DynamoDBLocalInstance {
  /** `http://127.0.0.1:<port>`: pass it as the client's `endpoint`. */
  endpoint: string
  port: number
  /** The java process id (or, for Docker, this process' pid). */
  pid: number
  engine: 'jar' | 'docker'
  logFile: string | undefined
  /** Stops DynamoDB Local and waits until the process has exited. Safe to call twice. */
  stop(): Promise<void>
}
