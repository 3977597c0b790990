// Params: none. Returns every active person (not merged into another): uid, name, aliases,
// documentIds, birthDate, idNumber, sex. Streamed by candidate detection.
MATCH (p:Person)
WHERE p.mergedInto IS NULL
RETURN p.uid AS uid, p.name AS name, p.aliases AS aliases, p.documentIds AS documentIds,
  toString(p.birthDate) AS birthDate, p.idNumber AS idNumber, p.sex AS sex
