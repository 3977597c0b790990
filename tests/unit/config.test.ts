import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.dataDir).toBe('/srv/app/.data');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every problem at once, naming the variable and the value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.some((p) => p.startsWith('PORT:') && p.includes('"eighty"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('NEO4J_URI:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
  });
});
