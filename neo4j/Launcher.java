// Runs a real Neo4j Community engine with Bolt on 127.0.0.1, for Crimegraph's embedded default.
// Run in Java's single-file source mode with the classpath that Maven resolved from neo4j/pom.xml:
//   java -cp <classpath> neo4j/Launcher.java --home DIR --port N [--detached]
// The password of the `neo4j` user comes from the CRIMEGRAPH_NEO4J_PASSWORD environment variable,
// never from the command line, so it does not show in `ps`.
//
// Lifetime: unless --detached, the engine stops when standard input closes. The Node process that
// started it holds the other end of that pipe, so whichever way Node exits (exit, signal, crash,
// kill -9), the kernel closes the pipe and this JVM shuts down (halting if that takes over 120 s):
// no orphan JVM. Node starts it in a process group of its own, so terminal signals reach Node only.

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    boolean detached = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--detached")) detached = true;
      else if (a.startsWith("--") && i + 1 < args.length) opts.put(a.substring(2), args[++i]);
      else fail("unknown argument " + a);
    }
    String home = require(opts, "home");
    String port = require(opts, "port");
    String password = System.getenv("CRIMEGRAPH_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) fail("CRIMEGRAPH_NEO4J_PASSWORD must be set (8+ characters)");

    Path homeDir = Path.of(home).toAbsolutePath();
    Files.createDirectories(homeDir);

    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "512m"));
    config.put("db.transaction.timeout", opts.getOrDefault("tx-timeout", "0s"));
    // LOAD CSV reads from <home>/import (used by the ingest benchmark's reference run).
    Files.createDirectories(homeDir.resolve("import"));
    config.put("server.directories.import", homeDir.resolve("import").toString());

    // The builder takes raw settings only from a properties file; write ours beside the store.
    StringBuilder conf = new StringBuilder("# Written by Crimegraph's launcher at every start.\n");
    config.forEach((k, v) -> conf.append(k).append('=').append(v).append('\n'));
    Path confFile = homeDir.resolve("crimegraph-neo4j.conf");
    Files.writeString(confFile, conf.toString());

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(homeDir).loadPropertiesFromFile(confFile).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("CRIMEGRAPH_NEO4J_STOPPING");
      dbms.shutdown();
    }, "crimegraph-shutdown"));

    // A fresh store has user neo4j with the default password that must change; set ours.
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j IF EXISTS SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // A store started before already has our password, and Neo4j refuses to set it to itself.
      boolean same = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (String.valueOf(t.getMessage()).contains("Old password and new password cannot be the same")) same = true;
      }
      if (!same) throw e;
    }

    String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
    System.out.println("CRIMEGRAPH_NEO4J_READY bolt://127.0.0.1:" + port + " " + version + " pid=" + ProcessHandle.current().pid());
    System.out.flush();

    if (detached) {
      Thread.currentThread().join();
    } else {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) {
        // Anything written is ignored; only end-of-file (the parent is gone) matters.
      }
      // Nobody is left to stop us harder if the clean shutdown hangs: bound it. Neo4j recovers a
      // store stopped mid-checkpoint from its transaction log at the next start.
      Thread halt = new Thread(() -> {
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          return;
        }
        System.err.println("Launcher: shutdown took over 120 s; halting");
        Runtime.getRuntime().halt(1);
      }, "crimegraph-halt");
      halt.setDaemon(true);
      halt.start();
      System.exit(0);
    }
  }

  static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) fail("missing --" + key);
    return v;
  }

  static void fail(String message) {
    System.err.println("Launcher: " + message);
    System.exit(2);
  }
}
