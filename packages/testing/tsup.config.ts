import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base'

export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      'vitest-setup': 'src/setup/vitest-setup.ts',
      vitest: 'src/setup/vitest.ts',
      'jest-setup': 'src/setup/jest-setup.ts',
      'jest-teardown': 'src/setup/jest-teardown.ts',
    },
  }),
)
