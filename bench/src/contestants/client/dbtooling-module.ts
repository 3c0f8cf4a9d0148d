import type { Target } from '../../contestant'
import { type documentRequests, itemCount } from '../../scenarios/client-scenarios'

type ClientModule = typeof import('@dbtooling/dynamo-client')

/**
 * Loads @dbtooling/dynamo-client at run time, so the harness still runs (without our contestants)
 * while the package is unbuilt or does not export the client yet.
 */
export async function loadClientModule(
  specifier = '@dbtooling/dynamo-client',
): Promise<ClientModule | string> {
  try {
    const module: ClientModule = await import(specifier)
    if (typeof module.DynamoClient !== 'function' || typeof module.DocumentClient !== 'function') {
      return '@dbtooling/dynamo-client does not export DynamoClient and DocumentClient yet'
    }
    return module
  } catch (error) {
    return `@dbtooling/dynamo-client cannot be imported (build it first): ${(error as Error).message}`
  }
}

export async function clientUnavailable(): Promise<string | undefined> {
  const loaded = await loadClientModule()
  return typeof loaded === 'string' ? loaded : undefined
}

/** Our low-level client with its defaults (keep-alive transport, retries on), as an app would build it. */
export async function ourClient(target: Target, specifier?: string) {
  const loaded = await loadClientModule(specifier)
  if (typeof loaded === 'string') throw new Error(loaded)
  const client = new loaded.DynamoClient({
    endpoint: target.endpoint,
    region: target.region,
    credentials: target.credentials,
    ...(target.transport ? { transport: target.transport as never } : {}),
  })
  return { module: loaded, client }
}

/** What the document-client scenarios need: our DocumentClient and the requests in document form. */
interface DocumentContext {
  readonly doc: InstanceType<ClientModule['DocumentClient']>
  readonly requests: ReturnType<typeof documentRequests>
}

/** The five scenarios over our DocumentClient, shared by every contestant built on it. */
export const documentScenarios = {
  getItem: async ({ doc, requests }: DocumentContext) =>
    itemCount('getItem', await doc.get(requests.getItem)),
  putItem: async ({ doc, requests }: DocumentContext) =>
    itemCount('putItem', await doc.put(requests.putItem)),
  query10: async ({ doc, requests }: DocumentContext) =>
    itemCount('query10', await doc.query(requests.query10)),
  batchWrite25: async ({ doc, requests }: DocumentContext) =>
    itemCount('batchWrite25', await doc.batchWrite(requests.batchWrite25)),
  update2: async ({ doc, requests }: DocumentContext) =>
    itemCount('update2', await doc.update(requests.update2)),
}
