// Validates JSON Feed documents against the JSON Schema for JSON Feed 1.1 (npm jsonfeed-schema), with Ajv.
// Usage: node jsonfeed.mjs FILE...   Prints "FILE: /path message" for each error; exits 1 when any is invalid.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'

const schema = createRequire(import.meta.url)('jsonfeed-schema/v1.1')
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema)
let invalid = 0
for (const file of process.argv.slice(2)) {
  const feed = JSON.parse(readFileSync(file, 'utf8'))
  if (feed.version !== 'https://jsonfeed.org/version/1.1') {
    console.log(`${file}: /version is ${feed.version}, not https://jsonfeed.org/version/1.1`)
    invalid++
  }
  if (!validate(feed)) {
    invalid++
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'} ${e.message}`)
  }
}
process.exit(invalid ? 1 : 0)
