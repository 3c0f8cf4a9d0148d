import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base'

export default defineConfig(
  packageBuild({
    entry: ['src/index.ts', 'src/cli.ts'],
    splitting: true,
    noExternal: ['commander'],
    banner: ({ format }) =>
      format === 'esm'
        ? {
            js: "import { createRequire as __cjsRequire } from 'node:module';const require = __cjsRequire(import.meta.url);",
          }
        : {},
  }),
)
