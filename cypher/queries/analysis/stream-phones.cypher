// Params: none. Streams every phone (subject PHONE: phones are the actors), so that phones without
// calls stay in a run as communities of their own: uid.
MATCH (ph:Phone)
RETURN ph.uid AS uid
