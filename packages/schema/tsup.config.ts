import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.base'

// valibot is bundled: tree-shaking keeps the ~30 KB of it the config schemas and the Stacks rule mapping
// use, instead of compiling all ~200 KB on every import (bench --suite import).
export default defineConfig(packageBuild({ noExternal: ['valibot'], splitting: true }))
