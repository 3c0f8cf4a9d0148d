import * as v from 'valibot'
import { int } from './schema-helpers'

function credentialsSchema() {
  return v.strictObject({
    accessKeyId: v.pipe(v.string(), v.minLength(1, 'use a non-empty access key id')),
    secretAccessKey: v.pipe(v.string(), v.minLength(1, 'use a non-empty secret access key')),
    sessionToken: v.optional(v.nullable(v.string()), null),
  })
}

function retriesSchema() {
  return v.strictObject({
    maxRetries: v.optional(int(0, 50), 3),
    retryMode: v.optional(v.picklist(['standard', 'adaptive', 'legacy']), 'standard'),
    baseDelayMs: v.optional(int(1, 60_000), 100),
    maxDelayMs: v.optional(int(1, 300_000), 20_000),
  })
}

function httpSchema() {
  return v.strictObject({
    connectTimeoutMs: v.optional(int(1, 300_000), 3_000),
    requestTimeoutMs: v.optional(int(0, 900_000), 30_000),
    maxSockets: v.optional(int(1, 10_000), 50),
    keepAlive: v.optional(v.boolean(), true),
    keepAliveMsecs: v.optional(int(1, 600_000), 1_000),
  })
}

function endpointSchema() {
  return v.pipe(
    v.string(),
    v.check((value) => /^https?:\/\/[^\s/]+/.test(value), 'use a full URL such as http://localhost:8000'),
  )
}

function regionSchema() {
  return v.pipe(
    v.string(),
    // Lenient on purpose: DynamoDB Local accepts any region name (e.g. 'local'); typos still fail the charset.
    v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use an AWS region code such as 'us-east-1' or 'eu-west-3'"),
  )
}

/** The connection options of the config schema, built when the schema is (see configSchemaOf). */
export function connectionEntries() {
  return {
    region: v.optional(regionSchema(), 'us-east-1'),
    endpoint: v.optional(v.nullable(endpointSchema()), null),
    credentials: v.optional(v.nullable(credentialsSchema()), null),
    profile: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1, 'use a profile name or null'))), null),
    retries: v.optional(retriesSchema(), {}),
    http: v.optional(httpSchema(), {}),
  }
}
