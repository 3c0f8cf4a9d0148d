export {
  type CompiledEntity,
  type CompiledGuard,
  type CompiledIndexKey,
  compileEntity,
} from './compiled-entity'
export { entityTypeOf, fromItem, versionOf } from './from-item'
export { indexKeyApplies, indexKeysOf, keyOf, toItem } from './to-item'
