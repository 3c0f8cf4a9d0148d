// The code behind every lazyCall of this package, in one module so that the build makes it one chunk.
export { loadConfig, readConfigFile } from './config/load'
export { importModule } from './loader/import-module'
export { loadModels } from './loader/load-models'
