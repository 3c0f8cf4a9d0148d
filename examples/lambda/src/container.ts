/**
 * One Lambda container: a fresh Node process that imports the handler and serves `INVOCATIONS` events, as
 * AWS runs a new container on a cold start. demo.ts starts it; run alone with DYNAMODB_ENDPOINT and TABLE_NAME.
 */
import { runInvocations } from './invoke'

await runInvocations({ invocations: Number(process.env.INVOCATIONS ?? 20), log: console.log })
