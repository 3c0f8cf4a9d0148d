export { Collection, type FlatItem } from './collection'
