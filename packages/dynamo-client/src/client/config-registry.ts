import type { DynamoClientConfig } from './config'

// Kept outside the client object so that neither inspection nor serialisation reaches the credentials in it;
// only modules of this package (clients of sibling AWS services) read it.
const configs = new WeakMap<object, DynamoClientConfig>()

export function rememberConfig(client: object, config: DynamoClientConfig): void {
  configs.set(client, config)
}

export function configOf(client: object): DynamoClientConfig | undefined {
  return configs.get(client)
}
