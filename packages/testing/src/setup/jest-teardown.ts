import { releaseLocal } from './shared-local'

/** Jest global teardown: stops the DynamoDB Local the setup started (nothing when it reused one). */
export default async function globalTeardown(): Promise<void> {
  await releaseLocal()
}
