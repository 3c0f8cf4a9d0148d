// What the lazily loaded file loaders (file-loaders.ts) use from the eager code: all of it is public, so the
// build resolves this module to the package's own entry (tsup.config.ts). Each eager module the lazy chunk
// imported itself would otherwise go into a shared chunk that `import('@dbtooling/schema')` loads as a
// second file. Only modules behind `file-loaders` import this; the source (tests, typecheck) reads it as written.
export { applyEnv } from './config/env'
export { ConfigError } from './config/errors'
export { CONFIG_FILE_NAMES, findConfigFile } from './config/find-config-file'
export { validateConfig } from './config/resolve'
export { ModelLoadError } from './loader/errors'
export { findModelFiles } from './loader/find-model-files'
export { ImportFailure } from './loader/import-failure'
export { StacksShimError } from './stacks-shims/inert'
export { schema as stacksSchema } from './stacks-shims/validation-schema'
