// Params: none. Not GDS itself (the benchmark samples it while GDS projects): the database JVM's
// heap in use, in bytes. Returns used.
CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used
