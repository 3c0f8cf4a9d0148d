import { register } from 'node:module'

register(new URL('./resolve-hooks.mjs', import.meta.url))
