#!/usr/bin/env node
// Runs Mozilla Readability over a batch of pages, one Node.js process for the whole batch.
//
// stdin:  JSON Lines, one page a line: {"id": "...", "html": "...", "url": "..." (optional)}
// stdout: JSON Lines in input order:   {"id": "...", "text": "..."}
//         or, when Readability throws:  {"id": "...", "error": "..."}
// A page on which Readability finds no article gets "text": "" (Readability returns null),
// so the benchmark scores it as empty output rather than as a failure.
//
// `node extract.mjs --version` prints the Readability and DOM versions as one JSON line and exits;
// Copydesk uses it to check that the modules are installed before it starts a batch.

import { createInterface } from "node:readline";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const require = createRequire(import.meta.url);

if (process.argv.includes("--version")) {
  const readability = require("@mozilla/readability/package.json").version;
  const linkedom = require("linkedom/package.json").version;
  process.stdout.write(JSON.stringify({ readability, linkedom }) + "\n");
  process.exit(0);
}

function extract(html, url) {
  const { document } = parseHTML(html);
  if (url) {
    // Readability resolves links against the document URL; the text does not depend on it.
    try { Object.defineProperty(document, "documentURI", { value: url }); } catch { /* keep default */ }
  }
  const article = new Readability(document).parse();
  return article && article.textContent ? article.textContent : "";
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let id = null;
  let out;
  try {
    const page = JSON.parse(line);
    id = page.id;
    out = { id, text: extract(page.html || "", page.url || null) };
  } catch (e) {
    out = { id, error: String((e && e.message) || e) };
  }
  // Wait for the pipe to drain so a slow reader never makes Node buffer the whole batch.
  if (!process.stdout.write(JSON.stringify(out) + "\n")) {
    await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
}
