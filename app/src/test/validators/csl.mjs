// Formats CSL-JSON items with citeproc-js, the CSL processor of Zotero and Mendeley.
// Usage: node csl.mjs STYLE.csl LOCALE.xml ITEMS.json   Prints a JSON array: each item's bibliography entry as text, in order.
import { readFileSync } from 'node:fs'
import CSL from 'citeproc'

const [style, locale, itemsFile] = process.argv.slice(2)
const items = JSON.parse(readFileSync(itemsFile, 'utf8'))
const byId = Object.fromEntries(items.map(item => [item.id, item]))
const engine = new CSL.Engine({
  retrieveLocale: () => readFileSync(locale, 'utf8'),
  retrieveItem: id => byId[id],
}, readFileSync(style, 'utf8'))
engine.setOutputFormat('text')
const entries = items.map(item => {
  engine.updateItems([item.id])
  const [, bibliography] = engine.makeBibliography()
  return bibliography.join('').trim()
})
console.log(JSON.stringify(entries))
