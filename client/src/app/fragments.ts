// Fragments shared by several documents (app/canvas.graphql). graphql-js wants every fragment a
// document spreads defined in it, and none it does not use, so a document is sent with exactly the
// shared fragments it spreads, and those they spread in turn. Pure, for the tests too.
export function withSharedFragments(doc: string, shared: string): string {
  const defs = new Map<string, string>();
  for (const part of shared.split(/(?=^fragment\s)/m)) {
    const name = /^fragment\s+(\w+)/.exec(part)?.[1];
    if (name) defs.set(name, part.trim());
  }
  const defined = new Set([...doc.matchAll(/^\s*fragment\s+(\w+)/gm)].map((m) => m[1]!));
  const added: string[] = [];
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      const name = m[1]!;
      const def = defs.get(name);
      if (!def || defined.has(name)) continue;
      defined.add(name);
      added.push(def);
      visit(def);
    }
  };
  visit(doc);
  return added.length ? `${doc.trimEnd()}\n\n${added.join('\n\n')}\n` : doc;
}
