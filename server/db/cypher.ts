// Every Cypher statement lives in cypher/**/*.cypher; this loads them by name, e.g.
// cypher('queries/health/get-components'). Names are fixed strings in code, never user input.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');
const cache = new Map<string, string>();
/** Further folders of statements by name prefix; only the tests add one ('tests/' for tests/cypher). */
const extraDirs = new Map<string, string>();

/**
 * Makes the statements under `dir` loadable as `<prefix><name>`: the tests' own statements
 * (tampering with the audit log, counting what a load wrote) stay out of what the service ships.
 */
export function addCypherDir(prefix: string, dir: string): void {
  if (!prefix.endsWith('/') || prefix.startsWith('queries/') || prefix.startsWith('schema/'))
    throw new Error(`Cypher: invalid statement prefix ${prefix}`);
  extraDirs.set(prefix, path.resolve(dir));
}

/** The statement as written in its file (with its opening comment). */
export function cypherSource(name: string): string {
  let dir = CYPHER_DIR;
  let rest = name;
  for (const [prefix, extra] of extraDirs) {
    if (name.startsWith(prefix)) {
      dir = extra;
      rest = name.slice(prefix.length);
      break;
    }
  }
  const file = path.join(dir, `${rest}.cypher`);
  if (!file.startsWith(dir + path.sep)) throw new Error(`Cypher: invalid statement name ${name}`);
  return fs.readFileSync(file, 'utf8').trim().replace(/;\s*$/, '');
}

/**
 * The statement as sent to Neo4j: without whole-line comments, indentation and blank lines. The
 * driver writes a message in 1,400-byte chunks, one socket write each, and Neo4j parses the text
 * before it finds its cached plan, so every request pays for the comments it carries.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = cypherSource(name)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('//'))
      .join('\n');
    cache.set(name, text);
  }
  return text;
}

/** Every .cypher file under cypher/, as names relative to it without the extension. */
export function allCypherNames(dir = CYPHER_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) out.push(path.relative(dir, full).replace(/\.cypher$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}
