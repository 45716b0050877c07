// Summarises the Parquet articles of Copydesk's Spark job (OUT/articles) with hyparquet, a Parquet reader
// that shares no code with Spark or Hadoop: rows, error rows, stories, entities and quotes, and the first
// article. Usage: node read.mjs OUT/articles [--rows N]  (prints N rows as JSON Lines, default 0).
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const [dir, flag, count] = process.argv.slice(2)
if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: node read.mjs OUT/articles [--rows N]   (the Spark job\'s Parquet directory)')
  process.exit(2)
}
const show = flag === '--rows' ? Number(count) : 0
const parts = readdirSync(dir).filter(n => n.endsWith('.parquet')).sort()
if (parts.length === 0) {
  console.error(`no .parquet files in ${dir}`)
  process.exit(1)
}
const columns = ['id', 'source', 'title', 'published', 'story', 'duplicateOf', 'entities', 'quotes', 'error']
let rows = 0, errors = 0, entities = 0, quotes = 0, duplicates = 0
const stories = new Set()
for (const part of parts) {
  const file = await asyncBufferFromFile(join(dir, part))
  for (const r of await parquetReadObjects({ file, columns })) {
    if (rows < show) {
      console.log(JSON.stringify({ id: r.id, source: r.source, title: r.title, story: r.story,
        duplicateOf: r.duplicateOf, entities: r.entities?.length ?? 0, quotes: r.quotes?.length ?? 0, error: r.error }))
    }
    rows++
    if (r.error) {
      errors++
      continue
    }
    stories.add(r.story)
    entities += r.entities?.length ?? 0
    quotes += r.quotes?.length ?? 0
    if (r.duplicateOf) duplicates++
  }
}
console.log(`${parts.length} parts: ${rows} rows, ${rows - errors} articles in ${stories.size} stories, `
  + `${duplicates} duplicates, ${entities} entities, ${quotes} quotes, ${errors} error rows`)
