import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Tests import packages by name; point the names at sources so tests never run against a stale build. */
const alias = {
  '@dbtooling/dynamo-client': here('./packages/dynamo-client/src/index.ts'),
  '@dbtooling/schema': here('./packages/schema/src/index.ts'),
  '@dbtooling/orm': here('./packages/orm/src/index.ts'),
  '@dbtooling/driver': here('./packages/driver/src/index.ts'),
  '@dbtooling/local': here('./packages/local/src/index.ts'),
  '@dbtooling/testing': here('./packages/testing/src/index.ts'),
}

const projects = [
  ['dynamo-client', 'packages/dynamo-client'],
  ['local', 'packages/local'],
  ['schema', 'packages/schema'],
  ['orm', 'packages/orm'],
  ['driver', 'packages/driver'],
  ['testing', 'packages/testing'],
  ['cli', 'apps/cli'],
  ['examples', 'examples'],
  ['bench', 'bench'],
] as const

export default defineConfig({
  resolve: { alias },
  test: {
    globalSetup: [here('./tests/global-setup.ts')],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most integration tests wait on DynamoDB Local (another process), so a few more workers than cores pay off.
    maxWorkers: 3,
    projects: projects.map(([name, dir]) => ({
      extends: true,
      test: {
        name,
        root: here(`./${dir}`),
        include: ['**/test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**'],
      },
    })),
  },
})
