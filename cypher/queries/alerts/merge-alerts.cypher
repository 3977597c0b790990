// Params: $alerts [{identity, id, ruleId, ruleKind, ruleParams, ownerId, shared, records [uid],
// sources [file#line], detail (JSON text)}], $now. Raises each alert once: when an alert of the
// same rule and triggering records exists (its identity), nothing changes. Returns nothing (the
// caller counts created nodes).
UNWIND $alerts AS a
MERGE (x:Alert {identity: a.identity})
ON CREATE SET x.id = a.id, x.ruleId = a.ruleId, x.ruleKind = a.ruleKind, x.ruleParams = a.ruleParams,
  x.ownerId = a.ownerId, x.shared = a.shared, x.records = a.records, x.sources = a.sources,
  x.detail = a.detail, x.raisedAt = $now, x.updatedAt = $now, x.seenBy = [], x.dismissedBy = [],
  x.investigatedBy = [], x.investigations = '{}'
